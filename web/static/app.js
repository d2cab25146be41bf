// docqa's chat page: ask, read the cited answer, open its sources beside the chat.
import { ask, endConversation, listDocuments } from "./api.js";
import { renderAnswer, renderError, renderPending, renderQuestion } from "./messages.js";
import { Conversation } from "./session.js";
import { Viewer, targetFromHash } from "./viewer.js";
import { DocumentsPanel } from "./documents.js";

const $ = (id) => document.getElementById(id);
const input = $("question");
const sendButton = $("send");
const log = $("log");
const intro = $("intro");
const counter = $("counter");
const undoBar = $("undo");
const MAX_CHARS = input.maxLength > 0 ? input.maxLength : Infinity;
// The counter appears once a question is this close to the limit.
const COUNT_FROM = 0.8;
const UNDO_MS = 10_000;

// Document names → titles from GET /api/documents; a document without a title goes by its name.
const titles = new Map();
const titleOf = (name) => titles.get(name) || name;
let firstDocument = null;

const viewer = new Viewer({
  app: $("app"), chat: $("chat"), panel: $("viewer"), title: $("viewer-title"),
  documentName: $("viewer-doc"), status: $("viewer-status"), body: $("viewer-body"),
  copyButton: $("copy-link"), closeButton: $("close-viewer"),
}, { returnFocus: input, titleOf });
const open = (target, button) => viewer.open(target, button);

const documentsPanel = new DocumentsPanel($("documents"));

// Replaced by "New conversation", so that an answer still on its way to the old one is dropped.
let conversation = Conversation.restore();
// The conversation "New conversation" cleared, while it can still be brought back.
let cleared = null;

/** One turn's question and its answer (or error) as shown in the log. */
function renderTurn(turn) {
  const reply = turn.reply
    ? renderAnswer(turn.reply, { open, titleOf })
    : renderError(turn.error, () => retry(turn));
  return [renderQuestion(turn.question), reply];
}

function showConversation() {
  log.replaceChildren(intro, ...conversation.turns.flatMap(renderTurn));
  intro.hidden = conversation.turns.length > 0;
}

async function submit(question = input.value.trim()) {
  if (!question || sendButton.disabled) return;
  forgetCleared();
  const current = conversation;
  if (input.value.trim() === question) input.value = "";
  updateCounter();
  intro.hidden = true;
  const asked = renderQuestion(question);
  const pending = renderPending();
  log.append(asked, pending);
  setBusy(true);
  pending.scrollIntoView({ block: "end" });
  let turn;
  try {
    const reply = await ask(question, current.id, current.history, documentsPanel.selected());
    current.id = reply.conversation_id;
    turn = { question, reply };
  } catch (error) {
    turn = { question, error: error.message };
    if (current === conversation && !input.value) input.value = question; // to edit and send again
  }
  if (current !== conversation) return;
  current.turns.push(turn);
  current.save();
  const [, shown] = renderTurn(turn);
  pending.replaceWith(shown);
  setBusy(false);
  updateCounter();
  reveal(asked, shown);
}

/**
 * The question, then its answer: the question's top when both fit, else the answer's top (a long
 * question must not push its answer, or its error, out of sight).
 */
function reveal(asked, shown) {
  const fits = asked.offsetHeight + shown.offsetHeight + 32 <= log.clientHeight;
  (fits || asked.offsetHeight < log.clientHeight / 3 ? asked : shown).scrollIntoView({ block: "start" });
}

/** "Try again" on an error: the failed turn leaves the log and its question is asked anew. */
function retry(turn) {
  if (sendButton.disabled) return;
  const at = conversation.turns.indexOf(turn);
  if (at < 0) return;
  conversation.turns.splice(at, 1);
  conversation.save();
  showConversation();
  if (input.value.trim() === turn.question) input.value = "";
  submit(turn.question);
}

function setBusy(busy) {
  sendButton.disabled = busy;
  log.setAttribute("aria-busy", String(busy));
}

