// Generates golden vectors for the Java port of the Yjs update format (se.larteam.collab.yjs).
//
// Seeded and deterministic: the same yjs version gives the same bytes, so the build can regenerate the file and
// compare it with the committed copy. Usage: node generate-yjs-vectors.mjs <output.json> [cases]
//
// Each case lets 5–7 Y.Docs edit editor-shaped content concurrently (an XmlFragment of paragraphs with formatted
// text, lists and quotes; a Y.Text; a Y.Map; a Y.Array), exchanges some updates and not others, and records what
// yjs's own update functions return for them.
import * as Y from 'yjs'
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createRequire } from 'node:module'

const output = process.argv[2] ?? 'golden-vectors.json'
const caseCount = Number(process.argv[3] ?? 230)
// log compactions: every edit of a session merged at once, 64 to ~250 updates
const compactionCount = Number(process.argv[4] ?? 12)

/** mulberry32: small, seeded, good enough to pick edits. */
const prng = seed => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const b64 = u8 => Buffer.from(u8).toString('base64')

const WORDS = ['Lärteam', 'möte', 'Åsa', 'ÄNG', 'öga', 'reflektion', 'kollegialt', 'lärande', '😀', '👩‍🏫', '🇸🇪',
  'a', 'b', ' ', '\n', 'x😀y', 'läsning', 'Ö', 'ä', 'å', '𝄞', 'text', 'e\u0301']
const MARKS = [{ bold: true }, { italic: true }, { bold: null }, { link: { href: 'https://example.se/å' } },
  { code: true }, { italic: null }, {}, { strike: true }]

