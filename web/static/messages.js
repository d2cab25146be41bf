// The chat's messages: the question asked, the pending indicator, answers with citations, errors.
import { h } from "./dom.js";

const MARKER = /\[(\d+)\]/g;
const EXCERPT_CHARS = 180;
// Characters of the passage shown on either side of the cited sentence in a marker's preview.
const CONTEXT_CHARS = 110;
let previews = 0; // ids for the previews' aria-describedby

export function renderQuestion(question) {
  return h("div", { class: "message question" },
    h("span", { class: "visually-hidden" }, "You asked: "), question);
}

export function renderPending() {
  return h("div", { class: "message pending" },
    h("span", { class: "pending-dots", "aria-hidden": "true" }, h("span"), h("span"), h("span")),
    "Searching the document…");
}

/** A failed question: what went wrong and, when `retry` is given, a button to ask it again. */
export function renderError(message, retry) {
  return h("div", { class: "message error" },
    h("p", { class: "error-title" }, "No answer this time"),
    h("p", {}, message),
    retry && h("button", { type: "button", class: "button button-quiet retry", onclick: retry }, "Try again"));
}

/**
 * An answer from POST /api/ask. `open(target, button)` shows a citation in the document viewer (a
 * target is {document, version, label, passage, sentences, focus} with absolute offsets) and
 * `titleOf(name)` is the name a person would use for a document.
 */
export function renderAnswer(result, { open, titleOf }) {
  const citations = new Map(result.citations.map((c) => [c.id, c]));
  const cite = (citation, sentence, nth) => {
    const target = targetFor(citation, result.index_version, sentence, nth);
    return { target, open: (event) => open(target, event.currentTarget) };
  };
  const article = h("article", {
    class: "message answer", "data-testid": "answer", "data-found": String(result.found),
    // A reply to "thanks" cites nothing: it is neither an answer nor a miss.
    "aria-label": result.found ? "Answer" : result.citations.length ? "Not found in the document" : "Reply",
  });
  article.append(...[
    continuing(result.continues),
    answerText(result.answer, citations, cite, titleOf),
    ...sources(result, cite, titleOf),
    answerTools(result, cite, titleOf),
  ].filter(Boolean));
  return article;
}

/** "Continuing: <earlier question>" when a follow-up was read in the context of an earlier question. */
function continuing(earlier) {
  if (!earlier) return null;
  return h("p", { class: "continuing" }, h("span", { class: "continuing-label" }, "Continuing: "), earlier);
}

/** The answer's sentences, each "[n]" marker a button that opens citation n and previews it on hover or focus. */
function answerText(answer, citations, cite, titleOf) {
  const paragraph = h("p", { class: "answer-text" });
  const seen = new Map(); // citation id → markers met so far: a passage may back several sentences
  let from = 0;
  for (const match of answer.matchAll(MARKER)) {
    const citation = citations.get(Number(match[1]));
    if (!citation) continue;
    const sentence = answer.slice(from, match.index);
    const nth = seen.get(citation.id) ?? 0;
    seen.set(citation.id, nth + 1);
    const { target, open } = cite(citation, sentence, nth);
    const button = h("button", {
      type: "button", class: "marker", "data-testid": "citation",
      "aria-label": `Source ${citation.id}: show in the document`, onclick: open,
    }, String(citation.id));
    paragraph.append(...cells(sentence), withPreview(button,
      `Source ${citation.id} · ${titleOf(citation.document)}`, inContext(citation, target)));
    from = match.index + match[0].length;
  }
  paragraph.append(...cells(answer.slice(from)));
  return paragraph;
}

/** A table row's cells (apart by tabs in the answer) with a visible gap between them; other text as it is. */
function cells(text) {
  return text.split("\t").flatMap((cell, i) => (i ? [h("span", { class: "cell-gap" }, "\t"), cell] : [cell]));
}

/**
 * Chips under the answer: the cited passages first as "Sources", the others as secondary "Related
 * passages"; when nothing answered, all of them as "Nearest passages".
 */
function sources(result, cite, titleOf) {
  const cited = result.found ? result.citations.filter(isCited) : [];
  const related = result.citations.filter((c) => !cited.includes(c));
  // Groups, not landmarks: every answer has its own "Sources".
  const list = (title, kind, items) => items.length && h("div", {
    class: `sources ${kind}`, role: "group", "aria-label": title,
  },
    h("p", { class: "sources-title" }, title),
    h("ul", { class: "chips" }, items.map((citation) => h("li", {}, chip(citation, cite, titleOf, kind === "cited")))));
  return [
    list("Sources", "cited", cited),
    list(result.found ? "Related passages" : "Nearest passages", "related", related),
  ];
}

function chip(citation, cite, titleOf, cited) {
  const { target, open } = cite(citation, "", 0);
  const text = excerpt(citation, target);
  const title = titleOf(citation.document);
  // The name is the visible text (number, title, excerpt), so what is read is what is seen.
  return h("button", {
    type: "button", class: "chip", "data-testid": "citation", "data-cited": String(cited), onclick: open,
  },
    h("span", { class: "chip-number" }, h("span", { class: "visually-hidden" }, cited ? "Source " : "Related passage "),
      String(citation.id)),
    h("span", { class: "chip-body" },
      h("span", { class: "chip-document" }, cited ? `Cited · ${title}` : title),
      h("span", { class: "chip-excerpt" }, text)));
}

