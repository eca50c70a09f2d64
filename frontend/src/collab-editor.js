// <larteam-collab-editor>: the co-editing rich-text editor (issue #8). TipTap 3 on a Yjs document that
// @hocuspocus/provider keeps in sync with the server's /collab websocket; y-indexeddb keeps pending edits in the
// browser so they survive a reload or a closed tab while offline. The Java component se.larteam.collab.ui.CollabEditor
// sets the attributes below; the element reports its save state with a "collab-state" event.
//
// Attributes: document-name, collab-path (context path + /collab), user-name, user-color, readonly, label,
// text-saved, text-saving, text-offline, text-toolbar, text-bold, text-italic, text-bullets, text-heading,
// restore-ticket (a version to restore through this editor, see restore.js; reported with a "collab-restored" event).
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { editorKit, FIELD, fromBase64, restoreInto } from "./restore.js";
const OFFLINE_AFTER_MS = 1500; // a short reconnect is not worth alarming anyone
const SNAPSHOT_EVERY_MS = 3000; // the rendered content goes to the server at most this often (readable copy)
const SEED_RETRY_MS = 11000; // just over the server's seed lock, in case the holder vanished

const STYLE = `
larteam-collab-editor { display: block; }
larteam-collab-editor .lce-label { display: block; font-weight: 600; margin-bottom: var(--lumo-space-xs, 0.25rem); }
larteam-collab-editor .lce-toolbar { display: flex; gap: var(--lumo-space-xs, 0.25rem); flex-wrap: wrap;
  margin-bottom: var(--lumo-space-xs, 0.25rem); }
larteam-collab-editor .lce-toolbar button { min-width: 2.25rem; min-height: 2.25rem; border-radius: 4px;
  border: 1px solid var(--lumo-contrast-30pct, #bbb); background: var(--lumo-base-color, #fff);
  color: var(--lumo-body-text-color, #222); font: inherit; cursor: pointer; }
larteam-collab-editor .lce-toolbar button[aria-pressed="true"] { background: var(--lumo-primary-color-10pct, #e6eefc);
  border-color: var(--lumo-primary-color, #1a66d9); }
larteam-collab-editor .lce-toolbar button:focus-visible { outline: 2px solid var(--lumo-primary-color, #1a66d9);
  outline-offset: 1px; }
larteam-collab-editor .lce-area .ProseMirror { min-height: 8rem; padding: var(--lumo-space-s, 0.5rem);
  border: 1px solid var(--lumo-contrast-30pct, #bbb); border-radius: 4px; background: var(--lumo-base-color, #fff);
  white-space: pre-wrap; }
larteam-collab-editor .lce-area .ProseMirror:focus { outline: 2px solid var(--lumo-primary-color, #1a66d9); }
larteam-collab-editor[readonly] .lce-area .ProseMirror { background: var(--lumo-contrast-5pct, #f5f5f5); }
larteam-collab-editor .lce-preview { padding: var(--lumo-space-s, 0.5rem); white-space: pre-wrap;
  border: 1px dashed var(--lumo-contrast-30pct, #bbb); border-radius: 4px; margin-bottom: var(--lumo-space-xs, 0.25rem); }
larteam-collab-editor .lce-state { display: block; margin-top: var(--lumo-space-xs, 0.25rem);
  font-size: var(--lumo-font-size-s, 0.875rem); color: var(--lumo-secondary-text-color, #555); }
larteam-collab-editor[data-state="offline"] .lce-state { color: var(--lumo-error-text-color, #b00020); }
larteam-collab-editor .collaboration-carets__caret { border-left: 1px solid; border-right: 1px solid;
  margin-left: -1px; margin-right: -1px; pointer-events: none; position: relative; word-break: normal; }
larteam-collab-editor .collaboration-carets__label { border-radius: 3px 3px 3px 0; color: #fff; font-size: 12px;
  font-weight: 600; left: -1px; line-height: normal; padding: 0.1rem 0.3rem; position: absolute; top: -1.4em;
  user-select: none; white-space: nowrap; }
`;

function installStyle() {
  if (document.getElementById("larteam-collab-editor-style")) return;
  const style = document.createElement("style");
  style.id = "larteam-collab-editor-style";
  style.textContent = STYLE;
  document.head.append(style);
}

let counter = 0;