const runCase = (caseIndex, seed, compaction = false) => {
  const rnd = prng(seed)
  const int = n => Math.floor(rnd() * n)
  const pick = arr => arr[int(arr.length)]
  const word = () => {
    let s = ''
    const n = 1 + int(3)
    for (let i = 0; i < n; i++) s += pick(WORDS)
    return s
  }
  const clientCount = 5 + int(3)
  const docs = []
  const logs = []
  // what a server would log: every local edit of every client, in the order they happened
  const serverLog = []
  for (let i = 0; i < clientCount; i++) {
    const doc = new Y.Doc({ gc: rnd() < 0.6 })
    // yjs draws client ids as random uint32; some small ones make varint lengths vary.
    doc.clientID = rnd() < 0.2 ? 1 + int(300) : (int(0x100000000) >>> 0)
    const log = []
    doc.on('update', (u, origin) => {
      log.push(u)
      if (origin !== 'remote') serverLog.push(u)
    })
    docs.push(doc)
    logs.push(log)
  }
  let subdocs = 0

  const textsIn = (node, acc) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) acc.push(child)
      else if (child instanceof Y.XmlElement) textsIn(child, acc)
    }
    return acc
  }
  const elementsIn = (node, acc) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        acc.push(child)
        elementsIn(child, acc)
      }
    }
    return acc
  }
  const paragraph = () => {
    const p = new Y.XmlElement('paragraph')
    const t = new Y.XmlText()
    t.insert(0, word(), rnd() < 0.5 ? pick(MARKS) : undefined)
    p.insert(0, [t])
    return p
  }
  const block = () => {
    const r = rnd()
    if (r < 0.6) return paragraph()
    if (r < 0.8) {
      const q = new Y.XmlElement('blockquote')
      q.insert(0, [paragraph()])
      return q
    }
    const list = new Y.XmlElement('bulletList')
    const item = new Y.XmlElement('listItem')
    item.insert(0, [paragraph()])
    list.insert(0, [item])
    return list
  }

  const editText = t => {
    const len = t.length
    const r = rnd()
    if (r < 0.45 || len === 0) {
      t.insert(int(len + 1), word(), rnd() < 0.4 ? pick(MARKS) : undefined)
    } else if (r < 0.65) {
      const at = int(len)
      t.format(at, 1 + int(Math.min(len - at, 6)), pick(MARKS))
    } else if (r < 0.9) {
      const at = int(len)
      t.delete(at, 1 + int(Math.min(len - at, 5)))
    } else {
      t.insertEmbed(int(len + 1), { image: 'bild-' + int(9) + '.png' })
    }
  }

  const edit = doc => {
    const frag = doc.getXmlFragment('prosemirror')
    const r = rnd()
    if (r < 0.5) {
      const texts = textsIn(frag, [])
      if (texts.length === 0 || rnd() < 0.25) {
        frag.insert(int(frag.length + 1), [block()])
      } else if (rnd() < 0.12) {
        const els = elementsIn(frag, [])
        const el = pick(els)
        if (rnd() < 0.5) el.setAttribute('textAlign', pick(['left', 'center', 'right']))
        else if (el.parent && el.parent.length > 0) el.parent.delete(0, 1)
      } else {
        editText(pick(texts))
      }
    } else if (r < 0.68) {
      editText(doc.getText('text'))
    } else if (r < 0.84) {
      const map = doc.getMap('map')
      const key = pick(['titel', 'ägare', 'n', 'flag', 'bin', 'list', 'sub', 'nested', 'doc'])
      const k = rnd()
      if (k < 0.1) map.delete(key)
      else if (key === 'n') map.set(key, pick([0, 1, -1, 63, 64, -64, 8191, 2 ** 31 - 1, -(2 ** 31), 2 ** 40, 1.5, -0.25, 1e300, 3.4e38, 2 ** -30]))
      else if (key === 'flag') map.set(key, pick([true, false, null, undefined]))
      else if (key === 'bin') map.set(key, new Uint8Array([int(256), int(256), 0, 255]))
      else if (key === 'list') map.set(key, [word(), int(1000), { å: word(), n: [1, 2, null] }])
      else if (key === 'sub') {
        const m = new Y.Map()
        m.set('v', word())
        map.set(key, m)
      } else if (key === 'nested') {
        const existing = map.get('nested')
        if (existing instanceof Y.Array) existing.insert(0, [word()])
        else map.set(key, Y.Array.from([word(), 1]))
      } else if (key === 'doc') {
        map.set(key, new Y.Doc({ guid: `sub-${caseIndex}-${subdocs++}`, autoLoad: rnd() < 0.5, meta: rnd() < 0.5 ? { k: 'v' } : undefined }))
      } else map.set(key, word())
    } else if (r < 0.97) {
      const arr = doc.getArray('array')
      const len = arr.length
      const k = rnd()
      if (k < 0.55 || len === 0) {
        const items = []
        for (let i = 1 + int(4); i > 0; i--) items.push(pick([word(), int(100000), -int(100), 0.5, true, null, { a: word() }, [1, 'två']]))
        arr.insert(int(len + 1), items)
      } else if (k < 0.65) {
        arr.insert(int(len + 1), [new Y.Text(word())])
      } else {
        const at = int(len)
        arr.delete(at, 1 + int(Math.min(len - at, 4)))
      }
    } else {
      // ContentJSON is what old yjs versions wrote for arrays; current ones still read it, so we write it by hand.
      Y.transact(doc, tr => {
        const arr = doc.getArray('legacy')
        const right = arr._start
        const item = new Y.Item(Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID)), null, null, right,
          right && right.id, arr, null, new Y.ContentJSON([word(), int(50), { ö: [true, null] }]))
        item.integrate(tr, 0)
      })
    }
  }

  const steps = compaction ? 64 + int(200) : 12 + int(40)
  for (let s = 0; s < steps; s++) {
    const doc = pick(docs)
    // several edits in one transaction now and then, so updates carry more than one struct
    if (rnd() < 0.2) doc.transact(() => { for (let i = 1 + int(3); i > 0; i--) edit(doc) })
    else edit(doc)
    if (rnd() < 0.3) {
      // exchange: one doc catches up with another, fully or by a few of its logged updates
      const a = int(docs.length)
      const b = int(docs.length)
      if (a !== b) {
        if (rnd() < 0.5) Y.applyUpdate(docs[b], Y.encodeStateAsUpdate(docs[a], Y.encodeStateVector(docs[b])), 'remote')
        else {
          const log = logs[a]
          for (let i = 0; i < 1 + int(3) && log.length > 0; i++) Y.applyUpdate(docs[b], pick(log), 'remote')
        }
      }
    }
  }

  // The updates a server could see: single edits (some missing their predecessors, in any order), whole states
  // (with GC structs from gc-enabled docs) and diffs of a state against another doc's.
  const updates = compaction ? serverLog.slice() : []
  // a compaction also meets whole states (sync step 2 of gc-enabled clients, with GC structs)
  for (let i = compaction ? 1 + int(3) : 0; i > 0; i--) {
    updates.splice(int(updates.length + 1), 0, Y.encodeStateAsUpdate(pick(docs)))
  }
  const want = compaction ? 0 : rnd() < 0.1 ? 1 : 2 + int(14)
  for (let i = 0; i < want; i++) {
    const r = rnd()
    const d = int(docs.length)
    if (r < 0.6 && logs[d].length > 0) updates.push(pick(logs[d]))
    else if (r < 0.8) updates.push(Y.encodeStateAsUpdate(docs[d]))
    else updates.push(Y.encodeStateAsUpdate(docs[d], Y.encodeStateVector(docs[int(docs.length)])))
  }
  const merged = Y.mergeUpdates(updates)
  const stateVector = Y.encodeStateVectorFromUpdate(merged)

  const svs = [new Uint8Array([0])]
  for (let i = 0; i < 2; i++) svs.push(Y.encodeStateVector(docs[int(docs.length)]))
  svs.push(Y.encodeStateVectorFromUpdate(pick(updates)))
  // clocks in the middle of items: diffs then cut items, strings between surrogate halves too
  const full = Y.decodeStateVector(stateVector)
  for (let i = 0; i < 2; i++) {
    const cut = new Map()
    for (const [client, clock] of full) if (rnd() < 0.8) cut.set(client, int(clock + 2))
    svs.push(Y.encodeStateVector(cut))
  }
  const diffs = svs.map(sv => ({ sv: b64(sv), result: b64(Y.diffUpdate(merged, sv)) }))
  // diffs of single updates as well, and merges of overlapping pieces (merge must cut structs then)
  const updateDiffs = []
  for (let i = 0; i < 2; i++) {
    const u = int(updates.length)
    const sv = pick(svs)
    updateDiffs.push({ update: u, sv: b64(sv), result: b64(Y.diffUpdate(updates[u], sv)) })
  }
  const overlapping = []
  for (let i = 0; i < 2; i++) {
    const inputs = []
    for (let j = 1 + int(4); j > 0; j--) {
      const r = rnd()
      if (r < 0.4) inputs.push(Y.diffUpdate(merged, pick(svs)))
      else if (r < 0.7) inputs.push(pick(updates))
      else inputs.push(Y.encodeStateAsUpdate(pick(docs), pick(svs)))
    }
    const result = Y.mergeUpdates(inputs)
    overlapping.push({ inputs: inputs.map(b64), result: b64(result), stateVector: b64(Y.encodeStateVectorFromUpdate(result)) })
  }
  return {
    name: `${compaction ? 'compaction' : 'case'}-${caseIndex}`,
    seed,
    clients: clientCount,
    updates: updates.map(b64),
    updateStateVectors: updates.map(u => b64(Y.encodeStateVectorFromUpdate(u))),
    merged: b64(merged),
    stateVector: b64(stateVector),
    decodedStateVector: [...full].map(([client, clock]) => [client, clock]),
    diffs,
    updateDiffs,
    overlapping
  }
}

const require = createRequire(import.meta.url)
const yjsVersion = JSON.parse(readFileSync(require.resolve('yjs/package.json'), 'utf8')).version
const cases = []
for (let i = 0; i < caseCount; i++) cases.push(runCase(i, 0x5EED0000 + i * 7919))
for (let i = 0; i < compactionCount; i++) cases.push(runCase(caseCount + i, 0xC0DE0000 + i * 104729, true))
mkdirSync(dirname(output), { recursive: true })
// one case per line: small, and diffs stay readable
writeFileSync(output, `{"yjs":${JSON.stringify(yjsVersion)},"cases":[\n${cases.map(c => JSON.stringify(c)).join(',\n')}\n]}\n`)
