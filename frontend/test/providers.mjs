// Shared by the Node test scripts that drive several official providers against /collab (seed-client.mjs,
// restore-client.mjs): one socket per client, the guard that ends a hang, waiting on protocol events, and the one
// JSON line a script prints.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

/** Ends the script with an error line if it has not finished in time (generous: CI machines may be busy). */
export function guard(spec) {
  return setTimeout(() => {
    process.stdout.write(JSON.stringify({ error: "timed out" }) + "\n", () => process.exit(2));
  }, spec.guardMs ?? 60000);
}

export const fragment = (p) => p.document.getXmlFragment("default");
export const plain = (p) => fragment(p).toArray().map((n) => n.toArray().map((t) => t.toString()).join("")).join("\n");
export const saved = (p) => p.synced && p.unsyncedChanges === 0;

/** A client per token, each on its own socket; {@code onStateless(client, message)} hears the server's answers. */
export function openClients(spec, onStateless) {
  return spec.tokens.map((token, index) => {
    const websocketProvider = new HocuspocusProviderWebsocket({ url: spec.url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider, name: spec.doc, token, document: new Y.Doc() });
    const client = { provider, socket: websocketProvider, answers: [], index };
    provider.on("stateless", ({ payload }) => {
      const message = JSON.parse(payload);
      client.answers.push(message.type);
      onStateless(client, message);
    });
    provider.attach();
    return client;
  });
}

/** Resolves once the predicate holds, checked on every protocol event and document update of the clients. */
export function until(clients, predicate) {
  return new Promise((resolve) => {
    const check = () => { if (predicate()) resolve(); };
    for (const { provider } of clients) {
      for (const e of ["synced", "unsyncedChanges", "stateless"]) provider.on(e, check);
      provider.document.on("update", check);
    }
    check();
  });
}

/** A fresh step 1 answered on the same socket: whatever the client sent before it has been handled. */
export async function handled(clients, provider) {
  provider.synced = false;
  provider.forceSync();
  await until(clients, () => provider.synced);
}

export const finish = (result, code) => process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(code));
