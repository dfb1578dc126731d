// The app's brief is made from the checks the Checks pane stores; the command line's from the
// core's own check. Both are the same function over the same facts, so they write the same file.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { detectQuotes } from '../../core/quotes/detect'
import { findEmbeddedSources } from '../../core/sources/embedded'
import { briefMarkdown, composeBrief, exportBriefMarkdown, NO_OVERRIDES } from '../../core/brief'
import { checkId, saveCheckResults, setVerdict, sourcesOfArticle, type Check, type CheckResult } from '../../db'
import { RedaktorDatabase } from '../../db/database'
import { seedOnFirstLaunch } from '../../db/seed'
import { checkInputs, IncrementalChecker } from '../checks/checker'
import { buildItems } from '../quotes/items'
import { briefFacts, omissionsOf } from './briefFacts'

const seedDir = new URL('../../../../test/fixtures/seed/', import.meta.url)
const seed = readFileSync(new URL('article.sq.txt', seedDir), 'utf8')
const original = readFileSync(new URL('statement.en.txt', seedDir), 'utf8')

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

/** What the Checks pane does on the seed: its quotes, checked by the worker's checker, stored. */
async function checkedSeed(db: RedaktorDatabase) {
  const article = (await seedOnFirstLaunch(db, seed, original))!
  const snapshot = { text: seed, marks: [] }
  const { items } = buildItems({
    namespace: article.id,
    current: snapshot,
    analysed: { snapshot, quotes: detectQuotes(seed, findEmbeddedSources(seed)).quotes },
    rows: [],
    entityName: () => null,
    speakerName: (quote) => quote.speaker?.entity ?? null,
  })
  const all = await sourcesOfArticle(db, article.id)
  const sources = all.filter((s) => !s.originalOf)
  const authors = new Map((await db.entities.toArray()).map((e) => [e.id, e.name]))
  const round = new IncrementalChecker().run(
    checkInputs(items, () => null),
    sources.map((s) => ({ id: s.id, title: s.title, text: s.text, author: s.author ? (authors.get(s.author) ?? null) : null })),
    { articleText: seed },
  )
  const results: CheckResult[] = round.results.flatMap((r) =>
    r.checks.map((c) => ({
      quoteId: r.quoteId, sourceId: c.source, quoteText: r.text, status: c.status, score: c.score, match: c.match,
      diff: c.diff.map((op) => ({ op: op.op, quote: op.op === 'omitted' ? '' : op.quote, source: op.op === 'added' ? '' : op.source, ...(op.op !== 'equal' && op.kind ? { kind: op.kind } : {}) })),
      attribution: r.attribution, attributionReason: r.attributionReason, attributionSource: r.attributionSource, ownSource: r.ownSources.includes(c.source), missingNumbers: c.missingNumbers,
    })),
  )
  await saveCheckResults(db, article.id, results, { quoteIds: new Set(items.map((i) => i.id)), sourceIds: new Set(sources.map((s) => s.id)) })
  const checks = async () => new Map((await db.checks.toArray()).map((row): [string, Check] => [row.id, row]))
  const facts = async () =>
    briefFacts({
      article: { text: seed, title: article.title, language: 'sq' },
      quotes: items,
      sources,
      checks: await checks(),
      authorName: (id) => authors.get(id) ?? null,
      omissions: omissionsOf(all),
    })
  return { article, items, sources, facts }
}

describe('the brief the app makes from the stored checks', () => {
  it('writes the Markdown the command line writes for the seed, in both languages', async () => {
    const db = new RedaktorDatabase('redaktor-brief-facts-parity')
    const { facts } = await checkedSeed(db)
    for (const language of ['sq', 'en'] as const) {
      const app = composeBrief({ ...(await facts()), omissions: [] }, NO_OVERRIDES, language).model
      const cli = exportBriefMarkdown(seed, [], { date: '2025-03-19', language })
      expect(briefMarkdown(app, { date: '2025-03-19' })).toBe(cli)
    }
    db.close()
  })

  it('takes a verdict given in the Checks pane, on the misquoted words', async () => {
    const db = new RedaktorDatabase('redaktor-brief-facts-verdict')
    const { items, sources, facts } = await checkedSeed(db)
    const quote = items.find((i) => i.text === 'negociatat teknike')!
    await setVerdict(db, checkId(quote.id, sources[0].id), 'misquote', 'Deklarata thotë «negociata teknike».', quote.text)
    const brief = composeBrief(await facts(), NO_OVERRIDES, 'sq')
    expect(brief.model.quotes.find((q) => q.key === quote.id)).toMatchObject({ text: 'negociatat teknike', verdict: 'misquote' })
    expect(briefMarkdown(brief.model, { date: '2025-03-19' })).toContain('**⚠ CITIM I GABUAR**\n\n> negociatat teknike')
    db.close()
  })

  it('lists what the seed’s translation left out of its English original, and not the original as a source', async () => {
    const db = new RedaktorDatabase('redaktor-brief-facts-omissions')
    const { facts } = await checkedSeed(db)
    const f = await facts()
    expect(f.sources.map((s) => s.title)).toEqual(['Deklarata e Shtëpisë së Bardhë'])
    expect(f.omissions).toHaveLength(1)
    expect(f.omissions![0]).toMatchObject({ sourceTitle: 'Deklarata e Shtëpisë së Bardhë', language: 'en' })
    expect(f.omissions![0].sentences.length).toBeGreaterThan(0)
    for (const sentence of f.omissions![0].sentences) expect(original).toContain(sentence)
    db.close()
  })
})
