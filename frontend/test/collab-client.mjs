// A co-editing client for the Java protocol tests: the official @hocuspocus/provider in Node, with `ws` as its
// WebSocket. Usage: node collab-client.mjs '<json>' where json = {url, scenario, ...}; prints one JSON line with what
// it saw. Waits are on events (synced, saved, authenticated); the overall guard only turns a hang into a failure.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

const spec = JSON.parse(process.argv[2]);
const guard = setTimeout(() => {
  process.stdout.write(JSON.stringify({ error: "timed out" }) + "\n", () => process.exit(2));
}, spec.guardMs ?? 20000);

const sockets = [];
function socket() {
  const s = new HocuspocusProviderWebsocket({ url: spec.url, WebSocketPolyfill: WebSocket });
  sockets.push(s);
  return s;
}

function open(name, token, websocketProvider = socket()) {
  const document = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider, name, token, document });
  provider.attach();
  return provider;
}

const text = (p) => p.document.getText("t").toString();

/** Resolves when the predicate holds, re-checked on every provider event that can change it. */
function until(providers, predicate) {
  return new Promise((resolve) => {
    const check = () => { if (predicate()) resolve(); };
    for (const p of providers) {
      for (const e of ["synced", "unsyncedChanges", "authenticated", "authenticationFailed"]) p.on(e, check);
      p.document.on("update", check);
    }
    check();
  });
}

const saved = (p) => p.synced && p.unsyncedChanges === 0;

function append(p, value) {
  const t = p.document.getText("t");
  t.insert(t.length, value);
}

async function run() {
  switch (spec.scenario) {
    case "converge": {
      const a = open(spec.doc, spec.tokens[0]);
      const b = open(spec.doc, spec.tokens[1]);
      await until([a, b], () => a.synced && b.synced);
      append(a, "Hej från A. ");
      append(b, "Hej från B. ");
      await until([a, b], () => saved(a) && saved(b) && text(a) === text(b)
        && text(a).includes("Hej från A. ") && text(a).includes("Hej från B. "));
      return { a: text(a), b: text(b) };
    }
    case "denied": {
      const p = open(spec.doc, spec.token);
      const reason = await new Promise((resolve) => p.on("authenticationFailed", ({ reason }) => resolve(reason)));
      return { reason, text: text(p), authenticated: p.isAuthenticated };
    }
    case "readonly": {
      const p = open(spec.doc, spec.token);
      await until([p], () => p.isAuthenticated && p.synced);
      const before = text(p);
      append(p, spec.text);
      // One socket delivers in order: once the answer to this fresh step 1 is back, the edit was handled.
      p.synced = false;
      p.forceSync();
      await until([p], () => p.synced);
      return { scope: p.authorizedScope, before, local: text(p), unsynced: p.unsyncedChanges };
    }
    case "write": {
      const p = open(spec.doc, spec.token);
      await until([p], () => p.synced);
      for (let i = 0; i < (spec.times ?? 1); i++) append(p, spec.text.repeat(spec.repeat ?? 1));
      await until([p], () => saved(p));
      return { text: text(p), scope: p.authorizedScope };
    }
    case "reconnect": {
      // Writes, says "ready", and after the test has closed the server side (a line on stdin) waits for the
      // provider's own reconnect and resync; then a fresh client reads the document.
      const p = open(spec.doc, spec.token);
      await until([p], () => p.synced);
      append(p, spec.text);
      await until([p], () => saved(p));
      let closed = false;
      p.on("close", () => { closed = true; });
      process.stdout.write(JSON.stringify({ ready: true }) + "\n");
      await new Promise((resolve) => process.stdin.once("data", resolve));
      await until([p], () => closed && saved(p));
      const q = open(spec.doc, spec.token);
      await until([q], () => q.synced);
      return { text: text(p), fresh: text(q), closed };
    }
    case "read": {
      const p = open(spec.doc, spec.token);
      await until([p], () => p.synced);
      return { text: text(p) };
    }
    case "twoDocs": {
      const shared = socket();
      const x = open(spec.docs[0], spec.token, shared);
      const y = open(spec.docs[1], spec.token, shared);
      await until([x, y], () => x.synced && y.synced);
      append(x, "Text i X");
      append(y, "Text i Y");
      await until([x, y], () => saved(x) && saved(y));
      const checkX = open(spec.docs[0], spec.token);
      const checkY = open(spec.docs[1], spec.token);
      await until([checkX, checkY], () => checkX.synced && checkY.synced);
      return { x: text(x), y: text(y), readX: text(checkX), readY: text(checkY), sockets: 3 };
    }
    default:
      throw new Error("unknown scenario " + spec.scenario);
  }
}

// Exit only once the line is out: a pipe to the parent is written asynchronously.
const finish = (result, code) => process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(code));
try {
  const result = await run();
  clearTimeout(guard);
  sockets.forEach((s) => s.destroy());
  finish(result, 0);
} catch (e) {
  finish({ error: String(e) }, 1);
}
