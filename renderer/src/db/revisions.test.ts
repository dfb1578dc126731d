import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createArticle, saveArticleText } from './articles'
import { checkId, saveCheckResults, setVerdict } from './checks'
import { RedaktorDatabase } from './database'
import { confirmQuotes } from './quotes'
import { AUTO_REVISION_INTERVAL_MS, nameRevision, restoreRevision, revisionsOfArticle, revisionsToThin, takeRevision } from './revisions'
import { addSource } from './sources'
import type { Revision } from './types'

let names = 0
const opened: RedaktorDatabase[] = []
const fresh = () => {
  const db = new RedaktorDatabase(`redaktor-revisions-test-${++names}`)
  opened.push(db)
  return db
}
afterEach(async () => {
  vi.useRealTimers()
  opened.splice(0).forEach((db) => db.close())
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

const state = (text: string) => JSON.stringify({ root: { text } })

/** An article with one tag, one pasted source and a verdict on the tag against it. */
async function taggedArticle(db: RedaktorDatabase, text: string) {
  const article = await createArticle(db, { plainText: text, editorState: state(text) })
  const [quote] = await confirmQuotes(db, article.id, [{ markId: 'm1', text: 'negociatat teknike', speaker: null, kind: 'direct' }])
  const source = await addSource(db, article.id, { title: 'Deklarata', author: null, language: 'sq', text: 'negociata teknike', origin: 'pasted' })
  await saveCheckResults(
    db,
    article.id,
    [{ quoteId: quote.id, sourceId: source.id, quoteText: quote.text, status: 'near-verbatim', score: 0.9, match: null, diff: [], attribution: 'unknown', attributionReason: { code: 'no-author', source: { id: source.id, title: source.title } }, attributionSource: source.id, ownSource: false, missingNumbers: [] }],
    { quoteIds: new Set([quote.id]), sourceIds: new Set([source.id]) },
  )
  await setVerdict(db, checkId(quote.id, source.id), 'misquote', 'Fjala ndryshon', quote.text)
  return { article, quote, source }
}

describe('revisions', () => {
  it('a restore brings back the text with its tags and verdicts, and restoring what it replaced undoes it', async () => {
    const db = fresh()
    const { article, quote, source } = await taggedArticle(db, 'Tha se "negociatat teknike" vazhdojnë.')
    const snapshot = (await takeRevision(db, article.id, 'manual', { note: 'Para redaktimit' }))!

    // The editor rewrites the article, and the tag and its verdict go with the old words.
    await saveArticleText(db, article.id, state('Teksti i ri.'), 'Teksti i ri.')
    await db.quotes.delete(quote.id)
    await db.checks.clear()

    const { before } = await restoreRevision(db, snapshot.id)
    expect(await db.articles.get(article.id)).toMatchObject({ plainText: 'Tha se "negociatat teknike" vazhdojnë.', editorState: state('Tha se "negociatat teknike" vazhdojnë.') })
    expect(await db.quotes.get(quote.id)).toMatchObject({ text: 'negociatat teknike', state: 'confirmed' })
    expect(await db.checks.get(checkId(quote.id, source.id))).toMatchObject({ verdict: 'misquote', verdictNote: 'Fjala ndryshon' })
    expect(before).toMatchObject({ kind: 'before-restore', plainText: 'Teksti i ri.', detail: String(snapshot.createdAt) })

    // Undo: the text as it was before the restore, without the tag.
    await restoreRevision(db, before.id)
    expect(await db.articles.get(article.id)).toMatchObject({ plainText: 'Teksti i ri.' })
    expect(await db.quotes.get(quote.id)).toBeUndefined()
    const kinds = (await revisionsOfArticle(db, article.id)).map((revision) => revision.kind)
    expect(kinds).toEqual(['before-restore', 'before-restore', 'manual'])
  })

  it('an automatic revision is skipped when nothing changed since the last one, and when the last automatic one is recent', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const db = fresh()
    const article = await createArticle(db, { plainText: 'Një.', editorState: state('Një.') })
    expect(await takeRevision(db, article.id, 'auto')).not.toBeNull()
    expect(await takeRevision(db, article.id, 'auto')).toBeNull() // same text
    await saveArticleText(db, article.id, state('Një. Dy.'), 'Një. Dy.')
    expect(await takeRevision(db, article.id, 'auto')).toBeNull() // too soon
    vi.setSystemTime(Date.now() + AUTO_REVISION_INTERVAL_MS)
    expect(await takeRevision(db, article.id, 'auto')).toMatchObject({ kind: 'auto', plainText: 'Një. Dy.' })
    // A version saved on request is always kept, even unchanged.
    expect(await takeRevision(db, article.id, 'manual')).not.toBeNull()
  })

  it('a version can be named after it was taken', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'Tekst.' })
    const revision = (await takeRevision(db, article.id, 'manual'))!
    await nameRevision(db, revision.id, '  Para botimit  ')
    expect((await revisionsOfArticle(db, article.id))[0].note).toBe('Para botimit')
  })
})

describe('thinning automatic revisions', () => {
  const HOUR = 3_600_000
  const DAY = 24 * HOUR
  const now = 1_000 * DAY
  const revision = (id: string, age: number, kind: Revision['kind'] = 'auto') => ({ id, kind, createdAt: now - age })

  it('keeps everything from the last day, and named versions whatever their age', () => {
    const recent = Array.from({ length: 30 }, (_, i) => revision(`r${i}`, i * 10 * 60_000))
    expect(revisionsToThin([...recent, revision('named', 400 * DAY, 'manual')], now)).toEqual([])
  })

  it('keeps the newest of each hour for a week, of each day for three months, of each week after', () => {
    const kept = revisionsToThin(
      [
        revision('hour-a', 2 * DAY + 10 * 60_000),
        revision('hour-b', 2 * DAY + 20 * 60_000), // same hour as hour-a, older
        revision('day-a', 10 * DAY + 1 * HOUR),
        revision('day-b', 10 * DAY + 2 * HOUR),
        revision('week-a', 200 * DAY),
        revision('week-b', 200 * DAY + 1 * HOUR),
      ],
      now,
    )
    expect(kept.sort()).toEqual(['day-b', 'hour-b', 'week-b'])
  })

  it('thins when a revision is taken, so the table does not grow without bound', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'Tekst.' })
    // An hour into a day ten days back: the 24 minutes fall in one day, whatever the time the test runs.
    const old = Math.floor((Date.now() - 10 * DAY) / DAY) * DAY + 60 * 60_000
    await db.revisions.bulkAdd(
      Array.from({ length: 24 }, (_, i) => ({
        id: `old-${i}`, articleId: article.id, editorState: null, plainText: `v${i}`, note: '', createdAt: old + i * 60_000,
        kind: 'auto' as const, title: '', detail: '', quotes: [], sources: [], checks: [],
      })),
    )
    await takeRevision(db, article.id, 'manual')
    expect(await db.revisions.count()).toBe(2)
  })
})
