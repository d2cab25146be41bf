"""The chat page as people use it (issue 14), in a real Chromium against a real `docqa serve`: a layout
that never scrolls as a whole, history that survives a reload and Back, honest sources, titles, the
small tools of chat apps, keyboard use, and axe-core's accessibility rules.

Fixtures come from tests/browsing.py: every test also fails on a console error, an uncaught exception or
a request that leaves the server's origin.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.support import start_server, stop_server
from qa.config import BUNDLED_TITLE, ROOT

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, expect  # noqa: E402

from tests.browsing import CHROMIUM, PHONE, ask, browser, page, problems, screenshot  # noqa: E402,F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")]

DESKTOP = {"width": 1366, "height": 800}
# Twelve questions of a long chat: new topics, follow-ups, one the document does not answer.
QUESTIONS = [
    "Where was ketamine discovered?", "What was it first used for?", "What are the side effects of ketamine?",
    "How fast does ketamine work?", "Is it approved by the FDA?", "What is esketamine?",
    "What conditions can ketamine-assisted psychotherapy treat?", "How long do the effects last?",
    "What is the capital of France?", "Who discovered ketamine?", "What doses are used?", "Does it help PTSD?",
]
AXE_VERSION = "4.14.1"
AXE_DIR = ROOT / "build" / "npm"  # git ignores build/
AXE = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"


def page_scroll(page: Page) -> dict[str, int]:
    return page.evaluate("""() => ({top: document.scrollingElement.scrollTop,
        height: document.scrollingElement.scrollHeight, viewport: innerHeight})""")


def test_a_table_rows_cells_are_shown_apart(browser: Browser, tmp_path: Path) -> None:  # noqa: F811 (fixture)
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "fares.html").write_text(
        "<h1>Fares</h1><p>Riverton Transit runs twelve bus routes.</p><table><tr><th>Ticket</th><th>Adult</th>"
        "<th>Child</th></tr><tr><td>Single journey</td><td>$2.50</td><td>$1.25</td></tr><tr><td>Day pass</td>"
        "<td>$6.00</td><td>$3.00</td></tr></table>")
    process, url = start_server(tmp_path / "index", env={"DOCQA_DOCUMENTS_DIR": str(documents)})
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        page.goto(url)
        ask(page, "How much is a day pass for a child?", 1)
        text = page.get_by_test_id("answer").locator(".answer-text")
        # The columns' row and the day pass's, two gaps each; the text keeps its tabs, so a copy is still a row.
        expect(text.locator(".cell-gap")).to_have_count(4)
        assert "Day pass\t$6.00\t$3.00" in text.text_content()
        # A bus company's fares are no medical article: the page's notice says nothing of clinicians.
        expect(page.locator("#notice")).to_contain_text("quotations from the documents")
        expect(page.locator("#notice")).not_to_contain_text("medical")
    finally:
        context.close()
        stop_server(process)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366x800", "390x844"])
def test_a_long_chat_never_scrolls_the_page(page: Page, server: str, tmp_path: Path, viewport: dict) -> None:
    page.set_viewport_size(viewport)
    page.goto(server)
    for n, question in enumerate(QUESTIONS, start=1):
        ask(page, question, n)
        assert page_scroll(page)["top"] == 0, f"the page scrolled after question {n}"
    scroll = page_scroll(page)
    print(f"\n{viewport['width']}x{viewport['height']} after 12 questions: {scroll}")
    assert scroll == {"top": 0, "height": viewport["height"], "viewport": viewport["height"]}
    expect(page.locator(".topbar")).to_be_in_viewport(ratio=1)
    expect(page.get_by_role("button", name="New conversation")).to_be_in_viewport(ratio=1)
    expect(page.get_by_test_id("question-input")).to_be_in_viewport(ratio=1)
    expect(page.get_by_test_id("answer").last).to_be_in_viewport()  # the latest answer is what shows
    screenshot(page, tmp_path, f"long-chat-{viewport['width']}.png")

    page.get_by_test_id("answer").nth(9).get_by_test_id("citation").first.click()
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer.get_by_test_id("highlight").first).to_be_in_viewport()
    expect(page.get_by_role("button", name="Close")).to_be_in_viewport(ratio=1)
    expect(page.get_by_role("button", name="Copy link")).to_be_in_viewport(ratio=1)
    assert page_scroll(page)["top"] == 0
    screenshot(page, tmp_path, f"long-chat-viewer-{viewport['width']}.png")


def test_reload_restores_the_conversation_and_its_context(page: Page, server: str) -> None:
    asked: list[dict] = []
    page.on("request", lambda r: r.url.endswith("/api/ask") and asked.append(r.post_data_json))
    page.goto(server)
    questions = ["What are the side effects of ketamine?", "How fast does ketamine work?", "What is esketamine?",
                 "What is the capital of France?", "Where was ketamine discovered?"]
    for n, question in enumerate(questions, start=1):
        ask(page, question, n)
    answers = page.get_by_test_id("answer").all_inner_texts()
    conversation_id = page.evaluate("() => JSON.parse(sessionStorage.getItem('docqa.conversation')).id")

    page.reload()
    expect(page.get_by_test_id("answer")).to_have_count(5)
    expect(page.locator(".message.question")).to_have_text([f"You asked: {q}" for q in questions])
    assert page.get_by_test_id("answer").all_inner_texts() == answers
    ask(page, "What was it first used for?", 6)
    assert asked[-1]["conversation_id"] == conversation_id
    expect(page.get_by_test_id("answer").last).to_contain_text("Continuing: Where was ketamine discovered?")
    expect(page.get_by_test_id("answer").last).to_contain_text("anesthetic")

    # A server that has forgotten the conversation rebuilds its context from the questions sent along.
    assert page.request.delete(f"{server}/api/conversations/{conversation_id}").status == 204
    page.reload()
    expect(page.get_by_test_id("answer")).to_have_count(6)
    ask(page, "Who discovered it?", 7)
    assert [h["question"] for h in asked[-1]["history"]][-2:] == ["Where was ketamine discovered?",
                                                                   "What was it first used for?"]
    expect(page.get_by_test_id("answer").last).to_contain_text("Continuing: What was it first used for?")


def test_phone_back_closes_the_viewer_and_stays_on_the_page(page: Page, server: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(server)
    ask(page, "What are the side effects of ketamine?", 1)
    page.get_by_test_id("answer").get_by_test_id("citation").first.click()
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer.get_by_test_id("highlight").first).to_be_in_viewport()
    page.go_back()
    expect(viewer).to_be_hidden()
    assert page.url == f"{server}/"
    expect(page.get_by_test_id("answer")).to_have_count(1)  # the same page, not a reload
    page.go_forward()
    expect(viewer.get_by_test_id("highlight").first).to_be_in_viewport()
    page.get_by_role("button", name="Close").click()  # Close leaves the entry too: Back now leaves nothing open
    expect(viewer).to_be_hidden()
    assert page.url == f"{server}/"


def test_keyboard_only_ask_cite_close(page: Page, server: str) -> None:
    page.goto(server)
    textarea = page.get_by_test_id("question-input")
    expect(textarea).to_be_focused()  # ready to type on load
    page.keyboard.type("Where was ketamine discovered?")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("answer")).to_have_count(1)
    marker = page.get_by_test_id("answer").locator(".marker").first
    for _ in range(30):
        if marker.evaluate("e => e === document.activeElement"):
            break
        page.keyboard.press("Shift+Tab")
    expect(marker).to_be_focused()
    expect(page.get_by_role("tooltip")).to_be_visible()  # the preview shows on focus, too
    page.keyboard.press("Enter")
    viewer = page.get_by_test_id("source-viewer")
    sentence = viewer.locator("mark[data-focus]")
    expect(sentence).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Copy link")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Close")).to_be_focused()
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()
    expect(marker).to_be_focused()


def test_cited_sources_first_the_rest_related(page: Page, server: str) -> None:
    page.goto(server)
    ask(page, "Where was ketamine discovered?", 1)
    answer = page.get_by_test_id("answer")
    markers = {int(n) for n in re.findall(r"\d+", " ".join(answer.locator(".marker").all_inner_texts()))}
    cited, related = (
        [int(re.sub(r"\D", "", n)) for n in answer.locator(f".sources.{kind} .chip-number").all_inner_texts()]
        for kind in ("cited", "related"))
    assert set(cited) == markers and cited == sorted(cited)
    assert related and not set(related) & markers
    expect(answer.locator(".sources.related .sources-title")).to_have_text("Related passages")
    expect(answer.locator(".sources.cited .chip").first).to_contain_text("Cited")
    styles = [answer.locator(f".sources.{kind} .chip").first.evaluate("e => getComputedStyle(e).borderStyle")
              for kind in ("cited", "related")]
    assert styles == ["solid", "dashed"]


def test_the_suggested_overview_quotes_the_documents_opening(page: Page, server: str) -> None:
    page.goto(server)
    page.get_by_role("button", name="What is this document about?").click()
    answer = page.get_by_test_id("answer")
    expect(answer).to_contain_text("Ketamine-assisted psychotherapy is the use of prescribed doses")
    expect(answer.locator(".sources.cited .chip")).to_have_count(1)


def test_thanks_gets_a_reply_without_sources_and_the_chat_goes_on(page: Page, server: str) -> None:
    page.goto(server)
    ask(page, "What is esketamine?", 1)
    ask(page, "Thanks!", 2)
    reply = page.get_by_test_id("answer").nth(1)
    expect(reply).to_have_attribute("aria-label", "Reply")
    expect(reply).to_contain_text("You're welcome")
    expect(reply.locator(".chip")).to_have_count(0)
    ask(page, "When was it approved?", 3)
    expect(page.get_by_test_id("answer").nth(2)).to_contain_text("2019")


def test_a_long_question_has_a_counter_a_limit_and_a_readable_error(page: Page, server: str,
                                                                    problems: list[str]) -> None:
    page.goto(server)
    box = page.get_by_test_id("question-input")
    assert box.get_attribute("maxlength") == "2000"
    counter = page.locator("#counter")
    expect(counter).to_be_hidden()
    box.fill("What are the side effects of ketamine? " + "x" * 1800)
    expect(counter).to_have_text("1,839 / 2,000 characters")
    page.keyboard.insert_text("y" * 300)
    assert len(box.input_value()) == 2000
    expect(counter).to_contain_text("the limit")
    page.get_by_test_id("send").click()
    expect(page.get_by_test_id("answer")).to_have_count(1)
    expect(page.get_by_test_id("answer")).to_be_in_viewport()  # not the top of the huge question
    expect(counter).to_be_hidden()

    # Past the limit (a page without maxlength) the server's error shows in view, in plain words.
    box.evaluate("e => e.removeAttribute('maxlength')")
    box.fill("Why? " + "z" * 2100)
    page.get_by_test_id("send").click()
    error = page.locator(".message.error")
    expect(error).to_contain_text("Question is longer than 2000 characters")
    expect(error).not_to_contain_text("`")
    expect(error).to_be_in_viewport()
    problems[:] = [p for p in problems if "400 (BAD REQUEST)" not in p]  # the refusal staged above


def test_titles_and_whole_document_reading(page: Page, server: str) -> None:
    page.goto(server)
    expect(page.locator("#document-name")).to_have_text(BUNDLED_TITLE)
    page.get_by_role("button", name="Document", exact=True).click()
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer.locator(".viewer-doc-title")).to_have_text(BUNDLED_TITLE)
    expect(viewer.get_by_text("Ketamine-assisted psychotherapy is the use of")).to_be_in_viewport()
    expect(viewer.get_by_text("Part of a series on")).to_be_hidden()  # side-box residue, folded away
    expect(viewer.get_by_text("Layout leftovers of the original page (4 lines)")).to_be_visible()
    expect(viewer.locator("#viewer-body")).to_be_focused()
    assert "#doc=ketamine-assisted-psychotherapy.txt" in page.url
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()
    expect(page.get_by_role("button", name="Document", exact=True)).to_be_focused()

    ask(page, "Where was ketamine discovered?", 1)
    expect(page.locator(".chip-document").first).to_contain_text(BUNDLED_TITLE)
    page.get_by_test_id("answer").get_by_test_id("citation").first.click()
    expect(viewer.get_by_test_id("highlight").first).to_be_in_viewport()
    expect(page.locator("#viewer-doc")).to_have_text(BUNDLED_TITLE)


def test_a_bad_deep_link_says_so_in_plain_words(page: Page, server: str, problems: list[str]) -> None:
    page.goto(f"{server}/#doc=nope.txt&s=0-5")
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer).to_contain_text('This link points to "nope.txt", which is not among the documents here')
    expect(viewer).not_to_contain_text("no document named")
    problems[:] = [p for p in problems if "404 (NOT FOUND)" not in p]


def test_copy_answer(page: Page, server: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page.goto(server)
    ask(page, "Where was ketamine discovered?", 1)
    answer = page.get_by_test_id("answer")
    answer.get_by_role("button", name="Copy answer").click()
    expect(answer.get_by_role("status")).to_have_text("Copied")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    text, sources = copied.split("\n\nSources:\n")
    assert "Parke-Davis" in text and re.search(r"\[1\]", text)
    assert sources.startswith(f"[1] {BUNDLED_TITLE}: \"")


def test_retry_after_an_error(page: Page, server: str, problems: list[str]) -> None:
    page.route("**/api/ask", lambda route: route.abort("connectionrefused"))
    page.goto(server)
    ask_box = page.get_by_test_id("question-input")
    ask_box.fill("Where was ketamine discovered?")
    page.get_by_test_id("send").click()
    error = page.locator(".message.error")
    expect(error).to_contain_text("Can't reach the docqa server")
    page.unroute("**/api/ask")
    error.get_by_role("button", name="Try again").click()
    expect(page.get_by_test_id("answer")).to_contain_text("Parke-Davis")
    expect(error).to_have_count(0)
    expect(page.locator(".message.question")).to_have_count(1)
    expect(ask_box).to_have_value("")
    problems[:] = [p for p in problems if "Failed to load resource" not in p]


def test_citation_preview_on_hover_and_focus(page: Page, server: str) -> None:
    page.goto(server)
    ask(page, "Where was ketamine discovered?", 1)
    marker = page.get_by_test_id("answer").locator(".marker").first
    preview = page.get_by_role("tooltip")
    expect(preview).to_be_hidden()
    marker.hover()
    expect(preview).to_be_visible()
    expect(preview).to_contain_text(f"Source 1 · {BUNDLED_TITLE}")
    expect(preview).to_contain_text("Parke-Davis")
    assert marker.get_attribute("aria-describedby") == preview.get_attribute("id")
    box, answer = preview.bounding_box(), page.get_by_test_id("answer").bounding_box()
    assert answer["x"] <= box["x"] and box["x"] + box["width"] <= answer["x"] + answer["width"]
    page.mouse.move(5, 5)
    expect(preview).to_be_hidden()
    marker.focus()
    expect(preview).to_be_visible()
    page.keyboard.press("Escape")
    expect(preview).to_be_hidden()
    expect(page.get_by_test_id("source-viewer")).to_be_hidden()


def test_new_conversation_can_be_undone(page: Page, server: str) -> None:
    asked: list[dict] = []
    page.on("request", lambda r: r.url.endswith("/api/ask") and asked.append(r.post_data_json))
    page.goto(server)
    ask(page, "Where was ketamine discovered?", 1)
    ask(page, "What are the side effects of ketamine?", 2)
    page.get_by_role("button", name="New conversation").click()
    expect(page.get_by_test_id("answer")).to_have_count(0)
    undo = page.get_by_role("button", name="Undo")
    expect(page.locator("#undo")).to_contain_text("Conversation cleared.")
    undo.click()
    expect(page.get_by_test_id("answer")).to_have_count(2)
    expect(undo).to_be_hidden()
    ask(page, "Who discovered ketamine?", 3)
    assert asked[-1]["conversation_id"] == asked[1]["conversation_id"]  # the same conversation goes on
    page.reload()
    expect(page.get_by_test_id("answer")).to_have_count(3)


@pytest.fixture(scope="session")
def axe_script() -> str:
    """axe-core from the npm registry, installed into git-ignored build/npm (never loaded from a CDN)."""
    package = AXE_DIR / "node_modules" / "axe-core" / "package.json"
    if not package.exists() or json.loads(package.read_text())["version"] != AXE_VERSION:
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("needs npm to install axe-core (see .ci/run)")
        subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(AXE_DIR),
                        f"axe-core@{AXE_VERSION}"], check=True, timeout=300, capture_output=True)
    return AXE.read_text()


def serious_violations(page: Page, server: str, axe_script: str) -> list[str]:
    """axe-core run in the page, served from the page's own origin so that the CSP lets it in."""
    url = f"{server}/__test__/axe.min.js"
    page.route(url, lambda route: route.fulfill(body=axe_script, content_type="text/javascript"))
    page.add_script_tag(url=url)
    violations = page.evaluate("() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
            for v in violations if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366x800", "390x844"])
def test_axe_finds_no_serious_violations(page: Page, server: str, axe_script: str, scheme: str,
                                         viewport: dict) -> None:
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    page.goto(server)
    expect(page.locator("#document-name")).to_have_text(BUNDLED_TITLE)
    found = {"empty": serious_violations(page, server, axe_script)}
    ask(page, "Where was ketamine discovered?", 1)
    ask(page, "What was it first used for?", 2)
    found["answered"] = serious_violations(page, server, axe_script)
    page.get_by_test_id("answer").first.get_by_test_id("citation").first.click()
    expect(page.get_by_test_id("highlight").first).to_be_in_viewport()
    found["viewer"] = serious_violations(page, server, axe_script)
    print(f"\naxe {scheme} {viewport['width']}: " + ", ".join(f"{k}={len(v)}" for k, v in found.items()))
    assert found == {"empty": [], "answered": [], "viewer": []}
