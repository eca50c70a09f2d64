// Editors racing to seed a document, for SeedTest: every client opens the document with the official provider on its
// own socket and, finding it empty, asks for the seed at the same moment, as <larteam-collab-editor> does. The one
// granted inserts the text as paragraphs (as TipTap's Collaboration extension stores them); the others wait for it.
// Usage: node seed-client.mjs '{"url":…,"doc":…,"tokens":[…],"expect":"…"}'; prints one JSON line.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

const spec = JSON.parse(process.argv[2]);
const guard = setTimeout(() => {
  process.stdout.write(JSON.stringify({ error: "timed out" }) + "\n", () => process.exit(2));
}, spec.guardMs ?? 60000); // generous: CI machines may be busy; a test that needs it tighter says so

const fragment = (p) => p.document.getXmlFragment("default");
const plain = (p) => fragment(p).toArray().map((n) => n.toArray().map((t) => t.toString()).join("")).join("\n");
const empty = (p) => fragment(p).length === 0;
const saved = (p) => p.synced && p.unsyncedChanges === 0;

function insertParagraphs(p, text) {
  const nodes = text.split("\n").map((line) => {
    const paragraph = new Y.XmlElement("paragraph");
    if (line) paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
  });
  fragment(p).insert(0, nodes);
}

const clients = spec.tokens.map((token) => {
  const websocketProvider = new HocuspocusProviderWebsocket({ url: spec.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name: spec.doc, token, document: new Y.Doc() });
  const client = { provider, socket: websocketProvider, answers: [] };
  provider.on("stateless", ({ payload }) => {
    const message = JSON.parse(payload);
    client.answers.push(message.type);
    if (message.type === "seed-granted") insertParagraphs(provider, message.text);
  });
  provider.attach();
  return client;
});

function until(predicate) {
  return new Promise((resolve) => {
    const check = () => { if (predicate()) resolve(); };
    for (const { provider } of clients) {
      for (const e of ["synced", "unsyncedChanges", "stateless"]) provider.on(e, check);
      provider.document.on("update", check);
    }
    check();
  });
}

const finish = (result, code) => process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(code));
try {
  await until(() => clients.every((c) => c.provider.synced));
  for (const c of clients.filter((client) => empty(client.provider))) {
    c.requested = true;
    c.provider.sendStateless(JSON.stringify({ type: "seed-request" }));
  }
  await until(() => clients.every((c) => (!c.requested || c.answers.length > 0) && saved(c.provider)
    && plain(c.provider) === plain(clients[0].provider)));
  // Readable copies, as the editor sends them; a fresh step 1 answered on the same socket means each was handled.
  for (const { client, content, version } of spec.snapshots ?? []) {
    const { provider } = clients[client];
    provider.sendStateless(JSON.stringify({ type: "snapshot", content, version }));
    provider.synced = false;
    provider.forceSync();
    await until(() => provider.synced);
  }
  clearTimeout(guard);
  const result = { texts: clients.map((c) => plain(c.provider)), answers: clients.map((c) => c.answers) };
  clients.forEach((c) => c.socket.destroy());
  finish(result, 0);
} catch (e) {
  finish({ error: String(e) }, 1);
}
