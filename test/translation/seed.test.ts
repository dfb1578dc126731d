import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareTranslation, translationOmissions } from '../../renderer/src/core'

const dir = join(__dirname, '..', 'fixtures', 'seed')
const article = readFileSync(join(dir, 'article.sq.txt'), 'utf8')
const original = readFileSync(join(dir, 'statement.en.txt'), 'utf8')
const gold = JSON.parse(readFileSync(join(dir, 'translation-gold.json'), 'utf8'))

describe('the seed statement against its English original (hand alignment)', () => {
  const report = compareTranslation(article, original)

  it('compares the embedded statement, not the article around it', () => {
    expect(report.translation).toEqual({ lang: 'sq', start: gold.statement.start, end: gold.statement.end })
  })

  it('finds the dropped sentence, and only it', () => {
    expect(report.omitted).toEqual(gold.omitted)
    expect(translationOmissions(article, original)).toEqual(gold.omitted)
  })

  it('pairs every other sentence with its counterpart', () => {
    const pairs = report.pairs.map((p) => ({ translation: p.translation, original: p.original }))
    expect(pairs).toEqual(gold.pairs)
  })

  it('flags nothing else: no addition, no changed number, name, date or negation', () => {
    expect(report.added).toEqual(gold.added)
    expect(report.pairs.flatMap((p) => p.issues)).toEqual([])
  })

  it('keeps the rows in reading order, the omission in its place', () => {
    const kinds = report.rows.map((r) => r.kind)
    expect(kinds.indexOf('0-1')).toBe(3)
    expect(report.rows.filter((r) => r.kind === '0-1')).toHaveLength(1)
  })
})
