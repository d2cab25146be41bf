// The documents panel: what is indexed (name, size, pages, when), which documents to ask, and, with
// the admin token entered, upload (picker or drag and drop, with progress), replace and delete.
import { listDocuments } from "./api.js";
import { h } from "./dom.js";

const TOKEN_KEY = "docqa.adminToken"; // sessionStorage only: gone when the tab closes
const ACCEPT = ".txt,.md,.html,.htm,.pdf,.docx";

const bytes = (n) => n == null ? "" : n < 1024 ? `${n} B` : n < 1 << 20 ? `${(n / 1024).toFixed(0)} KB`
  : `${(n / (1 << 20)).toFixed(1)} MB`;
const when = (iso) => iso ? new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" }) : "";

export class DocumentsPanel {
  #documents = [];
  #unchecked = new Set(); // names the reader left out of "ask these"
  #following = false; // polling until a keyword-first upload is embedded

  /** `root`: the element to fill; `onChange()` is called after every successful change. */
  constructor(root, { onChange = () => {} } = {}) {
    this.root = root;
    this.onChange = onChange;
    this.summary = h("span", {}, "Documents");
    this.list = h("ul", { class: "documents-list", "data-testid": "documents-list" });
    this.status = h("p", { class: "documents-status", role: "status", "data-testid": "documents-status" });
    this.tokenInput = h("input", { type: "password", id: "admin-token", autocomplete: "off",
      class: "documents-token", "data-testid": "admin-token" });
    this.fileInput = h("input", { type: "file", accept: ACCEPT, multiple: true, class: "visually-hidden",
      id: "document-file", "data-testid": "document-file", onchange: () => this.#uploadPicked() });
    this.progress = h("progress", { class: "documents-progress", max: 100, value: 0, hidden: true });
    this.drop = h("label", { class: "documents-drop", for: "document-file", tabindex: 0,
      onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); this.fileInput.click(); } } },
      "Drop PDF, Word, text or HTML files here, or ", h("span", { class: "documents-pick" }, "choose files"));
    for (const type of ["dragenter", "dragover"]) {
      this.drop.addEventListener(type, (e) => { e.preventDefault(); this.drop.classList.add("dragging"); });
    }
    this.drop.addEventListener("dragleave", () => this.drop.classList.remove("dragging"));
    this.drop.addEventListener("drop", (e) => {
      e.preventDefault();
      this.drop.classList.remove("dragging");
      this.#upload([...e.dataTransfer.files]);
    });
    this.admin = h("div", { class: "documents-admin", hidden: true }, this.drop, this.fileInput, this.progress);
    const tokenForm = h("form", { class: "documents-token-form", onsubmit: (e) => { e.preventDefault(); this.#saveToken(); } },
      h("label", { for: "admin-token" }, "Admin token"), this.tokenInput,
      h("button", { type: "submit", class: "button button-quiet" }, "Use"),
      h("button", { type: "button", class: "button button-quiet", onclick: () => this.#forgetToken() }, "Forget"));
    root.replaceChildren(h("details", { class: "documents", "data-testid": "documents-panel" },
      h("summary", {}, this.summary),
      this.list, tokenForm, this.admin, this.status));
    this.tokenInput.value = this.#token() ?? "";
    this.#syncAdmin();
  }

  /** The names to ask, or undefined for all of them. */
  selected() {
    const names = this.#documents.map((d) => d.name).filter((n) => !this.#unchecked.has(n));
    return names.length === this.#documents.length || names.length === 0 ? undefined : names;
  }

  async refresh() {
    const { documents } = await listDocuments();
    this.#documents = documents;
    this.summary.textContent = `Documents (${documents.length})`;
    this.list.replaceChildren(...documents.map((d) => this.#row(d)));
    return documents;
  }

  #row(doc) {
    const box = h("input", { type: "checkbox", checked: !this.#unchecked.has(doc.name),
      "aria-label": `Ask ${doc.name}`, onchange: (e) => {
        if (e.target.checked) this.#unchecked.delete(doc.name); else this.#unchecked.add(doc.name);
      } });
    const facts = [bytes(doc.size), doc.pages == null ? null : `${doc.pages} page${doc.pages === 1 ? "" : "s"}`,
      doc.indexed ? `indexed ${when(doc.indexed)}` : null].filter(Boolean).join(" · ");
    const replaceInput = h("input", { type: "file", accept: ACCEPT, class: "visually-hidden",
      onchange: (e) => { const [file] = e.target.files; if (file) this.#upload([file], doc.name); } });
    const actions = h("span", { class: "documents-actions", hidden: !this.#token() },
      h("button", { type: "button", class: "button button-quiet", onclick: () => replaceInput.click() }, "Replace"),
      replaceInput,
      h("button", { type: "button", class: "button button-quiet", "data-testid": `delete-${doc.name}`,
        onclick: () => this.#delete(doc.name) }, "Delete"));
    return h("li", { class: "documents-item", "data-testid": "document-row" },
      h("label", { class: "documents-name" }, box, h("span", {}, doc.name)),
      h("span", { class: "documents-facts" }, facts), actions);
  }

  #token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  #saveToken() {
    const token = this.tokenInput.value.trim();
    if (token) sessionStorage.setItem(TOKEN_KEY, token); else sessionStorage.removeItem(TOKEN_KEY);
    this.#syncAdmin();
    this.#say(token ? "Token kept for this tab only: you can add, replace and delete documents." : "");
  }

  #forgetToken() {
    sessionStorage.removeItem(TOKEN_KEY);
    this.tokenInput.value = "";
    this.#syncAdmin();
    this.#say("Token forgotten.");
  }

  #syncAdmin() {
    this.admin.hidden = !this.#token();
    this.refresh().catch((error) => this.#say(error.message));
  }

  #say(message) {
    this.status.textContent = message;
  }

  #uploadPicked() {
    this.#upload([...this.fileInput.files]);
    this.fileInput.value = "";
  }

  async #upload(files, name = null) {
    for (const file of files) {
      const target = name ?? file.name;
      this.#say(`Uploading ${target}…`);
      try {
        const result = await this.#send("PUT", target, file);
        this.#say(`${name ? "Replaced" : "Added"} ${result.name}: ${result.characters.toLocaleString()} characters` +
          `${result.pages == null ? "" : `, ${result.pages} pages`}. Now serving index version ${result.index_version}.` +
          (result.pending ? ` Found by its words for now; ${result.pending.toLocaleString()} passages and sentences ` +
            "are being embedded for search by meaning." : ""));
        if (result.pending) this.#followEmbedding();
      } catch (error) {
        this.#say(`${target}: ${error.message}`);
        return;
      }
      await this.refresh();
      this.onChange();
    }
  }

  // A large upload is served by keywords first; say when the background embedding has caught up.
  async #followEmbedding() {
    if (this.#following) return;
    this.#following = true;
    try {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        const { pending, index_version: version } = await listDocuments();
        if (!pending) {
          this.#say(`Embedding finished: now serving index version ${version}.`);
          await this.refresh();
          this.onChange();
          return;
        }
      }
    } catch (error) {
      this.#say(error.message);
    } finally {
      this.#following = false;
    }
  }

  async #delete(name) {
    if (!confirm(`Delete ${name} from the index?`)) return;
    this.#say(`Deleting ${name}…`);
    try {
      const result = await this.#send("DELETE", name);
      this.#say(`Deleted ${result.name}. Now serving index version ${result.index_version}.`);
    } catch (error) {
      this.#say(`${name}: ${error.message}`);
      return;
    }
    this.#unchecked.delete(name);
    await this.refresh();
    this.onChange();
  }

  /** XMLHttpRequest rather than fetch: it reports upload progress. */
  #send(method, name, body = null) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, `/api/documents/${encodeURIComponent(name)}`);
      xhr.setRequestHeader("Authorization", `Bearer ${this.#token()}`);
      if (body) xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.responseType = "json";
      this.progress.hidden = !body;
      this.progress.value = 0;
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) this.progress.value = (100 * e.loaded) / e.total; };
      xhr.upload.onload = () => { this.progress.removeAttribute("value"); this.#say(`Indexing ${name}…`); };
      xhr.onload = () => {
        this.progress.hidden = true;
        if (xhr.status >= 200 && xhr.status < 300 && xhr.response) resolve(xhr.response);
        else reject(new Error(xhr.response?.error?.message || `The server answered with an error (${xhr.status}).`));
      };
      xhr.onerror = () => {
        this.progress.hidden = true;
        reject(new Error("Can't reach the docqa server."));
      };
      xhr.send(body);
    });
  }
}
