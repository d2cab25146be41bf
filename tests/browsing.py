"""Chromium driven by Playwright against a real `docqa serve`: what the browser test modules share.

The `browser`, `problems` and `page` fixtures and the helpers live here; a test module imports the ones it uses
(fixtures included), so test modules never import each other. Without Playwright installed they are skipped.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("playwright")
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect, sync_playwright  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path("/tmp/docqa-shots")
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def problems() -> list[str]:
    """Console errors, uncaught exceptions and off-origin requests seen by `page`; must stay empty."""
    return []


@pytest.fixture
def page(browser: Browser, server: str, problems: list[str]) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.set_default_timeout(15_000)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console: {message.text}")

    def on_request(request: Request) -> None:
        if not request.url.startswith(f"{server}/"):
            problems.append(f"off-origin request: {request.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("request", on_request)
    yield page
    context.close()
    assert problems == []


def ask(page: Page, question: str, count: int) -> None:
    """Type `question`, send it and wait for the `count`th answer of the conversation."""
    page.get_by_test_id("question-input").fill(question)
    page.get_by_test_id("send").click()
    expect(page.get_by_test_id("answer")).to_have_count(count)


def screenshot(page: Page, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    page.screenshot(path=path)
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(path, SHOTS / name)