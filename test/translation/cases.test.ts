import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareTranslation } from '../../renderer/src/core'

// Statements of several kinds (readout, communiqués, press releases, a court, a federation, an
// IMF mission), each with its translation and the faults put into it, written before the aligner.
interface Case {
  name: string
  kind: string
  translation: string
  original: string
  expect: {
    pairs: Array<{ translation: string[]; original: string[]; issues: Array<{ kind: string; translation: string; original: string }> }>
    omitted: string[]
    added: string[]
  }
}
const read = (file: string): Case[] => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8'))
const cases = read('translation-cases.json')
// Statements of other kinds, written later by someone who had not seen the aligner either.
const unseen = [...read('translation-unseen.json'), ...read('translation-desk.json'), ...read('translation-wire.json'), ...read('translation-round4.json'), ...read('translation-round8.json'), ...read('translation-round13.json'), ...read('translation-round18.json'), ...read('translation-notices.json')]

describe('translations against their originals', () => {
  it('covers every kind of fault and statement', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
    const issues = cases.flatMap((c) => c.expect.pairs.flatMap((p) => p.issues.map((i) => i.kind)))
    expect(new Set(issues)).toEqual(new Set(['number', 'name', 'date', 'negation']))
    expect(cases.some((c) => c.expect.pairs.some((p) => p.translation.length === 2))).toBe(true)
    expect(cases.some((c) => c.expect.pairs.some((p) => p.original.length === 2))).toBe(true)
  })

  for (const c of [...cases, ...unseen]) {
    describe(c.name, () => {
      const report = compareTranslation(c.translation, c.original)

      it('finds what the translation left out and added, and nothing else', () => {
        expect(report.omitted.map((s) => s.text)).toEqual(c.expect.omitted)
        expect(report.added.map((s) => s.text)).toEqual(c.expect.added)
      })

      it('pairs every other sentence with its counterpart, one or two a side', () => {
        const pairs = report.pairs.map((p) => ({ translation: p.translationSentences.map((s) => s.text), original: p.originalSentences.map((s) => s.text) }))
        expect(pairs).toEqual(c.expect.pairs.map(({ translation, original }) => ({ translation, original })))
      })

      it('reports each changed number, name, date and negation on its pair, and no other', () => {
        const issues = report.pairs.map((p) => p.issues.map((i) => ({ kind: i.kind, translation: i.translation?.text ?? '', original: i.original?.text ?? '' })))
        const sort = (list: Array<{ kind: string }>) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
        expect(issues.map(sort)).toEqual(c.expect.pairs.map((p) => sort(p.issues)))
      })
    })
  }
})
