// Editors racing to seed a document, for SeedTest: every client opens the document with the official provider on its
// own socket and, finding it empty, asks for the seed at the same moment, as <larteam-collab-editor> does. The one
// granted inserts the text as paragraphs (as TipTap's Collaboration extension stores them); the others wait for it.
// Usage: node seed-client.mjs '{"url":…,"doc":…,"tokens":[…],"expect":"…"}'; prints one JSON line.
import * as Y from "yjs";
import { finish, fragment, guard, handled, openClients, plain, saved, until } from "./providers.mjs";

const spec = JSON.parse(process.argv[2]);
const timer = guard(spec);
const empty = (p) => fragment(p).length === 0;

function insertParagraphs(p, text) {
  const nodes = text.split("\n").map((line) => {
    const paragraph = new Y.XmlElement("paragraph");
    if (line) paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
  });
  fragment(p).insert(0, nodes);
}

const clients = openClients(spec, (client, message) => {
  if (message.type === "seed-granted") insertParagraphs(client.provider, message.text);
});

try {
  await until(clients, () => clients.every((c) => c.provider.synced));
  for (const c of clients.filter((client) => empty(client.provider))) {
    c.requested = true;
    c.provider.sendStateless(JSON.stringify({ type: "seed-request" }));
  }
  await until(clients, () => clients.every((c) => (!c.requested || c.answers.length > 0) && saved(c.provider)
    && plain(c.provider) === plain(clients[0].provider)));
  // Readable copies, as the editor sends them; a fresh step 1 answered on the same socket means each was handled.
  for (const { client, content, version } of spec.snapshots ?? []) {
    const { provider } = clients[client];
    provider.sendStateless(JSON.stringify({ type: "snapshot", content, version }));
    await handled(clients, provider);
  }
  clearTimeout(timer);
  const result = { texts: clients.map((c) => plain(c.provider)), answers: clients.map((c) => c.answers) };
  clients.forEach((c) => c.socket.destroy());
  finish(result, 0);
} catch (e) {
  finish({ error: String(e) }, 1);
}
