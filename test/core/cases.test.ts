import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkArticle, detectQuotes, findEmbeddedSources, type DiffOp, type SourceInput } from '../../renderer/src/core/index'

interface ExpectedCheck {
  status: string[]
  match?: string
  diff?: [string, string][]
  /** Pairs that must not show as a change: the quote dropped words rather than changing one. */
  notChanged?: [string, string][]
  omitted?: string[]
  /** Words no omission may hold: they are outside the passage quoted. */
  notOmitted?: string[]
  added?: string[]
  missingNumbers?: string[]
}
interface ExpectedQuote {
  text: string
  speaker?: string[] | null
  entity?: string
  kind?: string
  parent?: number
  checks?: Record<string, ExpectedCheck>
  attribution?: string
  /** An attribution the quote must not get: for traps where either of the others is defensible. */
  notAttribution?: string
}
interface Case {
  name: string
  topic: string
  article: string
  sources?: SourceInput[]
  expect: {
    quotes: ExpectedQuote[]
    quoteCount?: number
    /** Quoted names (newspapers, squares, operations): not quotations. */
    notQuotes?: string[]
    problems?: number
    embedded?: Array<{ title: string; author: string | null }>
    unsupportedNumbers?: string[]
  }
}

const dir = join(__dirname, '..', 'fixtures', 'cases')
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()

const shows = (diff: DiffOp[], quote: string, source: string) => diff.some((op) => op.op === 'changed' && op.quote === quote && op.source === source)

for (const file of files) {
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[]
  describe(file.replace(/\.json$/, ''), () => {
    for (const c of cases) {
      it(`${c.name} (${c.topic})`, () => {
        const report = checkArticle(c.article, c.sources ?? [])
        const { quotes, names } = detectQuotes(c.article)
        const e = c.expect
        if (e.quoteCount !== undefined) expect(quotes.map((q) => q.text)).toHaveLength(e.quoteCount)
        for (const name of e.notQuotes ?? []) {
          expect(quotes.map((q) => q.text), `${name} is a name, not a quote`).not.toContain(name)
          expect(names.map((n) => n.text)).toContain(name)
          expect(report.quotes.map((q) => q.text)).not.toContain(name)
        }
        if (e.problems !== undefined) expect(report.problems, JSON.stringify(report.problems)).toHaveLength(e.problems)
        if (e.embedded) expect(findEmbeddedSources(c.article).map(({ title, author }) => ({ title, author }))).toEqual(e.embedded)
        if (e.unsupportedNumbers) expect(report.unsupportedNumbers.map((n) => n.text)).toEqual(e.unsupportedNumbers)
        e.quotes.forEach((x) => {
          const q = quotes.find((d) => d.text === x.text)
          expect(q, `quote ${JSON.stringify(x.text)} among ${JSON.stringify(quotes.map((d) => d.text))}`).toBeDefined()
          if (!q) return
          expect(c.article.slice(q.start, q.end)).toBe(q.text)
          if (x.speaker === null) expect(q.speaker).toBeNull()
          else if (x.speaker) expect(x.speaker, JSON.stringify(q.speaker)).toContain(q.speaker?.surface)
          if (x.entity) expect(q.speaker?.entity).toBe(x.entity)
          if (x.kind) expect(q.kind).toBe(x.kind)
          if (x.parent !== undefined) {
            const parent = quotes.find((d) => d.text === e.quotes[x.parent as number].text)
            expect(q.parent).toBe(parent?.id)
          }
          const rq = report.quotes.find((r) => r.id === q.id)
          expect(rq).toBeDefined()
          if (!rq) return
          for (const [sourceId, xc] of Object.entries(x.checks ?? {})) {
            const check = rq.checks.find((k) => k.source === sourceId)
            expect(check, `check against ${sourceId}`).toBeDefined()
            if (!check) continue
            const info = JSON.stringify({ status: check.status, match: check.match?.text, diff: check.diff.filter((d) => d.op !== 'equal') })
            expect(xc.status, info).toContain(check.status)
            if (xc.match) expect(check.match?.text, info).toBe(xc.match)
            for (const [qs, ss] of xc.diff ?? []) expect(shows(check.diff, qs, ss), `${qs} → ${ss} in ${info}`).toBe(true)
            for (const [qs, ss] of xc.notChanged ?? []) expect(shows(check.diff, qs, ss), `no ${qs} → ${ss} in ${info}`).toBe(false)
            for (const s of xc.omitted ?? []) expect(check.diff.some((d) => d.op === 'omitted' && d.source === s), `omitted ${s} in ${info}`).toBe(true)
            for (const s of xc.notOmitted ?? []) expect(check.diff.some((d) => d.op === 'omitted' && d.source.includes(s)), `${s} not omitted in ${info}`).toBe(false)
            for (const s of xc.added ?? []) expect(check.diff.some((d) => d.op === 'added' && d.quote === s), `added ${s} in ${info}`).toBe(true)
            if (xc.missingNumbers) expect(check.missingNumbers).toEqual(xc.missingNumbers)
            if (check.match) {
              const source = report.sources.find((s) => s.id === sourceId)
              const text = source?.origin === 'embedded' ? c.article.slice(source.start ?? 0, source.end ?? 0) : c.sources?.[Number(sourceId.slice(1)) - 1 - report.sources.filter((s) => s.origin === 'embedded').length]?.text
              expect(text?.slice(check.match.start, check.match.end)).toBe(check.match.text)
            }
          }
          if (x.attribution) expect(rq.attribution).toBe(x.attribution)
          if (x.notAttribution) expect(rq.attribution).not.toBe(x.notAttribution)
        })
      })
    }
  })
}
