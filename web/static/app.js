// docqa's chat page: ask, read the cited answer, open its sources beside the chat.
import { ask, endConversation, listDocuments } from "./api.js";
import { renderAnswer, renderError, renderPending, renderQuestion } from "./messages.js";
import { Viewer, targetFromHash } from "./viewer.js";
import { DocumentsPanel } from "./documents.js";

const $ = (id) => document.getElementById(id);
const input = $("question");
const sendButton = $("send");
const log = $("log");
const intro = $("intro");

const viewer = new Viewer({
  app: $("app"), chat: $("chat"), panel: $("viewer"), title: $("viewer-title"),
  documentName: $("viewer-doc"), status: $("viewer-status"), body: $("viewer-body"),
  copyButton: $("copy-link"), closeButton: $("close-viewer"),
}, { returnFocus: input });

const documentsPanel = new DocumentsPanel($("documents"));

// Replaced by "New conversation", so that an answer still on its way to the old one is dropped.
let conversation = { id: null };

async function submit() {
  const question = input.value.trim();
  if (!question || sendButton.disabled) return;
  const current = conversation;
  input.value = "";
  intro.hidden = true;
  const pending = renderPending();
  log.append(renderQuestion(question), pending);
  setBusy(true);
  pending.scrollIntoView({ block: "end" });
  let reply;
  try {
    const result = await ask(question, current.id, documentsPanel.selected());
    current.id = result.conversation_id;
    reply = renderAnswer(result, question, (target, button) => viewer.open(target, button));
  } catch (error) {
    reply = renderError(error.message);
    if (current === conversation && !input.value) input.value = question; // to send again as is
  }
  if (current !== conversation) return;
  pending.replaceWith(reply);
  setBusy(false);
  reply.previousElementSibling.scrollIntoView({ block: "start" }); // the question, then its answer
}

function setBusy(busy) {
  sendButton.disabled = busy;
  log.setAttribute("aria-busy", String(busy));
}

function newConversation() {
  if (conversation.id) endConversation(conversation.id);
  conversation = { id: null };
  viewer.close();
  log.replaceChildren(intro);
  intro.hidden = false;
  setBusy(false);
  input.focus();
}

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submit();
  }
});
$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  submit();
});
$("new-conversation").addEventListener("click", newConversation);
for (const suggestion of intro.querySelectorAll(".suggestion")) {
  suggestion.addEventListener("click", () => {
    if (sendButton.disabled) return;
    input.value = suggestion.textContent;
    submit();
  });
}
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && viewer.isOpen) {
    event.preventDefault();
    viewer.close();
  }
});

// A deep link (#doc=…&s=…) opens the viewer at its sentence, on load and when pasted later.
function openFromHash() {
  const target = targetFromHash(location.hash);
  if (target) viewer.open(target);
}
window.addEventListener("hashchange", openFromHash);
openFromHash();

listDocuments().then(({ documents }) => {
  if (documents.length) $("document-name").textContent = documents.map((d) => d.name).join(", ");
}).catch(() => {}); // the subtitle is a nicety; asking reports a server that is down
