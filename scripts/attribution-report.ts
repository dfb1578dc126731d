// Attribution accuracy on the fixture cases, on the same cases with every person and body renamed
// (the generalisation suite), on the cases written for unseen articles, and on held-out articles:
// how many expected attributions the core gives, and how many correct quotes it calls misattributed.
//   npx tsx scripts/attribution-report.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkArticle, type SourceInput } from '../renderer/src/core/index'
import { renameCase, renamedSeed } from '../test/core/renamed'

interface Case {
  name: string
  article: string
  sources?: SourceInput[]
  expect: { quotes: Array<{ text: string; attribution?: string }> }
}

const root = join(import.meta.dirname, '..')
const casesDir = join(root, 'test', 'fixtures', 'cases')
const verbose = process.argv.includes('--verbose')

const read = (file: string) => JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as Case[]
const files = readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort()
const unseenFiles = files.filter((f) => f.startsWith('unseen'))
const known = files.filter((f) => !f.startsWith('unseen')).flatMap((f) => read(f).map((c) => ({ ...c, name: `${f}: ${c.name}` })))
const unseen = unseenFiles.flatMap((f) => read(f).map((c) => ({ ...c, name: `${f}: ${c.name}` })))
// Written without reading the code and measured as written, first: not a test the core must pass.
const heldout = (JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'heldout', 'attribution.json'), 'utf8')) as Case[]).map((c) => ({ ...c, name: `held-out: ${c.name}` }))

const seedExpect = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'renamed', 'seed-attributions.json'), 'utf8')) as { attributions: string[] }
const seedCase = (name: string, article: string, quotes: Array<{ text: string }>): Case => ({
  name,
  article,
  expect: { quotes: quotes.map((q, i) => ({ text: q.text, attribution: seedExpect.attributions[i] })) },
})
const seedGold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seed', 'gold.json'), 'utf8')) as { quotes: Array<{ text: string }> }
const seed = seedCase('seed', readFileSync(join(root, 'test', 'fixtures', 'seed', 'article.sq.txt'), 'utf8'), seedGold.quotes)
const renamed = [...known.map((c) => renameCase(c)), seedCase('seed (renamed)', renamedSeed.article, renamedSeed.gold.quotes)]

interface Tally {
  total: number
  correct: number
  falseMismatch: number
  missedMismatch: number
  undetected: number
  failures: string[]
}

function measure(cases: Case[]): Tally {
  const t: Tally = { total: 0, correct: 0, falseMismatch: 0, missedMismatch: 0, undetected: 0, failures: [] }
  for (const c of cases) {
    const report = checkArticle(c.article, c.sources ?? [])
    for (const x of c.expect.quotes) {
      if (!x.attribution) continue
      t.total++
      const q = report.quotes.find((r) => r.text === x.text)
      const got = q?.attribution ?? 'undetected'
      if (!q) t.undetected++
      if (got === x.attribution) t.correct++
      else t.failures.push(`${c.name}\n    “${x.text.slice(0, 70)}” speaker ${q?.speaker ?? '—'}: expected ${x.attribution}, got ${got}`)
      if (got === 'mismatch' && x.attribution !== 'mismatch') t.falseMismatch++
      if (x.attribution === 'mismatch' && got !== 'mismatch') t.missedMismatch++
    }
  }
  return t
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`)
const suites: Array<[string, Case[]]> = [
  ['fixture cases + seed', [...known, seed]],
  ['renamed (generalisation suite)', renamed],
  ['unseen articles', unseen],
  ['held-out articles', heldout],
]
for (const [label, cases] of suites) {
  const t = measure(cases)
  console.log(
    `${label}: ${t.correct}/${t.total} correct (${pct(t.correct, t.total)}), false mismatches ${t.falseMismatch}, missed mismatches ${t.missedMismatch}, quotes not detected ${t.undetected}`,
  )
  if (verbose) for (const f of t.failures) console.log(`  ✗ ${f}`)
}