/**
 * Plain text (paragraphs separated by blank lines or line breaks) as a TipTap document. A line starting with "## "
 * becomes a heading (a guided reflection template's prompts are seeded so).
 */
export function paragraphs(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trimEnd());
  const content = [];
  for (const line of lines) {
    if (line === "" && (content.length === 0 || content[content.length - 1].content === undefined)) continue;
    const heading = line.startsWith("## ") && line.length > 3;
    content.push(line === "" ? { type: "paragraph" }
      : heading ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: line.slice(3) }] }
        : { type: "paragraph", content: [{ type: "text", text: line }] });
  }
  while (content.length && content[content.length - 1].content === undefined) content.pop();
  return { type: "doc", content: content.length ? content : [{ type: "paragraph" }] };
}

/** Whether the shared document holds no text at all (a lone empty paragraph counts as empty). */
function isEmpty(doc) {
  const fragment = doc.getXmlFragment(FIELD);
  if (fragment.length > 1) return false;
  return fragment.toArray().every((node) => node instanceof Y.XmlElement && node.length === 0);
}

class LarteamCollabEditor extends HTMLElement {
  static get observedAttributes() {
    return ["readonly", "label", "text-saved", "text-saving", "text-offline", "user-name", "user-color",
      "restore-ticket"];
  }

  connectedCallback() {
    // Vaadin may move the element (disconnect + connect in one task): keep what is running.
    if (this.started) return;
    this.started = true;
    installStyle();
    this.build();
    this.start();
  }

  disconnectedCallback() {
    queueMicrotask(() => {
      if (!this.isConnected && this.started) this.stop();
    });
  }

  attributeChangedCallback(name) {
    if (!this.started || !this.editor) return;
    if (name === "readonly") this.applyReadOnly();
    else if (name === "label") this.applyLabel();
    else if (name === "user-name" || name === "user-color") this.editor.commands.updateUser(this.user());
    else if (name === "restore-ticket") this.maybeRestore();
    else this.render();
  }

  text(name, fallback) {
    return this.getAttribute(name) || fallback;
  }

  get readOnly() {
    return this.hasAttribute("readonly");
  }

  user() {
    return { name: this.text("user-name", "?"), color: this.text("user-color", "#1a66d9") };
  }

  build() {
    const id = `lce-${++counter}`;
    this.replaceChildren();
    this.labelElement = document.createElement("span");
    this.labelElement.className = "lce-label";
    this.labelElement.id = `${id}-label`;
    this.toolbar = document.createElement("div");
    this.toolbar.className = "lce-toolbar";
    this.toolbar.setAttribute("role", "toolbar");
    this.toolbar.setAttribute("aria-controls", `${id}-area`);
    this.area = document.createElement("div");
    this.area.className = "lce-area";
    this.area.id = `${id}-area`;
    this.stateElement = document.createElement("span");
    this.stateElement.className = "lce-state";
    this.stateElement.setAttribute("role", "status");
    this.stateElement.setAttribute("aria-live", "polite");
    this.buttons = [
      this.button("text-bold", "Fetstil", "B", (c) => c.toggleBold(), (e) => e.isActive("bold")),
      this.button("text-italic", "Kursiv", "I", (c) => c.toggleItalic(), (e) => e.isActive("italic")),
      this.button("text-bullets", "Punktlista", "•", (c) => c.toggleBulletList(), (e) => e.isActive("bulletList")),
      this.button("text-heading", "Rubrik", "H", (c) => c.toggleHeading({ level: 3 }),
        (e) => e.isActive("heading", { level: 3 })),
    ];
    this.buttons[0].element.style.fontWeight = "700";
    this.buttons[1].element.style.fontStyle = "italic";
    this.append(this.labelElement, this.toolbar, this.area, this.stateElement);
    this.labelId = this.labelElement.id;
  }

  button(textAttribute, fallback, symbol, command, active) {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = symbol;
    element.dataset.command = textAttribute.substring(5);
    element.setAttribute("aria-pressed", "false");
    element.addEventListener("click", () => {
      if (this.editor && this.editor.isEditable) command(this.editor.chain().focus()).run();
    });
    this.toolbar.append(element);
    return { element, textAttribute, fallback, active };
  }

