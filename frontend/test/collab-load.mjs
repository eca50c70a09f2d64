// Load client of the co-editing benchmark: the official @hocuspocus/provider in Node, every editor with its own
// websocket, spread over worker threads. Usage: node collab-load.mjs '<json>' with json = {url, docs: [names],
// tokens: [one per doc or one for all], editorsPerDoc, rate (edits/s per editor), seconds, warmupSeconds,
// workers}. Each edit inserts a character into a Y.Text and, in the same transaction, writes the editor's send time
// into a Y.Map; every other editor of the document records now − send time when the change arrives (all workers
// share this process's clock). Prints {"phase":"measuring"} when the measured window starts and one JSON line with
// the percentiles at the end. With urls: [a, b, …] instead of url, a document's editors are spread over the nodes
// (editor i of a document on urls[i % n]) and the result also gives the latencies between editors on different nodes
// (cross*), and of awareness between nodes (awareness*: each edit also sets the editor's awareness field "at").
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";

const now = () => performance.timeOrigin + performance.now();

if (isMainThread) {
  const spec = JSON.parse(process.argv[2]);
  const urls = spec.urls ?? [spec.url];
  const workers = Math.max(1, spec.workers ?? 1);
  const editors = [];
  spec.docs.forEach((doc, d) => {
    for (let e = 0; e < spec.editorsPerDoc; e++) {
      editors.push({ doc, token: spec.tokens[d % spec.tokens.length], node: e % urls.length });
    }
  });
  const slices = Array.from({ length: workers }, () => []);
  editors.forEach((editor, i) => slices[i % workers].push({ ...editor, id: i }));
  let ready = 0;
  let done = 0;
  const latencies = [];
  const cross = [];
  const awareness = [];
  let sent = 0;
  let connectMs = 0;
  const messages = {};
  const started = now();
  const threads = slices.map((slice) => new Worker(new URL(import.meta.url), {
    workerData: { ...spec, editors: slice },
  }));
  const broadcast = (message) => threads.forEach((t) => t.postMessage(message));
  threads.forEach((t) => t.on("message", (m) => {
    if (m.ready) {
      ready++;
      if (ready === threads.length) {
        connectMs = now() - started;
        broadcast({ start: true });
        setTimeout(() => {
          process.stdout.write(JSON.stringify({ phase: "measuring", editors: editors.length }) + "\n");
          broadcast({ measure: true });
        }, (spec.warmupSeconds ?? 5) * 1000);
        setTimeout(() => broadcast({ stop: true }), ((spec.warmupSeconds ?? 5) + spec.seconds) * 1000);
      }
    } else if (m.result) {
      for (const l of m.result.latencies) latencies.push(l);
      for (const l of m.result.cross) cross.push(l);
      for (const l of m.result.awareness) awareness.push(l);
      sent += m.result.sent;
      for (const [k, v] of Object.entries(m.result.messages)) messages[k] = (messages[k] ?? 0) + v;
      if (++done === threads.length) {
        const percentile = (list) => {
          list.sort((a, b) => a - b);
          return (q) => list.length ? list[Math.min(list.length - 1, Math.floor(q * list.length))] : NaN;
        };
        const at = percentile(latencies);
        const receivers = spec.editorsPerDoc - 1;
        const result = {
          editors: editors.length, docs: spec.docs.length, sent, received: latencies.length,
          expected: sent * receivers, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1),
          connectMs: Math.round(connectMs), seconds: spec.seconds, messages,
        };
        if (urls.length > 1) {
          const c = percentile(cross);
          const a = percentile(awareness);
          Object.assign(result, {
            crossReceived: cross.length, crossP50: c(0.5), crossP95: c(0.95), crossP99: c(0.99), crossMax: c(1),
            awarenessReceived: awareness.length, awarenessP50: a(0.5), awarenessP95: a(0.95),
            awarenessP99: a(0.99), awarenessMax: a(1),
          });
        }
        process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(0));
      }
    } else if (m.error) {
      process.stdout.write(JSON.stringify({ error: m.error }) + "\n", () => process.exit(1));
    }
  }));
} else {
  const spec = workerData;
  const urls = spec.urls ?? [spec.url];
  const clients = spec.editors.map((editor) => {
    const websocketProvider = new HocuspocusProviderWebsocket({ url: urls[editor.node], WebSocketPolyfill: WebSocket });
    const document = new Y.Doc();
    const provider = new HocuspocusProvider({ websocketProvider, name: editor.doc, token: editor.token, document });
    provider.attach();
    return { editor, provider, document, text: document.getText("t"), marks: document.getMap("sent") };
  });
  let measuring = false;
  let running = true;
  const latencies = [];
  const cross = [];
  const awareness = [];
  let sent = 0;
  // What the editors receive while measuring, by message type (sync ones by step) and in bytes.
  const messages = {};
  for (const c of clients) {
    c.provider.on("message", ({ event }) => {
      if (!measuring) return;
      const decoder = decoding.createDecoder(new Uint8Array(event.data));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      const key = type === 0 ? `sync.${decoding.readVarUint(decoder)}` : `type.${type}`;
      messages[key] = (messages[key] ?? 0) + 1;
      messages.bytes = (messages.bytes ?? 0) + event.data.byteLength;
    });
  }
  for (const c of clients) {
    c.marks.observe((event) => {
      if (event.transaction.local) return;
      const t = now();
      for (const key of event.keysChanged) {
        const value = c.marks.get(key);
        if (value && value.measured) {
          latencies.push(t - value.at);
          if (value.node !== undefined && value.node !== c.editor.node) cross.push(t - value.at);
        }
      }
    });
    if (urls.length > 1) {
      const seen = new Map();
      c.provider.awareness.on("change", ({ added, updated }) => {
        const t = now();
        for (const client of [...added, ...updated]) {
          if (client === c.document.clientID) continue;
          const state = c.provider.awareness.getStates().get(client);
          const mark = state && state.at;
          if (!mark || !mark.measured || mark.node === c.editor.node || seen.get(client) === mark.at) continue;
          seen.set(client, mark.at);
          awareness.push(t - mark.at);
        }
      });
    }
  }
  const waitSynced = () => new Promise((resolve) => {
    const check = () => { if (clients.every((c) => c.provider.synced)) { clearInterval(timer); resolve(); } };
    const timer = setInterval(check, 50);
    check();
  });
  await waitSynced();
  parentPort.postMessage({ ready: true });
  parentPort.on("message", (m) => {
    if (m.start) {
      const interval = 1000 / spec.rate;
      for (const c of clients) {
        // A random phase per editor, so edits are spread evenly rather than in bursts.
        setTimeout(function edit() {
          if (!running) return;
          c.document.transact(() => {
            c.text.insert(c.text.length % 200, "x");
            c.marks.set(String(c.editor.id), { at: now(), measured: measuring, node: c.editor.node });
          });
          if (urls.length > 1) {
            c.provider.setAwarenessField("at", { at: now(), measured: measuring, node: c.editor.node });
          }
          if (measuring) sent++;
          setTimeout(edit, interval);
        }, Math.random() * interval);
      }
    } else if (m.measure) {
      measuring = true;
    } else if (m.stop) {
      measuring = false;
      running = false;
      // Let what is in flight arrive before reporting.
      setTimeout(() => {
        parentPort.postMessage({ result: { latencies, cross, awareness, sent, messages } });
        clients.forEach((c) => c.provider.configuration.websocketProvider.destroy());
      }, 2000);
    }
  });
}
