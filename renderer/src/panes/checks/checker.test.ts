import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findEmbeddedSources } from '../../core/sources/embedded'
import { IncrementalChecker } from './checker'
import { diffPieces, passageContext } from './passage'

const article = readFileSync(new URL('../../../../test/fixtures/seed/article.sq.txt', import.meta.url), 'utf8')
const [statement] = findEmbeddedSources(article)
const wh = { id: 'wh', title: statement.title, text: statement.text, author: 'Shtëpia e Bardhë' }
const quotes = [
  { id: 'q1', text: 'negociatat teknike', speaker: { name: 'Shtëpia e Bardhë' } },
  { id: 'q2', text: 'Këto negociata do të fillojnë menjëherë në Lindjen e Mesme', speaker: { name: 'Shtëpia e Bardhë' } },
]

describe('incremental checking', () => {
  it('aligns only the quotes and sources that changed', () => {
    const checker = new IncrementalChecker()
    const first = checker.run(quotes, [wh])
    expect(first.computed).toBe(2)
    expect(first.results.map((result) => result.checks[0].status)).toEqual(['near-verbatim', 'verbatim'])

    expect(checker.run(quotes, [wh]).computed).toBe(0)
    const edited = [quotes[0], { ...quotes[1], text: 'Këto negociata do të fillojnë nesër në Lindjen e Mesme' }]
    const second = checker.run(edited, [wh])
    expect(second.computed).toBe(1)
    expect(second.results[1].checks[0].status).not.toBe('verbatim')

    const kremlin = { id: 'kr', title: 'Komunikata e Kremlinit', text: 'Palët do të vazhdojnë bisedimet në Riad javën e ardhshme.', author: 'Kremlini' }
    expect(checker.run(edited, [wh, kremlin]).computed).toBe(2)
    expect(checker.run(edited, [{ ...wh, text: `${wh.text} Fund.` }, kremlin]).computed).toBe(2)
  })

  it('flags a quote found only in someone else’s source as a mismatch', () => {
    const checker = new IncrementalChecker()
    const kremlin = { id: 'kr', title: 'Komunikata e Kremlinit', text: 'Palët do të vazhdojnë bisedimet në Riad javën e ardhshme.', author: 'Kremlini' }
    const quote = { id: 'q9', text: 'Palët do të vazhdojnë bisedimet në Riad javën e ardhshme', speaker: { name: 'Shtëpia e Bardhë' } }
    const [result] = checker.run([quote], [wh, kremlin]).results
    expect(result.checks.map((check) => check.status)).toEqual(['not-found', 'verbatim'])
    expect(result.attribution).toBe('mismatch')
    // The author changes, not the text: attribution follows without a new alignment.
    const again = checker.run([quote], [wh, { ...kremlin, author: 'Shtëpia e Bardhë' }])
    expect(again.computed).toBe(0)
    expect(again.results[0].attribution).toBe('consistent')
  })
})

describe('the side-by-side view', () => {
  it('shows the passage with the sentences around it', () => {
    const text = 'E para. E dyta me fjalët e kërkuara këtu. E treta. E katërta.'
    const start = text.indexOf('fjalët')
    const context = passageContext(text, start, start + 'fjalët e kërkuara'.length)
    expect(context).toMatchObject({ before: 'E para. E dyta me ', passage: 'fjalët e kërkuara', after: ' këtu. E treta.' })
  })

  it('marks the changed words on each side', () => {
    const diff = [
      { op: 'changed' as const, quote: 'SHBA', source: 'Shteteve të Bashkuara', kind: 'alias' as const },
      { op: 'equal' as const, quote: 'dhe', source: 'dhe' },
      { op: 'changed' as const, quote: '30', source: '20', kind: 'number' as const },
    ]
    expect(diffPieces('midis SHBA dhe 30', diff, 'quote')).toEqual([
      { text: 'midis ' },
      { text: 'SHBA', emphasis: 'changed' },
      { text: ' dhe ' },
      { text: '30', emphasis: 'changed', hard: true },
    ])
    expect(diffPieces('Shteteve të Bashkuara dhe 20', diff, 'source').filter((piece) => piece.emphasis).map((piece) => piece.text)).toEqual(['Shteteve të Bashkuara', '20'])
  })
})
