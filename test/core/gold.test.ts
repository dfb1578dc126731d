import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkArticle, detectQuotes, findEmbeddedSources, type CheckReport } from '../../renderer/src/core/index'
import { root, run, seedArticle as articlePath } from '../cli'

const seedDir = join(root, 'test', 'fixtures', 'seed')
const article = readFileSync(articlePath, 'utf8')

interface GoldQuote {
  text: string
  start: number
  end: number
  speaker: string[]
  checks: Record<string, { status: string[]; match?: string; diff?: [string, string][] }>
}
interface Gold {
  sources: Array<{ id: string; title: string; author: string; heading: { start: number; end: number }; start: number; end: number }>
  quotes: GoldQuote[]
}
const gold = JSON.parse(readFileSync(join(seedDir, 'gold.json'), 'utf8')) as Gold

function expectReportMatchesGold(report: CheckReport) {
  const goldSource = gold.sources[0]
  const source = report.sources.find((s) => s.origin === 'embedded')
  expect(source).toMatchObject({ title: goldSource.title, author: goldSource.author, start: goldSource.start, end: goldSource.end })
  for (const g of gold.quotes) {
    const q = report.quotes.find((x) => x.start === g.start && x.end === g.end)
    expect(q, `quote at ${g.start}–${g.end}`).toBeDefined()
    if (!q) continue
    expect(q.text).toBe(g.text)
    expect(g.speaker).toContain(q.speaker)
    const goldCheck = g.checks[goldSource.id]
    const check = q.checks.find((c) => c.source === source?.id)
    expect(check, `check of ${g.text}`).toBeDefined()
    if (!check) continue
    expect(goldCheck.status).toContain(check.status)
    if (goldCheck.match) expect(check.match?.text).toBe(goldCheck.match)
    if (check.match) expect(article.slice(goldSource.start + check.match.start, goldSource.start + check.match.end)).toBe(check.match.text)
    for (const [quoteSide, sourceSide] of goldCheck.diff ?? []) {
      const shown = check.diff.some((op) => op.op === 'changed' && op.quote === quoteSide && op.source === sourceSide)
      expect(shown, `diff ${quoteSide} → ${sourceSide} in ${JSON.stringify(check.diff)}`).toBe(true)
    }
  }
}

describe('the seed article, as an editor annotated it', () => {
  it('finds the White House statement embedded under its heading', () => {
    const [source] = findEmbeddedSources(article)
    const g = gold.sources[0]
    expect(source).toMatchObject({ title: g.title, author: g.author, headingStart: g.heading.start, headingEnd: g.heading.end, start: g.start, end: g.end })
    expect(source.text).toBe(article.slice(g.start, g.end))
  })

  it('detects every gold quote with its exact span and an accepted speaker', () => {
    const { quotes } = detectQuotes(article)
    for (const g of gold.quotes) {
      const q = quotes.find((x) => x.start === g.start && x.end === g.end)
      expect(q, g.text).toBeDefined()
      expect(q?.text).toBe(g.text)
      expect(g.speaker).toContain(q?.speaker?.surface)
    }
    // Nothing is detected inside the embedded statement.
    expect(quotes.every((q) => q.end <= gold.sources[0].heading.start)).toBe(true)
  })

  it('gives each quote the verdict, passage and word changes of the gold', () => {
    expectReportMatchesGold(checkArticle(article, []))
  })

  it('flags the figures the statement never gives (30 days, 175 prisoners)', () => {
    const numbers = checkArticle(article, []).unsupportedNumbers.map((n) => n.text)
    expect(numbers).toEqual(['30', '175'])
  })

  it('gives the same answers through the command line', async () => {
    const result = await run('check', articlePath, '--json')
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as CheckReport
    expect(report.version).toBe(1)
    expectReportMatchesGold(report)
  }, 30_000)
})
