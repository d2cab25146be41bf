"""The documents panel in Chromium against a real `docqa serve`: upload a PDF, ask it, see the page, delete it.

The server embeds any change of more than 5 units in the background, so the page's keyword-first notice
and its "embedding finished" are seen too.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa.config import BUNDLED_DOCUMENT
from bench.support import make_pdf, start_server, stop_server

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, expect  # noqa: E402

from tests.browsing import CHROMIUM, PHONE, ask, browser  # noqa: E402,F401 (the browser fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium")]

TOKEN = "browser-test-token"
QUESTION = "Who was the first director of the Zorblax clinic?"
# Two pages of filler, then the fact on page 3.
PARAGRAPHS = [[f"Filler sentence number {n} says nothing about the clinic in particular, as filler should."]
              for n in range(60)] + [["The Zorblax clinic in Tromsø opened its ketamine ward in 2031.",
                                      "Its first director was Ingrid Kvalheim, a psychiatrist from Bergen."]]


@pytest.fixture
def managed_server(bundled_index: Path, tmp_path: Path) -> Iterator[str]:
    index_dir, documents = tmp_path / "index", tmp_path / "documents"
    shutil.copytree(bundled_index, index_dir)
    documents.mkdir()
    shutil.copy(BUNDLED_DOCUMENT, documents)
    process, url = start_server(index_dir, env={"DOCQA_DOCUMENTS_DIR": str(documents), "DOCQA_ADMIN_TOKEN": TOKEN,
                                                "DOCQA_DEFER_EMBEDDING_OVER": "5"})
    yield url
    log = stop_server(process)
    assert TOKEN not in log


@pytest.fixture
def page(browser: Browser, managed_server: str) -> Iterator[Page]:  # noqa: F811
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(60_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(managed_server)
    yield page
    context.close()
    assert errors == []


def test_upload_ask_cite_page_and_delete(page: Page, tmp_path: Path) -> None:
    made = make_pdf(PARAGRAPHS)
    fact_page = dict(made.sentence_pages)["Its first director was Ingrid Kvalheim, a psychiatrist from Bergen."]
    assert fact_page > 1
    pdf = tmp_path / "zorblax.pdf"
    pdf.write_bytes(made.data)

    page.get_by_test_id("documents-panel").locator("summary").click()
    page.get_by_test_id("admin-token").fill(TOKEN)
    page.get_by_test_id("admin-token").press("Enter")
    assert page.evaluate("() => sessionStorage.getItem('docqa.adminToken')") == TOKEN
    assert page.evaluate("() => localStorage.length") == 0
    page.get_by_test_id("document-file").set_input_files(str(pdf))
    # The first change loads the model's weights into the server: allow for it on a busy machine.
    expect(page.get_by_test_id("documents-status")).to_contain_text("Found by its words for now", timeout=180_000)
    expect(page.get_by_test_id("documents-status")).to_contain_text("Embedding finished: now serving index version")
    expect(page.get_by_test_id("document-row")).to_have_count(2)
    expect(page.get_by_test_id("documents-list")).to_contain_text(f"{made.pages} pages")

    ask(page, QUESTION, 1)
    answer = page.get_by_test_id("answer").first
    expect(answer).to_have_attribute("data-found", "true")
    expect(answer).to_contain_text("Kvalheim")
    answer.get_by_test_id("citation").first.click()
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer).to_be_visible()
    expect(viewer.locator("#viewer-doc")).to_have_text(f"zorblax.pdf, page {fact_page}")
    expect(viewer.get_by_test_id("highlight").filter(has_text="Ingrid Kvalheim")).to_have_count(1)
    page.keyboard.press("Escape")

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_test_id("delete-zorblax.pdf").click()
    expect(page.get_by_test_id("documents-status")).to_contain_text("Deleted zorblax.pdf", timeout=60_000)
    expect(page.get_by_test_id("document-row")).to_have_count(1)
    ask(page, QUESTION, 2)
    expect(page.get_by_test_id("answer").nth(1)).to_have_attribute("data-found", "false")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