/** Clear the chat at once, with a few seconds to undo before the server forgets the conversation. */
function newConversation() {
  viewer.close();
  if (conversation.turns.length) {
    forgetCleared();
    cleared = { conversation, timer: setTimeout(forgetCleared, UNDO_MS) };
    showUndo(true);
  }
  conversation = new Conversation();
  conversation.save();
  showConversation();
  setBusy(false);
  input.focus();
}

function undoNewConversation() {
  if (!cleared) return;
  clearTimeout(cleared.timer);
  conversation = cleared.conversation;
  cleared = null;
  showUndo(false);
  conversation.save();
  showConversation();
  log.scrollTop = log.scrollHeight;
  input.focus();
}

/** The undo window closed: the server may drop the cleared conversation now. */
function forgetCleared() {
  if (!cleared) return;
  clearTimeout(cleared.timer);
  if (cleared.conversation.id) endConversation(cleared.conversation.id);
  cleared = null;
  showUndo(false);
}

/** The undo bar is a status region: its text is set as it shows, so that it is announced. */
function showUndo(shown) {
  undoBar.hidden = !shown;
  $("undo-message").textContent = shown ? "Conversation cleared." : "";
}

/** Characters left, shown near the limit; the textarea's maxlength enforces the limit itself. */
function updateCounter() {
  const length = input.value.length;
  counter.hidden = length < MAX_CHARS * COUNT_FROM;
  counter.textContent = length >= MAX_CHARS
    ? `${length.toLocaleString("en")} / ${MAX_CHARS.toLocaleString("en")}: the limit. Shorten the question to add more.`
    : `${length.toLocaleString("en")} / ${MAX_CHARS.toLocaleString("en")} characters`;
  counter.classList.toggle("at-limit", length >= MAX_CHARS);
}

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submit();
  }
});
input.addEventListener("input", updateCounter);
$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  submit();
});
$("new-conversation").addEventListener("click", newConversation);
$("undo-button").addEventListener("click", undoNewConversation);
$("read-document").addEventListener("click", (event) => {
  if (firstDocument) viewer.browse(firstDocument, event.currentTarget);
});
// Other parts of the page (a documents list) open a document to read with this event.
document.addEventListener("docqa:read", (event) => viewer.browse(event.detail.name, event.detail.opener ?? null));
for (const suggestion of intro.querySelectorAll(".suggestion")) {
  suggestion.addEventListener("click", () => submit(suggestion.textContent));
}
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && viewer.isOpen) {
    event.preventDefault();
    viewer.close();
  }
});
addEventListener("pagehide", forgetCleared);

// A deep link (#doc=…&s=…) opens the viewer at its sentence, on load and when the address changes;
// Back from an open viewer leaves its history entry, which closes it.
function followAddress() {
  const target = targetFromHash(location.hash);
  if (target) viewer.open(target, null, { fromHistory: true });
  else viewer.close({ fromHistory: true });
}
addEventListener("popstate", followAddress);

/** Titles for the header, chips and viewer; a server that is down is reported when asking instead. */
async function loadTitles() {
  try {
    const { documents } = await listDocuments();
    for (const doc of documents) if (doc.title) titles.set(doc.name, doc.title);
    firstDocument = documents[0]?.name ?? null;
    if (!documents.length) return;
    $("document-name").textContent = documents.length === 1 ? titleOf(documents[0].name)
      : `${documents.length} documents: ${documents.map((d) => titleOf(d.name)).join(", ")}`;
    if (documents.length === 1) document.title = `${titleOf(documents[0].name)} · docqa`;
  } catch {
    // The page still works with file names.
  }
}

updateCounter();
input.focus();
loadTitles().then(() => {
  if (log.childElementCount === 1) { // nothing asked meanwhile: show the conversation this tab held
    showConversation();
    log.scrollTop = log.scrollHeight;
  }
  if (location.hash) followAddress();
});
