// Versions and restoring them, for RestoreTest, with the official provider in Node and the same restore code as
// <larteam-collab-editor> (src/restore.js). Modes:
//   "write":   one client makes the document's text spec.text (one paragraph a line) and sends its readable copy,
//              as the editor does, so the server can take a version of it.
//   "restore": every client opens the document; the last, holding spec.ticket, asks to restore, applies the granted
//              version as an ordinary edit and says restore-done; the run ends when all clients hold the same saved text.
//   otherwise: the clients open the document and print what they see.
// Usage: node restore-client.mjs '{"url":…,"doc":…,"tokens":[…],"mode":…,"text"?:…,"ticket"?:…}'; prints one JSON line.
import { getSchema } from "@tiptap/core";
import { prosemirrorToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { editorKit, fromBase64, restoreInto } from "../src/restore.js";
import { finish, fragment, guard, handled, openClients, plain, saved, until } from "./providers.mjs";

const spec = JSON.parse(process.argv[2]);
const timer = guard(spec);
const schema = getSchema([editorKit()]);
const version = (doc) => [...Y.decodeStateVector(Y.encodeStateVector(doc)).values()].reduce((a, b) => a + b, 0);

const clients = openClients(spec, (client, message) => {
  if (message.type === "restore-granted" && client.index === spec.tokens.length - 1) {
    restoreInto(client.provider.document, fromBase64(message.state), schema, "restore");
    client.provider.sendStateless(JSON.stringify({ type: "restore-done", ticket: message.ticket }));
    client.done = true;
  } else if (message.type === "restore-refused") {
    client.done = true;
  }
});

try {
  await until(clients, () => clients.every((c) => c.provider.synced));
  if (spec.mode === "write") {
    const { provider } = clients[0];
    const content = schema.nodeFromJSON({ type: "doc", content: spec.text.split("\n").map((line) =>
      line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" }) });
    provider.document.transact(() => prosemirrorToYXmlFragment(content, fragment(provider)), "test");
    await until(clients, () => saved(provider));
    provider.sendStateless(JSON.stringify({ type: "snapshot", content: yXmlFragmentToProsemirrorJSON(fragment(provider)),
      version: version(provider.document) }));
    await handled(clients, provider);
  } else if (spec.ticket) {
    const restorer = clients[clients.length - 1];
    restorer.provider.sendStateless(JSON.stringify({ type: "restore-request", ticket: spec.ticket }));
    await until(clients, () => restorer.done && clients.every((c) => saved(c.provider)
      && plain(c.provider) === plain(restorer.provider)));
    await handled(clients, restorer.provider);
  }
  clearTimeout(timer);
  const result = { texts: clients.map((c) => plain(c.provider)), answers: clients.map((c) => c.answers) };
  clients.forEach((c) => c.socket.destroy());
  finish(result, 0);
} catch (e) {
  finish({ error: String(e) }, 1);
}
