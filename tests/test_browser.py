"""The chat page in a real Chromium against a real `docqa serve`: ask, cite, view, link, by mouse and keyboard.

Every test also checks that the page logged no console error, threw nothing, and requested nothing
outside the server's origin (the page must work with the network cable pulled).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("playwright")
from playwright.sync_api import Page, Route, expect  # noqa: E402

from tests.browsing import CHROMIUM, PHONE, ask, browser, page, problems, screenshot  # noqa: E402,F401 (fixtures)

SCRIPTED_TAG = "<img src=x onerror=window.__xss=1>"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium"),
]


def test_answer_citation_opens_the_highlighted_sentence(page: Page, server: str, tmp_path: Path) -> None:
    page.goto(server)
    expect(page.get_by_text("not medical advice")).to_be_visible()
    ask(page, "Where was ketamine discovered?", 1)
    answer = page.get_by_test_id("answer")
    expect(answer).to_have_attribute("data-found", "true")
    expect(answer).to_contain_text("Parke-Davis")

    answer.get_by_test_id("citation").first.click()
    viewer = page.get_by_test_id("source-viewer")
    highlight = viewer.get_by_test_id("highlight").first
    expect(viewer).to_be_visible()
    expect(highlight).to_contain_text("Parke-Davis")
    expect(highlight).to_be_in_viewport()
    expect(viewer.locator("mark.passage").first).to_be_visible()
    assert re.search(r"#doc=[^&]+&s=\d+-\d+", page.url)
    screenshot(page, tmp_path, "desktop.png")


def test_follow_up_continues_the_conversation(page: Page, server: str) -> None:
    asked = []
    page.on("request", lambda r: r.url.endswith("/api/ask") and asked.append(r.post_data_json))
    page.goto(server)
    with page.expect_response("**/api/ask") as first:
        ask(page, "Where was ketamine discovered?", 1)
    conversation_id = first.value.json()["conversation_id"]
    ask(page, "What was it first used for?", 2)
    assert asked[1]["conversation_id"] == conversation_id
    expect(page.get_by_test_id("answer").nth(1)).to_contain_text("Continuing: Where was ketamine discovered?")

    page.get_by_role("button", name="New conversation").click()
    expect(page.get_by_test_id("answer")).to_have_count(0)
    expect(page.get_by_test_id("question-input")).to_be_focused()
    # The server forgets the old conversation once it can no longer be undone: here, at the next question.
    with page.expect_request(lambda r: r.method == "DELETE") as ended:
        ask(page, "Where was ketamine discovered?", 1)
    assert ended.value.url.endswith(f"/api/conversations/{conversation_id}")
    assert "conversation_id" not in asked[2]


def test_markup_in_a_question_stays_text(page: Page, server: str) -> None:
    page.goto(server)
    ask(page, f"Where was ketamine discovered? {SCRIPTED_TAG}", 1)
    expect(page.locator(".message.question")).to_contain_text(SCRIPTED_TAG)
    expect(page.locator("#log img")).to_have_count(0)
    assert page.evaluate("() => window.__xss") is None


def test_not_found_answer_offers_the_nearest_passages(page: Page, server: str) -> None:
    page.goto(server)
    ask(page, "What is the capital of France?", 1)
    answer = page.get_by_test_id("answer")
    expect(answer).to_have_attribute("data-found", "false")
    expect(answer).to_contain_text("Nearest passages")
    answer.get_by_test_id("citation").first.click()
    expect(page.locator("#viewer mark.passage").first).to_be_in_viewport()


def test_phone_layout_has_no_sideways_scroll_and_a_full_screen_viewer(
        page: Page, server: str, tmp_path: Path) -> None:
    page.set_viewport_size(PHONE)
    page.goto(server)
    ask(page, "What conditions can ketamine-assisted psychotherapy treat?", 1)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, tmp_path, "phone.png")

    page.get_by_test_id("citation").first.click()
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer.get_by_test_id("highlight").first).to_be_in_viewport()
    assert viewer.bounding_box() == {"x": 0, "y": 0, **PHONE}
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, tmp_path, "phone-viewer.png")
    page.get_by_role("button", name="Close").click()
    expect(viewer).to_be_hidden()


def test_keyboard_only(page: Page, server: str) -> None:
    page.goto(server)
    textarea = page.get_by_test_id("question-input")
    for _ in range(10):
        if page.evaluate("() => document.activeElement.dataset.testid") == "question-input":
            break
        page.keyboard.press("Tab")
    expect(textarea).to_be_focused()
    page.keyboard.type("Where was ketamine")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("discovered?")
    expect(textarea).to_have_value("Where was ketamine\ndiscovered?")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("answer")).to_have_count(1)

    page.keyboard.press("Shift+Tab")  # back from the question box to the answer's Copy button
    expect(page.get_by_role("button", name="Copy answer")).to_be_focused()
    page.keyboard.press("Shift+Tab")  # and on to its last source chip
    chip = page.get_by_test_id("answer").get_by_test_id("citation").last
    expect(chip).to_be_focused()
    assert chip.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    page.keyboard.press("Enter")
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer).to_be_visible()
    expect(viewer.locator(":focus")).to_have_count(1)
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()
    expect(chip).to_be_focused()


def test_deep_link_and_copy_link_reopen_the_sentence(page: Page, server: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page.goto(server)
    ask(page, "What are the side effects of ketamine?", 1)
    page.get_by_test_id("answer").get_by_test_id("citation").first.click()
    sentence = page.get_by_test_id("highlight").first
    expect(sentence).to_be_in_viewport()
    link, text = page.url, sentence.text_content()
    page.get_by_role("button", name="Copy link").click()
    expect(page.get_by_text("Link to this sentence copied.")).to_be_visible()
    assert page.evaluate("() => navigator.clipboard.readText()") == link

    fresh = page.context.new_page()
    fresh.goto(link)
    linked = fresh.get_by_test_id("source-viewer").get_by_test_id("highlight")
    expect(linked).to_have_count(1)
    expect(linked).to_have_text(text)
    expect(linked).to_be_in_viewport()
    fresh.keyboard.press("Escape")
    expect(fresh.get_by_test_id("source-viewer")).to_be_hidden()
    assert "#" not in fresh.url


def test_a_link_from_an_older_index_version_highlights_nothing(page: Page, server: str) -> None:
    page.goto(f"{server}/#doc=ketamine-assisted-psychotherapy.txt&s=0-20&v=an-older-version")
    viewer = page.get_by_test_id("source-viewer")
    expect(viewer).to_contain_text("The document has changed since this was cited")
    expect(viewer.get_by_test_id("highlight")).to_have_count(0)


def test_waiting_state_then_errors_are_shown(page: Page, server: str, problems: list[str]) -> None:
    held: list[Route] = []
    page.route("**/api/ask", lambda route: held.append(route))
    page.goto(server)
    ask_box, send, log = page.get_by_test_id("question-input"), page.get_by_test_id("send"), page.locator("#log")
    ask_box.fill("Where was ketamine discovered?")
    send.click()
    expect(page.get_by_text("Searching the document…")).to_be_visible()
    expect(send).to_be_disabled()
    expect(log).to_have_attribute("aria-busy", "true")

    held[0].fulfill(status=429, json={"error": {"code": "rate_limited", "message": "Slow down, please."}})
    expect(log.locator(".message.error")).to_contain_text("Slow down, please.")
    expect(send).to_be_enabled()
    expect(ask_box).to_have_value("Where was ketamine discovered?")  # kept, to send again

    page.unroute("**/api/ask")
    page.route("**/api/ask", lambda route: route.abort("connectionrefused"))
    send.click()
    expect(log.locator(".message.error").nth(1)).to_contain_text("Can't reach the docqa server")
    problems[:] = [p for p in problems if "Failed to load resource" not in p]  # the failures staged above
