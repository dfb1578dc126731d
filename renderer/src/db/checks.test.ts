import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { findEmbeddedSources } from '../core/sources/embedded'
import { createArticle } from './articles'
import { changedSinceVerdict, checkId, checksOfArticle, clearVerdict, saveCheckResults, setVerdict, type CheckResult } from './checks'
import { RedaktorDatabase } from './database'
import { restoreRevision, revisionsOfArticle } from './revisions'
import { addSource, embeddedSourceId, registerEmbeddedSources, removeSource, sourcesOfArticle, syncEmbeddedSources } from './sources'

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

  it('removing a source removes its checks, verdicts included, and restoring the revision taken just before brings them back', async () => {
    const db = freshDb()
    const article = await createArticle(db, { plainText: 'Artikulli.' })
    const source = await addSource(db, article.id, { title: 'Kremlini', author: null, language: 'ru', text: 'Palët ranë dakord.', origin: 'pasted' })
    await saveCheckResults(db, article.id, [result({ sourceId: source.id })], live(['q-1'], [source.id]))
    await setVerdict(db, checkId('q-1', source.id), 'confirmed', 'E verifikuar', 'negociatat teknike')
    await removeSource(db, source.id)
    expect(await db.sources.count()).toBe(0)
    expect(await db.checks.count()).toBe(0)

    const [before] = await revisionsOfArticle(db, article.id)
    expect(before).toMatchObject({ kind: 'before-delete', detail: 'Kremlini' })
    await restoreRevision(db, before.id)
    expect(await sourcesOfArticle(db, article.id)).toMatchObject([{ id: source.id, title: 'Kremlini' }])
    expect(await db.checks.get(checkId('q-1', source.id))).toMatchObject({ verdict: 'confirmed', verdictNote: 'E verifikuar' })
  })

  it('setting a verdict on a result that does not exist fails', async () => {
    await expect(setVerdict(freshDb(), 'missing', 'confirmed', '', 'x')).rejects.toThrow()
  })
})

describe('embedded sources follow the text', () => {
  const statement = 'Deklarata e Shtëpisë së Bardhë:\nSot, presidentët folën për paqen.'
  const article = `Artikulli thotë diçka.\n${statement}`

  it('keeps the source and its verdicts while the statement is edited, and sets them aside with its heading', async () => {
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
    expect(await checksOfArticle(db, created.id)).toEqual([])
  })

  it('brings a source back with its verdicts when its heading comes back (undo), and forgets one that had none', async () => {
    const db = freshDb()
    const created = await createArticle(db, { plainText: article })
    const [source] = await registerEmbeddedSources(db, created)
    await saveCheckResults(db, created.id, [result({ sourceId: source.id }), result({ quoteId: 'q-2', sourceId: source.id })], live(['q-1', 'q-2'], [source.id]))
    await setVerdict(db, checkId('q-1', source.id), 'misquote', 'Shifra ndryshon', 'negociatat teknike')

    // The heading is deleted: the source and the verdict leave the panes, the result without a verdict goes.
    await syncEmbeddedSources(db, created.id, 'sq', findEmbeddedSources('Artikulli thotë diçka.'))
    await saveCheckResults(db, created.id, [], live(['q-1', 'q-2'], []))
    expect(await sourcesOfArticle(db, created.id)).toEqual([])
    expect(await checksOfArticle(db, created.id)).toEqual([])
    expect(await db.checks.get(checkId('q-2', source.id))).toBeUndefined()

    // Undo puts the heading back: the same source, and the verdict with its note.
    await syncEmbeddedSources(db, created.id, 'sq', findEmbeddedSources(article))
    expect(await sourcesOfArticle(db, created.id)).toMatchObject([{ id: source.id }])
    expect(await checksOfArticle(db, created.id)).toMatchObject([{ id: checkId('q-1', source.id), verdict: 'misquote', verdictNote: 'Shifra ndryshon' }])

    // Without a verdict there is nothing to keep: the source is deleted outright.
    const other = await createArticle(db, { plainText: article })
    const [plain] = await registerEmbeddedSources(db, other)
    await syncEmbeddedSources(db, other.id, 'sq', [])
    expect(await db.sources.get(plain.id)).toBeUndefined()
  })

  it('a check set aside with its source comes back with a new result, its verdict intact', async () => {
    const db = freshDb()
    await saveCheckResults(db, 'a1', [result()], live())
    await setVerdict(db, checkId('q-1', 's-1'), 'confirmed', '', 'negociatat teknike')
    await saveCheckResults(db, 'a1', [], live(['q-1'], []))
    expect(await checksOfArticle(db, 'a1')).toEqual([])
    expect(await db.checks.get(checkId('q-1', 's-1'))).toMatchObject({ verdict: 'confirmed', deletedAt: expect.any(Number) })
    await saveCheckResults(db, 'a1', [result({ status: 'verbatim' })], live())
    const [back] = await checksOfArticle(db, 'a1')
    expect(back).toMatchObject({ status: 'verbatim', verdict: 'confirmed' })
    expect(back.deletedAt).toBeUndefined()
  })

  it('leaves the sources the editor added alone', async () => {
    const db = freshDb()
    const created = await createArticle(db, { plainText: 'Pa deklaratë.' })
    await addSource(db, created.id, { title: 'Transkripti', author: null, language: 'sq', text: 'Fjalë.', origin: 'pasted' })
    await syncEmbeddedSources(db, created.id, 'sq', [])
    expect((await sourcesOfArticle(db, created.id)).map((source) => source.title)).toEqual(['Transkripti'])
  })

  it('gives an embedded source an id from its article and heading, the same in two databases', async () => {
    const twice = `${article}\nDeklarata e Shtëpisë së Bardhë:\nNjë deklaratë tjetër.`
    const row = { id: 'shared-article', title: 'x', language: 'sq', editorState: null, plainText: twice, createdAt: 1, updatedAt: 1 }
    const [first, second] = [freshDb(), freshDb()]
    await first.articles.add(row)
    const registered = await registerEmbeddedSources(first, row)
    await syncEmbeddedSources(second, row.id, 'sq', findEmbeddedSources(twice))
    const ids = (await sourcesOfArticle(second, row.id)).map((source) => source.id)
    expect(registered.map((source) => source.id)).toEqual(ids)
    // Two headings with one title are told apart by their order.
    expect(ids).toEqual([embeddedSourceId(row.id, 'Deklarata e Shtëpisë së Bardhë', 0), embeddedSourceId(row.id, 'Deklarata e Shtëpisë së Bardhë', 1)])
    expect(embeddedSourceId('another-article', 'Deklarata e Shtëpisë së Bardhë', 0)).not.toBe(ids[0])
  })

  it('keeps the id of a source whose heading is renamed, and gives a new heading with the old title another', async () => {
    const db = freshDb()
    const created = await createArticle(db, { plainText: article })
    const [source] = await registerEmbeddedSources(db, created)
    const renamed = article.replace('Shtëpisë së Bardhë', 'Kremlinit')
    await syncEmbeddedSources(db, created.id, 'sq', findEmbeddedSources(renamed))
    expect(await sourcesOfArticle(db, created.id)).toMatchObject([{ id: source.id, title: 'Deklarata e Kremlinit' }])
    await syncEmbeddedSources(db, created.id, 'sq', findEmbeddedSources(`${renamed}\n${statement}`))
    const ids = (await sourcesOfArticle(db, created.id)).map((row) => row.id)
    expect(ids).toHaveLength(2)
    expect(new Set(ids).size).toBe(2)
    expect(ids[0]).toBe(source.id)
  })
})
