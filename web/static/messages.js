// The chat's messages: the question asked, the pending indicator, answers with citations, errors.
import { h } from "./dom.js";

const MARKER = /\[(\d+)\]/g;
const EXCERPT_CHARS = 180;

export function renderQuestion(question) {
  return h("div", { class: "message question" },
    h("span", { class: "visually-hidden" }, "You asked: "), question);
}

export function renderPending() {
  return h("div", { class: "message pending" },
    h("span", { class: "pending-dots", "aria-hidden": "true" }, h("span"), h("span"), h("span")),
    "Searching the document…");
}

export function renderError(message) {
  return h("div", { class: "message error" },
    h("p", { class: "error-title" }, "No answer this time"),
    h("p", {}, message));
}

/**
 * An answer from POST /api/ask. `open(target, button)` shows a citation in the document viewer;
 * a target is {document, version, label, passage, sentences, focus} with absolute offsets.
 */
export function renderAnswer(result, question, open) {
  const citations = new Map(result.citations.map((c) => [c.id, c]));
  const cite = (citation, sentence, nth) => {
    const target = targetFor(citation, result.index_version, sentence, nth);
    return { target, open: (event) => open(target, event.currentTarget) };
  };
  return h("article", {
    class: "message answer", "data-testid": "answer", "data-found": String(result.found),
    "aria-label": result.found ? "Answer" : "Not found in the document",
  },
    understoodAs(question, result.query),
    answerText(result.answer, citations, cite),
    sources(result, cite),
  );
}

/** "Understood as: …" when a follow-up was read with context the person did not type. */
function understoodAs(question, query) {
  if (!query || squash(query) === squash(question)) return null;
  return h("p", { class: "understood" }, h("span", { class: "understood-label" }, "Understood as: "), query);
}

/** The answer's sentences, each "[n]" marker turned into a button that opens citation n. */
function answerText(answer, citations, cite) {
  const paragraph = h("p", { class: "answer-text" });
  const seen = new Map(); // citation id → markers met so far: a passage may back several sentences
  let from = 0;
  for (const match of answer.matchAll(MARKER)) {
    const citation = citations.get(Number(match[1]));
    if (!citation) continue;
    const sentence = answer.slice(from, match.index);
    const nth = seen.get(citation.id) ?? 0;
    seen.set(citation.id, nth + 1);
    const { open } = cite(citation, sentence, nth);
    paragraph.append(sentence, h("button", {
      type: "button", class: "marker", "data-testid": "citation",
      "aria-label": `Source ${citation.id}: show in the document`, onclick: open,
    }, String(citation.id)));
    from = match.index + match[0].length;
  }
  paragraph.append(answer.slice(from));
  return paragraph;
}

/** Chips under the answer: the cited passages, or the nearest ones when nothing answered. */
function sources(result, cite) {
  if (!result.citations.length) return null;
  const title = result.found ? "Sources" : "Nearest passages";
  return h("section", { class: "sources", "aria-label": title },
    h("p", { class: "sources-title" }, title),
    h("ul", { class: "chips" }, result.citations.map((citation) => {
      const { target, open } = cite(citation, "", 0);
      const text = excerpt(citation, target);
      return h("li", {}, h("button", {
        type: "button", class: "chip", "data-testid": "citation", onclick: open,
        "aria-label": `Source ${citation.id}, ${citation.document}: ${text}`,
      },
        h("span", { class: "chip-number" }, String(citation.id)),
        h("span", { class: "chip-body" },
          h("span", { class: "chip-document" }, citation.document),
          h("span", { class: "chip-excerpt" }, text)),
      ));
    })),
  );
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

/** Text reduced for comparison: no "[n]" markers, case or spacing differences. */
function squash(text) {
  return text.replace(/\[\d+\]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}
