// The JSON API the page talks to (same origin only; see the Content-Security-Policy).

const TIMEOUT_MS = 30_000;

/** A failed request, with a message fit to show to the person asking and the HTTP status (0: none). */
export class RequestError extends Error {
  constructor(message, status = 0) {
    super(message);
    this.status = status;
  }
}

/** The API writes field names as `code`; a person reads "Question is longer than …". */
function readable(message) {
  const plain = message.replace(/`([^`]*)`/g, "$1");
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

async function request(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { ...options, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new RequestError(error.name === "TimeoutError"
      ? "The server took too long to answer. Please try again."
      : "Can't reach the docqa server. Check that it is running, then try again.");
  }
  if (response.status === 204) return null;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message;
    throw new RequestError(message ? readable(message) : `The server answered with an error (${response.status}).`,
      response.status);
  }
  if (body === null) throw new RequestError("The server sent an answer this page could not read.");
  return body;
}

/**
 * POST /api/ask; `conversationId` continues an earlier conversation, and `history` (earlier questions)
 * lets the server rebuild its context when that conversation expired or the server restarted;
 * `documents` (names) narrows the search.
 */
export function ask(question, conversationId, history = [], documents = undefined) {
  return request("/api/ask", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      question,
      conversation_id: conversationId ?? undefined,
      history: history.length ? history.map((q) => ({ question: q })) : undefined,
      documents,
    }),
  });
}

/** DELETE /api/conversations/<id>; a conversation that already expired is fine too. `keepalive` outlives the page. */
export function endConversation(conversationId) {
  return request(`/api/conversations/${encodeURIComponent(conversationId)}`, { method: "DELETE", keepalive: true })
    .catch(() => null);
}

export function listDocuments() {
  return request("/api/documents");
}

// Whole documents are large and never change within an index version, so each is fetched once.
const documents = new Map();
const documentKey = (name, version) => `${version ?? ""}\n${name}`;

/** GET /api/document, cached per name and index version (a deep link knows no version). */
export function loadDocument(name, version) {
  const key = documentKey(name, version);
  if (!documents.has(key)) {
    const pending = request(`/api/document?name=${encodeURIComponent(name)}`).then((doc) => {
      documents.set(documentKey(doc.name, doc.version), pending);
      return doc;
    });
    pending.catch(() => documents.delete(key)); // let a later click try again
    documents.set(key, pending);
  }
  return documents.get(key);
}