/** Replies stored before the API said which passages are cited: a passage with highlights is. */
function isCited(citation) {
  return citation.cited ?? citation.highlights.length > 0;
}

/** "Copy" puts the answer and its cited sources on the clipboard as plain text. */
function answerTools(result, cite, titleOf) {
  const status = h("span", { class: "copy-status", role: "status" });
  const copy = async () => {
    const cited = result.citations.filter((c) => (result.found ? isCited(c) : true));
    const lines = cited.map((c) => `[${c.id}] ${titleOf(c.document)}: "${excerpt(c, cite(c, "", 0).target)}"`);
    const text = [result.answer, "", result.found ? "Sources:" : "Nearest passages:", ...lines].join("\n");
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied";
    } catch {
      status.textContent = "Copying is blocked here: select the answer to copy it";
    }
    setTimeout(() => { status.textContent = ""; }, 4000);
  };
  return h("div", { class: "answer-tools" },
    h("button", { type: "button", class: "tool", onclick: copy, "aria-label": "Copy answer" }, "Copy"),
    status);
}

/**
 * The marker wrapped with a preview of its source, shown while the pointer rests on it or it has
 * focus; Escape hides it (WCAG 1.4.13) and the pointer may move onto it without it vanishing.
 */
function withPreview(button, heading, body) {
  const id = `preview-${++previews}`;
  const preview = h("span", { class: "preview", id, role: "tooltip", hidden: true },
    h("span", { class: "preview-heading" }, heading), h("span", { class: "preview-text" }, body));
  button.setAttribute("aria-describedby", id);
  const wrapper = h("span", { class: "cite" }, button, preview);
  const show = () => {
    preview.hidden = false;
    place(preview, button);
  };
  const hide = () => { preview.hidden = true; };
  wrapper.addEventListener("mouseenter", show);
  wrapper.addEventListener("mouseleave", () => { if (document.activeElement !== button) hide(); });
  button.addEventListener("focus", show);
  button.addEventListener("blur", hide);
  button.addEventListener("click", hide);
  button.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !preview.hidden) {
      event.stopPropagation(); // this Escape dismisses the preview, not the viewer
      hide();
    }
  });
  return wrapper;
}

/** Below the marker (above it near the log's bottom), kept inside the answer's width. */
function place(preview, button) {
  const answer = button.closest(".answer");
  if (!answer) return;
  const box = answer.getBoundingClientRect();
  const at = button.getBoundingClientRect();
  const log = answer.closest(".log")?.getBoundingClientRect() ?? { bottom: innerHeight };
  const width = preview.offsetWidth;
  const left = Math.min(Math.max(at.left - box.left - 16, 8), box.width - width - 8);
  const below = at.bottom + 6 + preview.offsetHeight <= log.bottom;
  preview.style.left = `${Math.max(left, 0)}px`;
  preview.style.top = `${(below ? at.bottom + 6 : at.top - 6 - preview.offsetHeight) - box.top}px`;
}

function targetFor(citation, version, sentence, nth) {
  const absolute = ({ start, end }) => ({ start: citation.start + start, end: citation.start + end });
  const chosen = matchHighlight(citation, sentence, nth);
  return {
    document: citation.document,
    version,
    label: `Source ${citation.id}`,
    passage: { start: citation.start, end: citation.end },
    sentences: citation.highlights.map(absolute),
    focus: chosen && absolute(chosen),
  };
}

/** The highlight that holds this answer sentence; else the nth, for the nth marker of a citation. */
function matchHighlight(citation, sentence, nth) {
  const wanted = squash(sentence);
  const holds = (highlight) => {
    const text = squash(citation.text.slice(highlight.start, highlight.end));
    return wanted && text && (text.includes(wanted) || wanted.includes(text));
  };
  return citation.highlights.find(holds) ?? citation.highlights[nth] ?? citation.highlights[0] ?? null;
}

/** The cited sentence (or the passage's start) as a short excerpt, without the document's own "[n]"s. */
function excerpt(citation, target) {
  const range = target.focus ?? target.passage;
  const text = citation.text.slice(range.start - citation.start, range.end - citation.start)
    .replace(/\s*\[\d+\]/g, "").replace(/\s+/g, " ").trim();
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.lastIndexOf(" ", EXCERPT_CHARS);
  return `${text.slice(0, cut > 0 ? cut : EXCERPT_CHARS)}…`;
}

/** The cited sentence, marked, with some of its passage on either side: what the preview adds to the answer. */
function inContext(citation, target) {
  if (!target.focus) return excerpt(citation, target);
  const clean = (text) => text.replace(/\s*\[\d+\]/g, "").replace(/\s+/g, " ");
  const from = target.focus.start - citation.start;
  const to = target.focus.end - citation.start;
  let before = clean(citation.text.slice(Math.max(0, from - CONTEXT_CHARS), from)).trimStart();
  let after = clean(citation.text.slice(to, to + CONTEXT_CHARS)).trimEnd();
  if (from > CONTEXT_CHARS) before = `…${before.slice(before.indexOf(" ") + 1)}`;
  if (to + CONTEXT_CHARS < citation.text.length) after = `${after.slice(0, after.lastIndexOf(" "))}…`;
  return [before, h("mark", {}, clean(citation.text.slice(from, to)).trim()), after];
}

/** Text reduced for comparison: no "[n]" markers, case or spacing differences. */
function squash(text) {
  return text.replace(/\[\d+\]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}
