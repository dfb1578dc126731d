import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { saveCheckResults, setVerdict, checkId } from './checks'
import { RedaktorDatabase } from './database'
import { seedOnFirstLaunch } from './seed'
import { addSource, isOriginal, markOriginal, sourcesOfArticle } from './sources'

const seedDir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed')
const article = readFileSync(join(seedDir, 'article.sq.txt'), 'utf8')
const original = readFileSync(join(seedDir, 'statement.en.txt'), 'utf8')

let names = 0
const freshDb = () => new RedaktorDatabase(`redaktor-originals-test-${++names}`)
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

describe('a source kept as the original of another', () => {
  it('is registered on first launch: the English readout as the original of the embedded statement', async () => {
    const db = freshDb()
    const seeded = await seedOnFirstLaunch(db, article, original)
    const sources = await sourcesOfArticle(db, seeded!.id)
    expect(sources).toHaveLength(2)
    // Both are made in the same instant: found by what they are, not by their order.
    const statement = sources.find((s) => s.origin === 'embedded')!
    const readout = sources.find((s) => s !== statement)!
    expect(statement.origin).toBe('embedded')
    expect(readout).toMatchObject({ language: 'en', text: original, originalOf: statement.id, author: statement.author })
    expect(isOriginal(readout)).toBe(true)
    expect(isOriginal(statement)).toBe(false)
  })

  it('can be marked and unmarked; marking drops its quote checks but keeps those with a verdict', async () => {
    const db = freshDb()
    const seeded = await seedOnFirstLaunch(db, article)
    const [statement] = await sourcesOfArticle(db, seeded!.id)
    const readout = await addSource(db, seeded!.id, { title: 'Readout', author: null, language: 'en', text: original, origin: 'pasted' })
    const result = (quoteId: string) => ({ quoteId, sourceId: readout.id, quoteText: quoteId, status: 'not-found' as const, score: 0, match: null, diff: [], attribution: 'unknown' as const, attributionReason: { code: 'not-found' as const }, attributionSource: null, ownSource: false, missingNumbers: [] })
    await saveCheckResults(db, seeded!.id, [result('q-1'), result('q-2')], { quoteIds: new Set(['q-1', 'q-2']), sourceIds: new Set([readout.id]) })
    await setVerdict(db, checkId('q-2', readout.id), 'follow-up', 'ask the embassy', 'q-2')
    await markOriginal(db, readout.id, statement.id)
    expect((await db.sources.get(readout.id))!.originalOf).toBe(statement.id)
    expect((await db.checks.where('sourceId').equals(readout.id).toArray()).map((c) => c.quoteId)).toEqual(['q-2'])
    await markOriginal(db, readout.id, null)
    expect(isOriginal((await db.sources.get(readout.id))!)).toBe(false)
  })

  it('refuses to be its own original or the original of a source elsewhere', async () => {
    const db = freshDb()
    const seeded = await seedOnFirstLaunch(db, article, original)
    const [statement] = await sourcesOfArticle(db, seeded!.id)
    await expect(markOriginal(db, statement.id, statement.id)).rejects.toThrow()
    await expect(markOriginal(db, statement.id, 'no-such-source')).rejects.toThrow()
  })
})
