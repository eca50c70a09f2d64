// A co-editing client for the Java protocol tests: the official @hocuspocus/provider in Node, with `ws` as its
// WebSocket. Usage: node collab-client.mjs '<json>' where json = {url, scenario, ...}; prints one JSON line with what
// it saw. Waits are on events (synced, saved, authenticated); the overall guard only turns a hang into a failure.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

const spec = JSON.parse(process.argv[2]);
let diagnose = () => "";
const guard = setTimeout(() => {
  process.stdout.write(JSON.stringify({ error: "timed out " + diagnose() }) + "\n", () => process.exit(2));
}, spec.guardMs ?? 60000); // generous: CI machines may be busy; a test that needs it tighter says so

const sockets = [];
function socket(url = spec.url) {
  const s = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
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
      // Also wait for the acknowledgement of the opening sync: arriving after the edit below it would count as
      // the edit's and make a refused edit look acknowledged.
      await until([p], () => p.isAuthenticated && p.synced && p.unsyncedChanges === 0);
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
    case "awarenessAcross": {
      // A on the first node sets a caret; B on the second node must see it, then see it go when A disconnects.
      const a = open(spec.doc, spec.tokens[0], socket(spec.urls[0]));
      const b = open(spec.doc, spec.tokens[1], socket(spec.urls[1]));
      await until([a, b], () => a.synced && b.synced);
      const id = a.document.clientID;
      const caret = { name: "Ada på nod A", color: "#30bced", anchor: 3 };
      const onB = (check) => new Promise((resolve) => {
        const test = () => { if (check(b.awareness.getStates().get(id))) resolve(); };
        b.awareness.on("change", test);
        test();
      });
      const started = Date.now();
      a.setAwarenessField("user", caret);
      await onB((state) => state?.user?.name === caret.name);
      const seenMs = Date.now() - started;
      const seen = b.awareness.getStates().get(id).user;
      const removedAt = Date.now();
      sockets[0].destroy();
      await onB((state) => state === undefined);
      return { seen, seenMs, removedMs: Date.now() - removedAt };
    }
    case "watchAccess": {
      // Opens the document, says "ready" and reports the first change of access the server announces; a client
      // made read-only then tries to write anyway (the edit must not be acknowledged).
      const p = open(spec.doc, spec.token);
      await until([p], () => p.synced && p.unsyncedChanges === 0); // see "readonly"
      const events = [];
      p.on("authenticationFailed", ({ reason }) => events.push({ reason }));
      p.on("authenticated", ({ scope }) => events.push({ scope }));
      process.stdout.write(JSON.stringify({ ready: true }) + "\n");
      await until([p], () => events.length > 0);
      if (p.authorizedScope === "readonly" && p.isAuthenticated) {
        append(p, spec.text);
        p.synced = false;
        p.forceSync();
        await until([p], () => p.synced);
      }
      return { events, scope: p.authorizedScope, authenticated: p.isAuthenticated, unsynced: p.unsyncedChanges,
        text: text(p) };
    }
    case "idle": {
      // Connected and synced, then idle for spec.idleMs: every connection event of the socket is counted; an edit
      // afterwards must still be saved over the same connection.
      const ws = socket();
      const p = open(spec.doc, spec.token, ws);
      await until([p], () => p.synced);
      const counts = { connect: 0, disconnect: 0, close: 0, status: 0, open: 0 };
      for (const e of Object.keys(counts)) ws.on(e, () => { counts[e]++; });
      await new Promise((resolve) => setTimeout(resolve, spec.idleMs));
      append(p, "Efter pausen.");
      await until([p], () => saved(p));
      return { counts, status: ws.status, text: text(p) };
    }
    case "random": {
      // spec.tokens.length clients spread over spec.urls make spec.ops seeded random edits (insert a unique token,
      // delete whole tokens, bold/unbold a range) on one Y.Text, with random disconnects of their own; at fixed
      // points the test is asked to close the server side of a node or restart it ({phase} lines; it answers
      // "done" once a restart is over). At the end every client must hold the same content.
      let seed = spec.seed >>> 0;
      const random = () => {
        seed = (seed + 0x6d2b79f5) >>> 0;
        let t = seed;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = (n) => Math.floor(random() * n);
      const fast = { delay: 100, minDelay: 100, maxDelay: 1000, factor: 1.5 };
      const clients = spec.tokens.map((token, i) => {
        const ws = new HocuspocusProviderWebsocket({ url: spec.urls[i % spec.urls.length], WebSocketPolyfill: WebSocket, ...fast });
        sockets.push(ws);
        return { ws, p: open(spec.doc, token, ws), online: true };
      });
      const all = clients.map((c) => c.p);
      diagnose = () => JSON.stringify(clients.map((c) => ({ status: c.ws.status, online: c.online,
        synced: c.p.synced, unsynced: c.p.unsyncedChanges, authenticated: c.p.isAuthenticated,
        length: c.p.document.getText("t").length })));
      await until(all, () => all.every((p) => p.synced));
      process.stdout.write(JSON.stringify({ ready: true }) + "\n");
      const phases = new Map([[Math.floor(spec.ops * 0.2), { phase: "close", node: 0 }],
        [Math.floor(spec.ops * 0.35), { phase: "restart", node: 1 }],
        [Math.floor(spec.ops * 0.7), { phase: "close", node: 1 }]]);
      let restartDone = Promise.resolve();
      // The test answers each phase line with one line, in order; a restart's answer may come after later phases.
      const lines = [];
      const waiters = [];
      const serve = () => { while (lines.length && waiters.length) waiters.shift()(lines.shift()); };
      process.stdin.on("data", (d) => {
        lines.push(...d.toString().split("\n").filter(Boolean));
        serve();
      });
      const nextLine = () => new Promise((resolve) => { waiters.push(resolve); serve(); });
      const inserted = [];
      const counts = { insert: 0, delete: 0, format: 0, disconnect: 0 };
      for (let op = 0; op < spec.ops; op++) {
        const phase = phases.get(op);
        if (phase) {
          process.stdout.write(JSON.stringify(phase) + "\n");
          const answered = nextLine();
          if (phase.phase === "restart") restartDone = answered; else await answered;
        }
        const c = clients[pick(clients.length)];
        const t = c.p.document.getText("t");
        const r = random();
        if (r < 0.5 || t.length < 20) {
          const token = `[${clients.indexOf(c)}-${op}]`;
          inserted.push(token);
          const words = [...t.toString().matchAll(/\[\d+-\d+\]/g)];
          const at = words.length ? (random() < 0.5 ? words[pick(words.length)].index : t.length) : 0;
          t.insert(at, token, random() < 0.2 ? { bold: true } : {});
          counts.insert++;
        } else if (r < 0.75) {
          const words = [...t.toString().matchAll(/\[\d+-\d+\]/g)];
          if (words.length) {
            const w = words[pick(words.length)];
            const n = random() < 0.3 && words.indexOf(w) + 1 < words.length ? 2 : 1;
            const last = words[words.indexOf(w) + n - 1];
            t.delete(w.index, last.index + last[0].length - w.index);
            counts.delete++;
          }
        } else if (r < 0.95) {
          const at = pick(t.length);
          t.format(at, Math.min(1 + pick(12), t.length - at), { bold: random() < 0.5 ? true : null });
          counts.format++;
        } else if (c.online) {
          c.ws.disconnect();
          c.online = false;
          counts.disconnect++;
          // connect() does nothing until the old socket has reported its close, so wait for that first.
          const back = 50 + pick(500);
          const reconnect = () => setTimeout(() => { c.online = true; c.ws.connect(); }, back);
          if (c.ws.status === "disconnected") reconnect();
          else {
            const once = () => { c.ws.off("disconnect", once); reconnect(); };
            c.ws.on("disconnect", once);
          }
        }
        if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, pick(15)));
      }
      await restartDone;
      // Whoever is still (or again) offline is brought back, however its last disconnect went.
      const keeper = setInterval(() => clients.forEach((c) => {
        if (c.online && c.ws.status === "disconnected") c.ws.connect();
      }), 500);
      const same = () => all.every((p) => JSON.stringify(p.document.getText("t").toDelta())
        === JSON.stringify(all[0].document.getText("t").toDelta()));
      await until(all, () => all.every((p) => p.synced && saved(p)) && same());
      clearInterval(keeper);
      const deltas = all.map((p) => JSON.stringify(p.document.getText("t").toDelta()));
      const final = text(all[0]);
      const duplicated = inserted.filter((token) => final.split(token).length > 2);
      return { deltas, text: final, ops: spec.ops, counts, inserted: inserted.length, duplicated };
    }
    case "replay": {
      // Applies stored updates (base64) to a fresh document, as yjs itself would.
      const doc = new Y.Doc();
      for (const u of spec.updates) Y.applyUpdate(doc, Buffer.from(u, "base64"));
      // "xml": the rich-text editor's fragment (TipTap's default field), for tests of the browser editor.
      return { delta: JSON.stringify(doc.getText("t").toDelta()), text: doc.getText("t").toString(),
        xml: doc.getXmlFragment("default").toString() };
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
