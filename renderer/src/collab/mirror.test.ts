import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { findEmbeddedSources } from '../core/sources/embedded'
import { openBrief, saveBrief } from '../db/briefs'
import { checkId, saveCheckResults, setVerdict, type CheckResult } from '../db/checks'
import { RedaktorDatabase } from '../db/database'
import type { Quote } from '../db/types'
import { createEntity } from '../db/entities'
import { applyQuoteChanges, confirmQuotes, deleteQuote, rejectQuote, rejectSuggestion, setQuoteNote, setQuoteSpeaker } from '../db/quotes'
import { embeddedSourceId, syncEmbeddedSources } from '../db/sources'
import { mirrorArticle, type Mirror, type Snapshot, type Watch } from './mirror'

const ARTICLE = '5b0c6a8e-2f7d-4c36-9a51-1d2e3f4a5b6c'
const STATEMENT = 'Deklarata e Shtëpisë së Bardhë:\nSot, presidentët folën për paqen.'
const TEXT = `Artikulli thotë diçka.\n${STATEMENT}`

interface Client {
  db: RedaktorDatabase
  doc: Y.Doc
  mirror: Mirror
  /** The client's clock, in ms; tests move it. */
  time: { now: number }
}

let names = 0
const started: Client[] = []
afterEach(async () => {
  for (const client of started.splice(0)) {
    client.mirror.stop()
    client.db.close()
  }
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

/** A client with the article in its database, its own doc and mirror; `prepare` runs before the mirror starts. */
async function client(user: string, prepare?: (db: RedaktorDatabase, doc: Y.Doc) => Promise<void>, watch?: Watch): Promise<Client> {
  const db = new RedaktorDatabase(`redaktor-mirror-${user}-${++names}`)
  await db.articles.add({ id: ARTICLE, title: 'Artikulli', language: 'sq', editorState: null, plainText: TEXT, createdAt: 1, updatedAt: 1 })
  const doc = new Y.Doc()
  await prepare?.(db, doc)
  const time = { now: 1_000 }
  const one: Client = { db, doc, time, mirror: mirrorArticle(doc, db, ARTICLE, { name: user }, () => time.now, watch) }
  started.push(one)
  return one
}

/** Two docs that exchange their updates, as a server would; returns how to cut the line. */
function connect(a: Client, b: Client): () => void {
  const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote')
  sync(a.doc, b.doc)
  sync(b.doc, a.doc)
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(to, update, 'remote')
  const toB = forward(b.doc)
  const toA = forward(a.doc)
  a.doc.on('update', toB)
  b.doc.on('update', toA)
  return () => {
    a.doc.off('update', toB)
    b.doc.off('update', toA)
  }
}

/** Until both sides have written what the other sent (a change can bounce once: a confirmation, a verdict). */
async function settle(...clients: Client[]): Promise<void> {
  for (let round = 0; round < 3; round++) for (const one of clients) await one.mirror.settled()
}

async function pair(prepareA?: Parameters<typeof client>[1], prepareB?: Parameters<typeof client>[1]) {
  const a = await client('Ana', prepareA)
  const b = await client('Besa', prepareB)
  const disconnect = connect(a, b)
  await settle(a, b)
  return { a, b, disconnect }
}

const quote = (text: string, speaker = 'Shtëpia e Bardhë') => ({ markId: `m-${text}`, text, speaker, kind: 'direct' as const })

const result = (quoteId: string, sourceId: string): CheckResult => ({
  quoteId,
  sourceId,
  quoteText: 'folën për paqen',
  status: 'verbatim',
  score: 1,
  match: { text: 'folën për paqen', start: 0, end: 15 },
  diff: [],
  attribution: 'consistent',
  attributionReason: { code: 'not-known' } as unknown as CheckResult['attributionReason'],
  attributionSource: sourceId,
  ownSource: true,
  missingNumbers: [],
})
const live = (quoteIds: string[], sourceIds: string[]) => ({ quoteIds: new Set(quoteIds), sourceIds: new Set(sourceIds) })

describe('quotes of a shared article', () => {
  it('a quote confirmed on one side appears on the other with who confirmed it', async () => {
    const { a, b } = await pair()
    a.time.now = 5_000
    const [confirmed] = await confirmQuotes(a.db, ARTICLE, [quote('folën për paqen')])
    await settle(a, b)
    const there = await b.db.quotes.get(confirmed.id)
    expect(there).toMatchObject({ text: 'folën për paqen', state: 'confirmed', confirmedBy: 'Ana', confirmedAt: 5_000 })
    expect(await a.db.quotes.get(confirmed.id)).toMatchObject({ confirmedBy: 'Ana', confirmedAt: 5_000 })
    // Its speaker came along.
    expect(await b.db.entities.get(there!.speaker!)).toMatchObject({ name: 'Shtëpia e Bardhë' })
  })

  it('a row made on one side under a name the doc already has (its mark came first) gives way to the one shared', async () => {
    // The moment A's row reaches B's doc, before B's mirror has written it, B's own reconciliation
    // makes a row for the mark. Watched from before B's mirror starts, so it is the first to act.
    let madeOnB: Promise<unknown> | undefined
    const { a, b } = await pair(undefined, async (db, doc) => {
      const shared = doc.getMap('quotes')
      const arrived = () => {
        const row = shared.get('m-paqe') as Quote | undefined
        if (!row) return
        shared.unobserve(arrived)
        madeOnB = db.quotes.put({ ...row, articleId: ARTICLE, speaker: null, note: '', confirmedBy: undefined, confirmedAt: undefined })
      }
      shared.observe(arrived)
    })
    a.time.now = 5_000
    const [theirs] = await confirmQuotes(a.db, ARTICLE, [{ ...quote('folën për paqen'), id: 'm-paqe', markId: 'm-paqe', note: 'E konfirmova me zyrën' }])
    await settle(a, b)
    expect(madeOnB).toBeDefined()
    await madeOnB
    await settle(a, b)
    for (const side of [a, b]) expect(await side.db.quotes.get('m-paqe')).toMatchObject({ confirmedBy: 'Ana', note: 'E konfirmova me zyrën', speaker: theirs.speaker })
  })

  it("what a copy works out from its own text (a tag's mark gone there) is not shared: another's rejection stands", async () => {
    // Concurrent writes to one key are settled by Yjs by client id: several pairs, so chance cannot pass it.
    for (let attempt = 0; attempt < 6; attempt++) {
      const { a, b, disconnect } = await pair()
      const [row] = await confirmQuotes(a.db, ARTICLE, [quote('folën për paqen')])
      await settle(a, b)
      disconnect()
      // B's copy no longer finds the mark (A's removal reached its text) just as A rejects the tag.
      await applyQuoteChanges(b.db, ARTICLE, { updates: [{ id: row.id, changes: { orphaned: true, start: 7 } }], creates: [] })
      await rejectQuote(a.db, row.id, 12)
      await settle(a, b)
      connect(a, b)
      await settle(a, b)
      for (const side of [a, b]) expect(await side.db.quotes.get(row.id)).toMatchObject({ state: 'rejected', start: 12 })
      expect((await a.db.quotes.get(row.id))?.orphaned).toBe(false)
    }
  })

  it('a rejected suggestion confirmed later is stamped with who confirmed it then', async () => {
    const { a, b } = await pair()
    const rejected = await rejectSuggestion(a.db, ARTICLE, { id: 'q-sugg', text: 'folën për paqen', speaker: null, kind: 'direct' })
    await settle(a, b)
    expect(await b.db.quotes.get(rejected.id)).toMatchObject({ state: 'rejected' })
    expect((await b.db.quotes.get(rejected.id))?.confirmedBy).toBeUndefined()
    b.time.now = 7_000
    await confirmQuotes(b.db, ARTICLE, [{ ...quote('folën për paqen'), id: 'q-sugg' }])
    await settle(a, b)
    expect(await a.db.quotes.get('q-sugg')).toMatchObject({ state: 'confirmed', confirmedBy: 'Besa', confirmedAt: 7_000 })
  })

  it("a quote's speaker changed on one side reaches the other with its entity", async () => {
    const { a, b } = await pair()
    const [confirmed] = await confirmQuotes(a.db, ARTICLE, [quote('folën për paqen')])
    await settle(a, b)
    const kremlin = await createEntity(b.db, 'Kremlini')
    await setQuoteSpeaker(b.db, confirmed.id, kremlin.id)
    await settle(a, b)
    expect(await a.db.quotes.get(confirmed.id)).toMatchObject({ speaker: kremlin.id, confirmedBy: 'Ana' })
    expect(await a.db.entities.get(kremlin.id)).toMatchObject({ name: 'Kremlini' })
  })

  it('a rejected row deleted on one side disappears on the other', async () => {
    const { a, b } = await pair()
    const rejected = await rejectSuggestion(a.db, ARTICLE, { id: 'q-gone', text: 'folën për paqen', speaker: null, kind: 'direct' })
    await settle(a, b)
    expect(await b.db.quotes.get(rejected.id)).toBeDefined()
    await deleteQuote(a.db, rejected.id)
    await settle(a, b)
    expect(await b.db.quotes.get(rejected.id)).toBeUndefined()
    expect(b.doc.getMap('quotes').has(rejected.id)).toBe(false)
  })

  it('a malformed quote from another client is passed over, and nothing stored is lost', async () => {
    const { a, b } = await pair()
    const [kept] = await confirmQuotes(b.db, ARTICLE, [quote('folën për paqen')])
    await settle(a, b)
    a.doc.getMap('quotes').set('q-bad', { id: 'q-bad', text: 42 })
    a.doc.getMap('quotes').set(kept.id, 'not a quote')
    await settle(a, b)
    expect(await b.db.quotes.get('q-bad')).toBeUndefined()
    expect(await b.db.quotes.get(kept.id)).toMatchObject({ text: 'folën për paqen', state: 'confirmed' })
  })
})

describe('starting on a doc and a database that both hold the article', () => {
  it('takes keys only in Dexie to the doc and keys only in the doc to Dexie; where both differ the doc wins', async () => {
    const b = await client('Besa', async (db, doc) => {
      await confirmQuotes(db, ARTICLE, [{ ...quote('vetëm këtu'), id: 'q-local' }, { ...quote('të dyja'), id: 'q-both', note: 'shënimi i vjetër' }])
      const quotes = doc.getMap('quotes')
      const stored = (await db.quotes.get('q-both'))!
      const { articleId: _articleId, ...shared } = stored
      quotes.set('q-both', { ...shared, note: 'shënimi i dokumentit' })
      quotes.set('q-remote', { ...shared, id: 'q-remote', text: 'vetëm atje', note: '' })
    })
    await b.mirror.settled()
    expect(b.doc.getMap('quotes').get('q-local')).toMatchObject({ text: 'vetëm këtu' })
    expect(await b.db.quotes.get('q-remote')).toMatchObject({ text: 'vetëm atje', articleId: ARTICLE })
    expect(await b.db.quotes.get('q-both')).toMatchObject({ note: 'shënimi i dokumentit' })
    expect(b.doc.getMap('quotes').get('q-both')).toMatchObject({ note: 'shënimi i dokumentit' })
  })
})

describe('the brief of a shared article', () => {
  it('a headline edited on one side reaches the brief row on the other, which is made when it has none', async () => {
    const { a, b } = await pair()
    const brief = await openBrief(a.db, ARTICLE, 'sq')
    await saveBrief(a.db, { ...brief, headline: 'Paqja, sipas Shtëpisë së Bardhë', keyPoints: ['Një pikë'] })
    await settle(a, b)
    const there = await b.db.briefs.where('articleId').equals(ARTICLE).first()
    expect(there).toMatchObject({ headline: 'Paqja, sipas Shtëpisë së Bardhë', keyPoints: ['Një pikë'], pageSize: 'A4', composed: null })
    // An edit there comes back, and the brief the pane opens later is that one.
    await saveBrief(b.db, { ...there!, headline: 'Titulli i Besës' })
    await settle(a, b)
    expect(await openBrief(a.db, ARTICLE, 'sq')).toMatchObject({ id: brief.id, headline: 'Titulli i Besës', keyPoints: ['Një pikë'] })
  })

  it('a brief the pane opens after the doc has an edited one takes the edits instead of overwriting them', async () => {
    const { a, b, disconnect } = await pair()
    disconnect()
    const brief = await openBrief(a.db, ARTICLE, 'en')
    await saveBrief(a.db, { ...brief, headline: 'Ana-s' })
    await settle(a)
    await openBrief(b.db, ARTICLE, 'sq') // the pane opened on Besa's side, before the doc arrived
    await settle(b)
    connect(a, b)
    await settle(a, b)
    expect(await b.db.briefs.where('articleId').equals(ARTICLE).first()).toMatchObject({ headline: 'Ana-s', keyPoints: null })
    expect(a.doc.getMap('brief').get('headline')).toBe('Ana-s')
  })
})

describe('verdicts of a shared article', () => {
  const source = 's-1'

  it("a verdict on one side reaches the other's check row, and a row made later", async () => {
    const { a, b } = await pair()
    for (const one of [a, b]) await saveCheckResults(one.db, ARTICLE, [result('q-1', source)], live(['q-1'], [source]))
    await saveCheckResults(a.db, ARTICLE, [result('q-1', source), result('q-2', source)], live(['q-1', 'q-2'], [source]))
    a.time.now = 2_000
    await setVerdict(a.db, checkId('q-1', source), 'confirmed', 'Saktë', 'folën për paqen')
    await setVerdict(a.db, checkId('q-2', source), 'misquote', '', 'folën për paqen')
    await settle(a, b)
    expect(await b.db.checks.get(checkId('q-1', source))).toMatchObject({ verdict: 'confirmed', verdictNote: 'Saktë', verdictQuoteText: 'folën për paqen', verdictBy: 'Ana', verdictAt: 2_000, verdictHistory: [] })
    expect(await a.db.checks.get(checkId('q-1', source))).toMatchObject({ verdict: 'confirmed', verdictBy: 'Ana' })
    expect(await b.db.checks.get(checkId('q-2', source))).toBeUndefined()
    // Besa's pane checks q-2 only now: the row takes the verdict given before.
    await saveCheckResults(b.db, ARTICLE, [result('q-1', source), result('q-2', source)], live(['q-1', 'q-2'], [source]))
    await settle(a, b)
    expect(await b.db.checks.get(checkId('q-2', source))).toMatchObject({ verdict: 'misquote', verdictBy: 'Ana' })
    expect(a.doc.getArray('verdicts').length).toBe(2)
  })

  it('two verdicts given apart on one check: after reconnecting both keep the later, the earlier in its history', async () => {
    const { a, b, disconnect } = await pair()
    for (const one of [a, b]) await saveCheckResults(one.db, ARTICLE, [result('q-1', source)], live(['q-1'], [source]))
    await settle(a, b)
    disconnect()
    a.time.now = 3_000
    await setVerdict(a.db, checkId('q-1', source), 'confirmed', '', 'folën për paqen')
    b.time.now = 4_000
    await setVerdict(b.db, checkId('q-1', source), 'misquote', 'Shifra ndryshon', 'folën për paqen')
    await settle(a, b)
    expect(await a.db.checks.get(checkId('q-1', source))).toMatchObject({ verdict: 'confirmed', verdictBy: 'Ana' })
    connect(a, b)
    await settle(a, b)
    for (const one of [a, b]) {
      expect(await one.db.checks.get(checkId('q-1', source))).toMatchObject({
        verdict: 'misquote',
        verdictNote: 'Shifra ndryshon',
        verdictBy: 'Besa',
        verdictAt: 4_000,
        verdictHistory: [{ verdict: 'confirmed', note: '', by: 'Ana', at: 3_000 }],
      })
    }
    expect(a.doc.getArray('verdicts').length).toBe(2)
  })

  it("a verdict withdrawn here is an event too, and a later one is never older than the one it replaces", async () => {
    const { a, b } = await pair()
    for (const one of [a, b]) await saveCheckResults(one.db, ARTICLE, [result('q-1', source)], live(['q-1'], [source]))
    b.time.now = 9_000
    await setVerdict(b.db, checkId('q-1', source), 'misquote', '', 'folën për paqen')
    await settle(a, b)
    a.time.now = 5_000 // Ana's clock is behind
    await setVerdict(a.db, checkId('q-1', source), 'confirmed', '', 'folën për paqen')
    await settle(a, b)
    expect(await b.db.checks.get(checkId('q-1', source))).toMatchObject({ verdict: 'confirmed', verdictBy: 'Ana', verdictAt: 9_001 })
  })
})

describe('embedded sources of a shared article', () => {
  it('two clients that find the same statement give it one id, and a verdict on its check meets on both', async () => {
    const { a, b } = await pair()
    for (const one of [a, b]) await syncEmbeddedSources(one.db, ARTICLE, 'sq', findEmbeddedSources(TEXT))
    await settle(a, b)
    const id = embeddedSourceId(ARTICLE, 'Deklarata e Shtëpisë së Bardhë', 0)
    for (const one of [a, b]) expect((await one.db.sources.where('articleId').equals(ARTICLE).toArray()).map((row) => row.id)).toEqual([id])
    expect([...a.doc.getMap('sources').keys()]).toEqual([id])
    for (const one of [a, b]) await saveCheckResults(one.db, ARTICLE, [result('q-1', id)], live(['q-1'], [id]))
    await setVerdict(a.db, checkId('q-1', id), 'confirmed', '', 'folën për paqen')
    await settle(a, b)
    expect(await b.db.checks.get(checkId('q-1', id))).toMatchObject({ verdict: 'confirmed', verdictBy: 'Ana' })
  })
})

/** Waits until the doc has what the other side sent, and a little more for the mirror to act on it (without a fresh read). */
async function arrived(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBe(true)
  await new Promise((resolve) => setTimeout(resolve, 30))
}

/** A watch that reads when the test says so and hands a snapshot on when the test says so. */
function heldBack() {
  let querier: () => Promise<Snapshot> = () => Promise.reject(new Error('not watching'))
  let observer: (snapshot: Snapshot) => void = () => {}
  const watch: Watch = (read) => ({
    subscribe({ next }) {
      querier = read
      observer = next
      return { unsubscribe: () => (observer = () => {}) }
    },
  })
  return { watch, read: () => querier(), next: (snapshot: Snapshot) => observer(snapshot) }
}

describe('changes on both sides at once', () => {
  it('a remote edit never overwrites a local one the mirror has not taken in yet', async () => {
    const { watch, read, next } = heldBack()
    const a = await client('Ana', undefined, watch)
    const b = await client('Besa')
    connect(a, b)
    const [row] = await confirmQuotes(b.db, ARTICLE, [quote('folën për paqen')])
    await settle(a, b)
    next(await read())
    await settle(a, b)
    await setQuoteNote(a.db, row.id, 'shënimi i Anës') // not yet seen by Ana's mirror
    await setQuoteNote(b.db, row.id, 'shënimi i Besës')
    await b.mirror.settled()
    await arrived(() => (a.doc.getMap('quotes').get(row.id) as { note: string }).note === 'shënimi i Besës')
    expect(await a.db.quotes.get(row.id)).toMatchObject({ note: 'shënimi i Anës' })
    next(await read())
    await settle(a, b)
    for (const one of [a, b]) expect(await one.db.quotes.get(row.id)).toMatchObject({ note: 'shënimi i Anës' })
  })

  it('a remote verdict never overwrites a local one before it is logged', async () => {
    const { watch, read, next } = heldBack()
    const a = await client('Ana', undefined, watch)
    const b = await client('Besa')
    connect(a, b)
    for (const one of [a, b]) await saveCheckResults(one.db, ARTICLE, [result('q-1', 's-1')], live(['q-1'], ['s-1']))
    next(await read())
    await settle(a, b)
    b.time.now = 2_000
    a.time.now = 3_000
    await setVerdict(a.db, checkId('q-1', 's-1'), 'confirmed', '', 'folën për paqen') // not yet seen by Ana's mirror
    await setVerdict(b.db, checkId('q-1', 's-1'), 'misquote', '', 'folën për paqen')
    await b.mirror.settled()
    await arrived(() => a.doc.getArray('verdicts').length === 1)
    expect(await a.db.checks.get(checkId('q-1', 's-1'))).toMatchObject({ verdict: 'confirmed' })
    next(await read())
    await settle(a, b)
    for (const one of [a, b]) {
      expect(await one.db.checks.get(checkId('q-1', 's-1'))).toMatchObject({ verdict: 'confirmed', verdictBy: 'Ana', verdictHistory: [{ verdict: 'misquote', by: 'Besa' }] })
    }
  })
})

describe('stale snapshots and stopping', () => {
  it('a snapshot read before a remote row was written never deletes that row', async () => {
    const { watch, read, next } = heldBack()
    const a = await client('Ana', undefined, watch)
    const b = await client('Besa')
    connect(a, b)
    const [local] = await confirmQuotes(a.db, ARTICLE, [quote('folën për paqen')])
    next(await read())
    await settle(a, b)
    expect(b.doc.getMap('quotes').has(local.id)).toBe(true)

    // A read begins on Ana's side (a local write in flight)…
    await setQuoteNote(a.db, local.id, 'shënim')
    const stale = await read()
    // …Besa's new quote reaches Ana's doc, and her mirror writes it to her database…
    const [remote] = await confirmQuotes(b.db, ARTICLE, [quote('një tjetër')])
    const deletions: string[] = []
    b.doc.getMap('quotes').observe((event) => event.changes.keys.forEach((change, key) => change.action === 'delete' && deletions.push(key)))
    await b.mirror.settled()
    await arrived(() => a.doc.getMap('quotes').has(remote.id))
    expect(await a.db.quotes.get(remote.id)).toBeDefined()
    // …and only then does the snapshot read before it arrive: it lacks the row, which is no deletion.
    next(stale)
    await settle(a, b)
    expect(deletions).toEqual([]) // not even for a moment
    for (const one of [a, b]) expect(await one.db.quotes.get(remote.id)).toMatchObject({ text: 'një tjetër' })
    expect(b.doc.getMap('quotes').has(remote.id)).toBe(true)
    expect(await b.db.quotes.get(local.id)).toMatchObject({ note: 'shënim' })
  })

  it('stop() stops both directions', async () => {
    const { a, b } = await pair()
    a.mirror.stop()
    await confirmQuotes(a.db, ARTICLE, [{ ...quote('nga Ana'), id: 'q-a' }])
    await confirmQuotes(b.db, ARTICLE, [{ ...quote('nga Besa'), id: 'q-b' }])
    await settle(a, b)
    expect(a.doc.getMap('quotes').has('q-a')).toBe(false)
    expect(b.doc.getMap('quotes').has('q-b')).toBe(true)
    expect(a.doc.getMap('quotes').has('q-b')).toBe(true) // the doc itself still syncs…
    expect(await a.db.quotes.get('q-b')).toBeUndefined() // …but Dexie no longer hears of it
    expect(await b.db.quotes.get('q-a')).toBeUndefined()
  })
})