  start() {
    const name = this.getAttribute("document-name");
    const path = this.getAttribute("collab-path") || "/collab";
    if (!name) return;
    this.ydoc = new Y.Doc();
    // Kept per person too, so one person's unsaved edits are never sent under another's name on a shared computer.
    this.local = new IndexeddbPersistence(`larteam-collab:${name}:${this.user().name}`, this.ydoc);
    const url = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}${path}`;
    this.status = "connecting";
    this.unsynced = 0;
    this.synced = false;
    // No token: the server takes the person from the browser's logged-in session (same origin only).
    this.provider = new HocuspocusProvider({
      url,
      name,
      document: this.ydoc,
      token: "",
      onStatus: ({ status }) => this.onStatus(status),
      onSynced: () => {
        this.synced = true;
        this.render();
        this.maybeSeed();
        this.maybeRestore();
      },
      onUnsyncedChanges: ({ number }) => {
        this.unsynced = number;
        this.render();
      },
      onAuthenticated: () => this.applyReadOnly(),
      onAuthenticationFailed: () => {
        this.denied = true;
        this.render();
      },
      onStateless: ({ payload }) => this.onStateless(payload),
    });
    this.editor = new Editor({
      element: this.area,
      editable: !this.readOnly,
      extensions: [
        editorKit(),
        Collaboration.configure({ document: this.ydoc, field: FIELD }),
        CollaborationCaret.configure({ provider: this.provider, user: this.user() }),
      ],
      editorProps: {
        attributes: {
          role: "textbox",
          "aria-multiline": "true",
          "aria-labelledby": this.labelId,
          id: this.area.id + "-text",
        },
      },
      onTransaction: () => this.renderButtons(),
    });
    // Only this person's own edits lead to a readable copy: otherwise every open editor would send one per change.
    this.ydoc.on("update", (update, origin) => {
      if (origin !== this.provider && origin !== this.local) this.scheduleSnapshot();
    });
    this.flushOnHide = () => this.sendSnapshot();
    window.addEventListener("pagehide", this.flushOnHide);
    // Back online: connect now instead of at the provider's next attempt, which backs off to 30 s while offline
    // (the pending edits and "Offline" would otherwise stay that long after the network is back).
    this.reconnectNow = () => this.provider?.connect();
    window.addEventListener("online", this.reconnectNow);
    this.applyLabel();
    this.applyReadOnly();
    this.render();
  }

  stop() {
    this.started = false;
    window.removeEventListener("pagehide", this.flushOnHide);
    window.removeEventListener("online", this.reconnectNow);
    this.sendSnapshot();
    clearTimeout(this.offlineTimer);
    clearTimeout(this.snapshotTimer);
    clearTimeout(this.seedTimer);
    this.editor?.destroy();
    this.provider?.destroy();
    this.local?.destroy();
    this.editor = this.provider = this.local = this.ydoc = undefined;
  }

  onStatus(status) {
    this.status = status;
    clearTimeout(this.offlineTimer);
    if (status !== "connected") {
      this.offlineTimer = setTimeout(() => this.render(), OFFLINE_AFTER_MS + 50);
    }
    this.render();
  }

  /** The provider's authorised scope wins over the attribute: the server knows best who may write. */
  applyReadOnly() {
    if (!this.editor) return;
    const readOnly = this.readOnly || this.provider?.authorizedScope === "readonly";
    this.editor.setEditable(!readOnly);
    for (const b of this.buttons) b.element.disabled = readOnly;
    this.toolbar.hidden = readOnly;
    this.editor.view.dom.setAttribute("aria-readonly", String(readOnly));
  }

  applyLabel() {
    this.labelElement.textContent = this.getAttribute("label") || "";
    this.toolbar.setAttribute("aria-label", this.text("text-toolbar", "Formatering"));
    for (const b of this.buttons) {
      const label = this.text(b.textAttribute, b.fallback);
      b.element.setAttribute("aria-label", label);
      b.element.title = label;
    }
  }

  renderButtons() {
    if (!this.editor) return;
    for (const b of this.buttons) b.element.setAttribute("aria-pressed", String(b.active(this.editor)));
  }

  state() {
    if (this.denied || this.offlineShown()) return "offline";
    if (this.status === "connected" && this.synced && this.unsynced === 0) return "saved";
    return "saving";
  }

  offlineShown() {
    if (this.status === "connected") {
      this.lostAt = undefined;
      return false;
    }
    if (this.lostAt === undefined) this.lostAt = Date.now();
    return Date.now() - this.lostAt >= OFFLINE_AFTER_MS;
  }

  render() {
    if (!this.stateElement) return;
    const state = this.state();
    const texts = {
      saved: this.text("text-saved", "Sparat"),
      saving: this.text("text-saving", "Sparar…"),
      offline: this.text("text-offline", "Offline – ändringar sparas när anslutningen är tillbaka"),
    };
    if (this.stateElement.textContent !== texts[state]) this.stateElement.textContent = texts[state];
    if (this.dataset.state !== state) {
      this.dataset.state = state;
      this.dispatchEvent(new CustomEvent("collab-state", { detail: { state } }));
    }
  }

  // ---- seeding: text from before co-editing is inserted once, by the one client the server grants a lock to

  maybeSeed() {
    clearTimeout(this.seedTimer);
    if (!this.editor || !isEmpty(this.ydoc)) return;
    this.provider.sendStateless(JSON.stringify({ type: "seed-request" }));
  }

  onStateless(payload) {
    let message;
    try {
      message = JSON.parse(payload);
    } catch {
      return;
    }
    if (message.type === "restore-granted" || message.type === "restore-refused") {
      this.restored(message);
    } else if (message.type === "seed-granted" && this.editor) {
      // Granted once ever: the text goes in even if someone typed meanwhile (before it), so it is never lost.
      const seed = paragraphs(message.text ?? "");
      if (isEmpty(this.ydoc)) this.editor.commands.setContent(seed);
      else this.editor.commands.insertContentAt(0, seed.content);
    } else if (message.type === "seed-preview") {
      this.showPreview(message.text ?? "");
    } else if (message.type === "seed-wait") {
      // Someone else holds the lock: their text arrives as an update; ask again only if it never does.
      this.seedTimer = setTimeout(() => this.maybeSeed(), SEED_RETRY_MS);
    }
  }

  /** A reader sees the old text, marked as such, until a writer has put it into the shared document. */
  showPreview(text) {
    if (!this.preview) {
      this.preview = document.createElement("div");
      this.preview.className = "lce-preview";
      this.area.before(this.preview);
      const hide = () => {
        if (!isEmpty(this.ydoc)) {
          this.preview.hidden = true;
          this.ydoc.off("update", hide);
        }
      };
      this.ydoc.on("update", hide);
    }
    this.preview.replaceChildren(...paragraphs(text).content.map((p) => {
      const element = document.createElement("p");
      element.textContent = p.content ? p.content[0].text : "";
      return element;
    }));
  }

  // ---- restoring a version: only the editor holding the server's ticket makes the edit, once, after it is in sync

  maybeRestore() {
    const ticket = this.getAttribute("restore-ticket");
    if (!ticket || !this.editor || !this.synced || this.restoreSent === ticket) return;
    this.restoreSent = ticket;
    this.provider.sendStateless(JSON.stringify({ type: "restore-request", ticket }));
  }

  restored(message) {
    if (message.ticket !== this.getAttribute("restore-ticket")) return;
    const ok = message.type === "restore-granted" && !!this.editor;
    if (ok) {
      restoreInto(this.ydoc, fromBase64(message.state), this.editor.schema, "restore");
      this.provider.sendStateless(JSON.stringify({ type: "restore-done", ticket: message.ticket }));
    }
    this.dispatchEvent(new CustomEvent("collab-restored", { detail: { ok } }));
  }

  // ---- readable snapshot: the rendered content, so exports and read-only pages show the co-edited notes

  scheduleSnapshot() {
    if (!this.editor?.isEditable || this.snapshotTimer) return;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      this.sendSnapshot();
    }, SNAPSHOT_EVERY_MS);
  }

  sendSnapshot() {
    if (!this.editor || !this.provider || !this.editor.isEditable || this.sentVersion === this.version()) return;
    this.sentVersion = this.version();
    this.provider.sendStateless(JSON.stringify({ type: "snapshot", content: this.editor.getJSON(),
      version: this.sentVersion }));
  }

  /** How much of the document this copy reflects: a copy that knows more edits has a higher number. */
  version() {
    if (!this.ydoc) return 0;
    let sum = 0;
    for (const clock of Y.decodeStateVector(Y.encodeStateVector(this.ydoc)).values()) sum += clock;
    return sum;
  }
}

if (!customElements.get("larteam-collab-editor")) {
  customElements.define("larteam-collab-editor", LarteamCollabEditor);
}
