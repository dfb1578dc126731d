import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { findEmbeddedSources } from '../core'
import { createArticle } from './articles'
import { changedSinceVerdict, checkId, clearVerdict, saveCheckResults, setVerdict, type CheckResult } from './checks'
import { RedaktorDatabase } from './database'
import { addSource, registerEmbeddedSources, removeSource, sourcesOfArticle, syncEmbeddedSources } from './sources'

let names = 0
const freshDb = () => new RedaktorDatabase(`redaktor-checks-test-${++names}`)
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

const result = (overrides: Partial<CheckResult> = {}): CheckResult => ({
  quoteId: 'q-1',
  sourceId: 's-1',
  quoteText: 'negociatat teknike',
  status: 'near-verbatim',
  score: 0.95,
  match: { text: 'negociata teknike', start: 10, end: 27 },
  diff: [
    { op: 'changed', quote: 'negociatat', source: 'negociata', kind: 'inflection' },
    { op: 'equal', quote: 'teknike', source: 'teknike' },
  ],
  attribution: 'consistent',
  attributionReason: { code: 'same', source: { id: 's-1', title: 'Deklarata' }, speaker: { name: 'Shtëpia e Bardhë', genitive: 'Shtëpisë së Bardhë', english: 'the White House', plural: false } },
  attributionSource: 's-1',
  ownSource: true,
  missingNumbers: [],
  ...overrides,
})

const live = (quoteIds: string[] = ['q-1'], sourceIds: string[] = ['s-1']) => ({ quoteIds: new Set(quoteIds), sourceIds: new Set(sourceIds) })

describe('verdicts', () => {
  it('a verdict is set, survives re-checks, shows when the quote changed, and can be cleared', async () => {
    const db = freshDb()
    const id = checkId('q-1', 's-1')
    await saveCheckResults(db, 'a1', [result()], live())
    expect(await db.checks.get(id)).toMatchObject({ status: 'near-verbatim', verdict: null, verdictNote: '', verdictQuoteText: null })

    await setVerdict(db, id, 'acceptable-paraphrase', '  Lakim i zakonshëm. ', 'negociatat teknike')
    expect(await db.checks.get(id)).toMatchObject({ verdict: 'acceptable-paraphrase', verdictNote: 'Lakim i zakonshëm.', verdictQuoteText: 'negociatat teknike' })

    // The same result again writes nothing; a different one is stored, the verdict kept.
    expect(await saveCheckResults(db, 'a1', [result()], live())).toEqual({ written: 0, deleted: 0 })
    await saveCheckResults(db, 'a1', [result({ status: 'paraphrase', score: 0.7 })], live())
    let row = (await db.checks.get(id))!
    expect(row).toMatchObject({ status: 'paraphrase', verdict: 'acceptable-paraphrase', verdictNote: 'Lakim i zakonshëm.' })
    expect(changedSinceVerdict(row, row.quoteText!)).toBe(false)

    // The editor retypes the quote: the verdict stays, marked as given on other words.
    await saveCheckResults(db, 'a1', [result({ quoteText: 'negociatat teknike detare' })], live())
    row = (await db.checks.get(id))!
    expect(row.verdict).toBe('acceptable-paraphrase')
    expect(changedSinceVerdict(row, row.quoteText!)).toBe(true)
    expect(changedSinceVerdict(row, 'negociatat  teknike')).toBe(false)

    await clearVerdict(db, id)
    row = (await db.checks.get(id))!
    expect(row).toMatchObject({ verdict: null, verdictNote: '', verdictQuoteText: null, status: 'near-verbatim' })
    expect(changedSinceVerdict(row, 'anything')).toBe(false)
  })

  it('results of a quote that is gone are dropped, unless they carry a verdict', async () => {
    const db = freshDb()
    await saveCheckResults(db, 'a1', [result(), result({ quoteId: 'q-2' })], live(['q-1', 'q-2']))
    await setVerdict(db, checkId('q-2', 's-1'), 'misquote', '', 'negociatat teknike')
    await saveCheckResults(db, 'a1', [], live([]))
    expect((await db.checks.toArray()).map((row) => row.id)).toEqual([checkId('q-2', 's-1')])
    // Back again (undo): the verdict is still there.
    await saveCheckResults(db, 'a1', [result({ quoteId: 'q-2', status: 'verbatim' })], live(['q-2']))
    expect(await db.checks.get(checkId('q-2', 's-1'))).toMatchObject({ status: 'verbatim', verdict: 'misquote' })
  })

  it('removing a source removes its checks, verdicts included', async () => {
    const db = freshDb()
    const source = await addSource(db, 'a1', { title: 'Kremlini', author: null, language: 'ru', text: 'Palët ranë dakord.', origin: 'pasted' })
    await saveCheckResults(db, 'a1', [result({ sourceId: source.id })], live(['q-1'], [source.id]))
    await setVerdict(db, checkId('q-1', source.id), 'confirmed', '', 'negociatat teknike')
    await removeSource(db, source.id)
    expect(await db.sources.count()).toBe(0)
    expect(await db.checks.count()).toBe(0)
  })

  it('setting a verdict on a result that does not exist fails', async () => {
    await expect(setVerdict(freshDb(), 'missing', 'confirmed', '', 'x')).rejects.toThrow()
  })
})

describe('embedded sources follow the text', () => {
  const statement = 'Deklarata e Shtëpisë së Bardhë:\nSot, presidentët folën për paqen.'
  const article = `Artikulli thotë diçka.\n${statement}`

  it('keeps the source and its verdicts while the statement is edited, and removes it with its heading', async () => {
    const db = freshDb()
    const created = await createArticle(db, { plainText: article })
    const [source] = await registerEmbeddedSources(db, created)
    await saveCheckResults(db, created.id, [result({ sourceId: source.id })], live(['q-1'], [source.id]))
    await setVerdict(db, checkId('q-1', source.id), 'confirmed', '', 'negociatat teknike')

    expect(await syncEmbeddedSources(db, created.id, 'sq', findEmbeddedSources(article))).toBe(false)
    const edited = `${article} Dhe për tregtinë.`
    expect(await syncEmbeddedSources(db, created.id, 'sq', findEmbeddedSources(edited))).toBe(true)
    const [kept] = await sourcesOfArticle(db, created.id)
    expect(kept).toMatchObject({ id: source.id, title: 'Deklarata e Shtëpisë së Bardhë', text: 'Sot, presidentët folën për paqen. Dhe për tregtinë.' })
    expect(await db.checks.get(checkId('q-1', source.id))).toMatchObject({ verdict: 'confirmed' })

    await syncEmbeddedSources(db, created.id, 'sq', findEmbeddedSources('Artikulli thotë diçka.'))
    expect(await sourcesOfArticle(db, created.id)).toEqual([])
    expect(await db.checks.count()).toBe(0)
  })

  it('leaves the sources the editor added alone', async () => {
    const db = freshDb()
    const created = await createArticle(db, { plainText: 'Pa deklaratë.' })
    await addSource(db, created.id, { title: 'Transkripti', author: null, language: 'sq', text: 'Fjalë.', origin: 'pasted' })
    await syncEmbeddedSources(db, created.id, 'sq', [])
    expect((await sourcesOfArticle(db, created.id)).map((source) => source.title)).toEqual(['Transkripti'])
  })
})
