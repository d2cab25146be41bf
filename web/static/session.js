// The conversation kept in sessionStorage, so that a reload (or a tab restored later) shows it again.
// sessionStorage is per tab and cleared with it: nothing outlives the browsing session.

const KEY = "docqa.conversation";
// Earlier questions sent along with each new one (the API takes at most 10), so a server that has
// forgotten the conversation can rebuild its context.
const HISTORY = 10;

/**
 * A conversation: its server id and its turns, each {question, reply} (a reply from POST /api/ask)
 * or {question, error} (a message shown in place of an answer).
 */
export class Conversation {
  constructor(id = null, turns = []) {
    this.id = id;
    this.turns = turns;
  }

  /** The questions that were answered, oldest first, as the API's `history`. */
  get history() {
    return this.turns.filter((turn) => turn.reply).map((turn) => turn.question).slice(-HISTORY);
  }

  save() {
    try {
      if (this.turns.length) sessionStorage.setItem(KEY, JSON.stringify({ id: this.id, turns: this.turns }));
      else sessionStorage.removeItem(KEY);
    } catch {
      // Storage full or disabled (private mode): the conversation still works, it just won't survive a reload.
    }
  }

  /** The conversation this tab held before a reload, or an empty one. */
  static restore() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
      if (saved && Array.isArray(saved.turns)) {
        const turns = saved.turns.filter(
          (t) => typeof t?.question === "string" && (t.reply || typeof t.error === "string"));
        return new Conversation(typeof saved.id === "string" ? saved.id : null, turns);
      }
    } catch {
      // Unreadable: start afresh.
    }
    return new Conversation();
  }
}
