// The document viewer: the whole document beside the chat (a full-screen sheet on a phone), scrolled
// to a cited passage with the answer sentences highlighted, and a deep link (#doc=…&s=…) to each.
import { loadDocument } from "./api.js";
import { h } from "./dom.js";

const NARROW = matchMedia("(max-width: 760px)");

// The first lines of a converted web page can be leftovers of its side box or tables ("Part of a series
// on |", "---|", "![]() |"): not prose, so they are folded away rather than shown first.
const RESIDUE = /\|\s*$|^\s*\||^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$|^[^\p{L}\p{N}]*$/u;

export class Viewer {
  #opener = null;
  #shown = null; // the rendered document: {key, name, text, paragraphs: [{start, end, node}]}
  #marked = []; // paragraphs currently holding marks, restored to plain text on the next open
  #request = 0; // bumped by every open and close, so a slow document load cannot land late

  /**
   * `elements`: app, chat, panel, title, documentName, status, body, copyButton, closeButton.
   * `returnFocus` takes focus on close when no citation opened the viewer; `titleOf(name)` names documents.
   */
  constructor(elements, { returnFocus, titleOf }) {
    this.el = elements;
    this.returnFocus = returnFocus;
    this.titleOf = titleOf;
    elements.closeButton.addEventListener("click", () => this.close());
    elements.copyButton.addEventListener("click", () => this.#copyLink());
    elements.body.addEventListener("keydown", (event) => this.#wrapTab(event));
    NARROW.addEventListener("change", () => this.#syncModal());
  }

  get isOpen() {
    return !this.el.panel.hidden;
  }

  /**
   * Show `target` (see messages.js); focus moves to its sentence when a button opened it. Opening
   * adds a history entry, so that Back closes the viewer; `fromHistory` is for targets that came
   * from the address (a deep link, Back or Forward), which already have theirs.
   */
  async open(target, opener = null, { fromHistory = false } = {}) {
    const request = ++this.#request;
    this.#opener = opener;
    this.#show(target);
    if (!fromHistory) {
      // One entry however many sources are opened in turn: Back returns to the chat.
      const change = history.state?.viewer ? history.replaceState : history.pushState;
      change.call(history, { viewer: true }, "", hashFor(target));
    }
    let doc;
    try {
      doc = await loadDocument(target.document, target.version);
    } catch (error) {
      if (request !== this.#request) return;
      this.#say(error.status === 404 ? missing(target.document) : error.message);
      this.el.body.replaceChildren(); // not another document's text under this one's name
      this.#shown = null;
      this.#marked = [];
      return;
    }
    if (request !== this.#request) return;
    const problem = mismatch(target, doc);
    this.#say(problem ?? "");
    this.#render(doc);
    this.#mark(problem ? { passage: null, sentences: [], focus: null } : target);
    const page = problem ? null : pageOf(doc, (target.focus ?? target.passage)?.start);
    const title = this.titleOf(target.document);
    this.el.documentName.textContent = page ? `${title}, page ${page}` : title;
    if (problem) return;
    history.replaceState(history.state, "", hashFor({ ...target, version: doc.version }));
    this.#reveal(opener !== null, target.browse);
  }

  /** The whole document from its start, to read without asking first. */
  browse(name, opener = null) {
    return this.open(browseTarget(name), opener);
  }

  /**
   * Focus goes back to the citation that opened the viewer, unless it is already elsewhere in the chat.
   * The viewer's history entry is left with Back; `fromHistory`: the browser already left it.
   */
  close({ fromHistory = false } = {}) {
    if (!this.isOpen) return;
    const focusWasHere = this.el.panel.contains(document.activeElement) || document.activeElement === document.body;
    this.#request++;
    this.el.panel.hidden = true;
    this.el.app.classList.remove("viewer-open");
    this.#syncModal();
    if (!fromHistory && history.state?.viewer) history.back();
    else if (!fromHistory) history.replaceState(null, "", location.pathname + location.search);
    if (focusWasHere) (this.#opener?.isConnected ? this.#opener : this.returnFocus).focus();
  }

  #show(target) {
    this.el.title.textContent = target.label;
    this.el.documentName.textContent = this.titleOf(target.document);
    if (this.#shown?.name !== target.document) this.#say("Loading the document…");
    this.el.panel.hidden = false;
    this.el.app.classList.add("viewer-open");
    this.#syncModal();
  }

  /**
   * Paragraphs as written (split on "\n"), each remembering its offsets into the text; the leading
   * lines that are not prose go into a folded "layout leftovers" box.
   */
  #render(doc) {
    const key = `${doc.version}\n${doc.name}`;
    if (this.#shown?.key === key) return;
    const paragraphs = [];
    let start = 0;
    for (const line of doc.text.split("\n")) {
      const end = start + line.length;
      if (line.trim()) paragraphs.push({ start, end, node: h("p", {}, line) });
      start = end + 1;
    }
    const leading = paragraphs.findIndex((p) => !RESIDUE.test(doc.text.slice(p.start, p.end)));
    const residue = paragraphs.slice(0, Math.max(leading, 0));
    const nodes = paragraphs.slice(residue.length).map((p) => p.node);
    if (residue.length) {
      nodes.unshift(h("details", { class: "residue" },
        h("summary", {}, `Layout leftovers of the original page (${residue.length} lines)`),
        residue.map((p) => p.node)));
    }
    this.el.body.replaceChildren(h("h3", { class: "viewer-doc-title" }, this.titleOf(doc.name)), ...nodes);
    this.#shown = { key, name: doc.name, text: doc.text, paragraphs };
    this.#marked = [];
  }

  /** Re-render only the paragraphs the old and new marks touch: documents can be long. */
  #mark(target) {
    const { text, paragraphs } = this.#shown;
    for (const p of this.#marked) p.node.replaceChildren(text.slice(p.start, p.end));
    const ranges = [target.passage, ...target.sentences].filter(Boolean);
    this.#marked = paragraphs.filter((p) => ranges.some((r) => r.start < p.end && r.end > p.start));
    for (const p of this.#marked) fillParagraph(p, text, target);
  }

  #reveal(moveFocus, fromTop = false) {
    const body = this.el.body;
    const spot = fromTop ? null
      : body.querySelector("[data-focus]") ?? body.querySelector("mark.passage") ?? this.#marked[0]?.node;
    if (!spot) {
      body.scrollTop = 0;
      if (moveFocus) body.focus({ preventScroll: true });
      return;
    }
    const folded = spot.closest("details");
    if (folded) folded.open = true;
    spot.tabIndex = -1;
    spot.scrollIntoView({ block: "start" }); // its scroll-margin keeps some context above
    if (moveFocus) spot.focus({ preventScroll: true });
  }

  /** Tab past the document's text wraps to the viewer's own buttons (Copy link, Close), not the page's top. */
  #wrapTab(event) {
    if (event.key !== "Tab" || event.shiftKey) return;
    const later = [...this.el.body.querySelectorAll("summary, a[href], button, [tabindex='0']")]
      .some((node) => event.target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (later) return;
    event.preventDefault();
    this.el.copyButton.focus();
  }

  async #copyLink() {
    try {
      await navigator.clipboard.writeText(location.href);
      this.#say("Link to this sentence copied.");
    } catch {
      this.#say(`Copy this link from the address bar: ${location.href}`);
    }
  }

  #say(message) {
    this.el.status.textContent = message;
  }

  /** On a phone the viewer covers the chat, so the chat must not take focus meanwhile. */
  #syncModal() {
    this.el.chat.inert = this.isOpen && NARROW.matches;
  }
}

/** What a link to a document that is not (or no longer) in the index says. */
function missing(name) {
  return `This link points to "${name}", which is not among the documents here: it may have been renamed or removed. `
    + "Ask a question to find current sources.";
}

/**
 * One paragraph's text with <mark class="passage"> around the cited passage and, inside it,
 * <mark class="sentence" data-testid="highlight"> around the answer sentences.
 */
function fillParagraph({ start, end, node }, text, { passage, sentences, focus }) {
  const cuts = new Set([start, end]);
  for (const range of [passage, ...sentences]) {
    for (const at of range ? [range.start, range.end] : []) if (at > start && at < end) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const within = (range, a, b) => range && a >= range.start && b <= range.end;
  let passageMark = null;
  node.replaceChildren();
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const piece = text.slice(a, b);
    const inSentence = sentences.some((range) => within(range, a, b));
    const child = inSentence
      ? h("mark", { class: "sentence", "data-testid": "highlight", "data-focus": within(focus, a, b) }, piece)
      : piece;
    if (within(passage, a, b)) {
      passageMark ??= node.appendChild(h("mark", { class: "passage" }));
      passageMark.append(child);
    } else {
      passageMark = null;
      node.append(child);
    }
  }
}

/** The 1-based page holding `offset` (doc.pages lists where each page starts), or null without pages. */
function pageOf(doc, offset) {
  if (!doc.pages?.length || offset == null) return null;
  let page = 1;
  while (page < doc.pages.length && doc.pages[page] <= offset) page++;
  return page;
}

/** Why the target's offsets cannot be trusted in `doc` (a newer index, a bad link), or null. */
function mismatch(target, doc) {
  if (target.version && target.version !== doc.version) {
    return "The document has changed since this was cited, so the passage cannot be shown. Ask again for current sources.";
  }
  const fits = [target.passage, ...target.sentences].every((range) => !range || range.end <= doc.text.length);
  return fits ? null : "This link points past the end of the document.";
}

/**
 * "#doc=<name>&s=<start>-<end>&p=<start>-<end>&v=<version>": the sentence (s), its passage (p) and
 * the index version whose offsets they are, so that a link outliving its version says so.
 */
export function hashFor(target) {
  const params = new URLSearchParams({ doc: target.document });
  if (target.focus) params.set("s", `${target.focus.start}-${target.focus.end}`);
  if (target.passage) params.set("p", `${target.passage.start}-${target.passage.end}`);
  if (target.version) params.set("v", target.version);
  return `#${params}`;
}

/** The target a deep link names, or null when the fragment is not one. */
export function targetFromHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const name = params.get("doc");
  const sentence = parseRange(params.get("s"));
  const passage = parseRange(params.get("p"));
  if (!name) return null;
  if (!(sentence || passage)) return browseTarget(name);
  return {
    document: name, version: params.get("v"), label: "Linked passage",
    passage, sentences: sentence ? [sentence] : [], focus: sentence,
  };
}

/** A target without a passage: the whole document, read from its start. */
function browseTarget(name) {
  return { document: name, version: null, label: "Document", passage: null, sentences: [], focus: null, browse: true };
}

function parseRange(value) {
  const match = /^(\d+)-(\d+)$/.exec(value ?? "");
  if (!match) return null;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return start < end ? { start, end } : null;
}
