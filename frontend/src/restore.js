// Restoring a version of a co-edited document (issue #8): the server never overwrites a document; one editor, the
// restoring person's own, turns the shared document into the old content as one ordinary Yjs edit that every client
// receives. The change is computed against the live document (y-tiptap's updateYFragment, the same diff the editor
// binding uses), so paragraphs that did not change stay as they are and nothing is duplicated. Used by the browser
// editor and by the Node tests alike.
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";

export const FIELD = "default"; // the Y.XmlFragment TipTap's Collaboration extension uses by default

/** The editor's content extensions: its schema is what a version is read with. */
export function editorKit() {
  return StarterKit.configure({ undoRedo: false, heading: { levels: [2, 3] } });
}

/** The version's Yjs state (one merged update, base64 as the server sends it) as bytes. */
export function fromBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Makes the live document's content that of the old state, as one transaction with this origin. */
export function restoreInto(ydoc, oldState, schema, origin) {
  const old = new Y.Doc();
  try {
    Y.applyUpdate(old, oldState);
    const content = yXmlFragmentToProseMirrorRootNode(old.getXmlFragment(FIELD), schema);
    ydoc.transact(() => prosemirrorToYXmlFragment(content, ydoc.getXmlFragment(FIELD)), origin);
  } finally {
    old.destroy();
  }
}
