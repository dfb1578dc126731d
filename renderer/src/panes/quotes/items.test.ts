import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectQuotes } from '../../core/quotes/detect'
import type { Quote } from '../../db/types'
import { buildItems, paragraphAt, suggestionId } from './items'

const text = readFileSync(new URL('../../../../test/fixtures/seed/article.sq.txt', import.meta.url), 'utf8')
const quotes = detectQuotes(text).quotes
const snapshot = { text, marks: [] }
const base = {
  namespace: 'a1',
  current: snapshot,
  analysed: { snapshot, quotes },
  entityName: (id: string) => (id === 'e-wh' ? 'Shtëpia e Bardhë' : null),
  speakerName: (quote: (typeof quotes)[number]) => quote.speaker?.entity ?? null,
}
const row = (over: Partial<Quote> & Pick<Quote, 'id' | 'text'>): Quote => ({
  articleId: 'a1', markId: '', speaker: null, kind: 'direct', state: 'confirmed', note: '', createdAt: 1, updatedAt: 1, ...over,
})

describe('the rows of the Quotes pane', () => {
  it('lists every detected quote as a suggestion, in text order, with its paragraph', () => {
    const { items } = buildItems({ ...base, rows: [] })
    expect(items.map((item) => item.state)).toEqual(Array(5).fill('suggested'))
    expect(items.map((item) => item.paragraph)).toEqual([3, 4, 5, 5, 6])
    expect(items[0]).toMatchObject({ text: 'negociatat teknike', speaker: 'Shtëpia e Bardhë' })
  })

  it('gives a suggestion the same id on every analysis', () => {
    expect(buildItems({ ...base, rows: [] }).items[0].id).toBe(suggestionId('a1', 'negociatat teknike', 0))
  })

  it('shows a tagged quote once, as the tag, with the words under its mark now', () => {
    const mark = { markId: 'm1', start: 391, end: 415, text: 'negociatat teknike e reja' }
    const current = { text, marks: [mark] }
    const { items } = buildItems({
      ...base,
      current,
      analysed: { snapshot: current, quotes },
      rows: [row({ id: 'q1', markId: 'm1', text: 'negociatat teknike', speaker: 'e-wh' })],
    })
    expect(items).toHaveLength(5)
    expect(items[0]).toMatchObject({ id: 'q1', state: 'confirmed', text: 'negociatat teknike e reja', speaker: 'Shtëpia e Bardhë', paragraph: 3 })
  })

  it('keeps a rejected suggestion hidden even after text was added before it', () => {
    const shifted = `Shtesë.\n${text}`
    const moved = { text: shifted, marks: [] }
    const { items, rejected } = buildItems({
      ...base,
      current: moved,
      analysed: { snapshot: moved, quotes: detectQuotes(shifted).quotes },
      rows: [row({ id: 'r1', text: 'normalizimin e marrëdhënieve', state: 'rejected', start: 865 })],
    })
    expect(items.map((item) => item.text)).not.toContain('normalizimin e marrëdhënieve')
    expect(rejected).toMatchObject([{ id: 'r1', state: 'rejected' }])
  })

  it('shows a tag whose words were deleted as gone, unless undo made it a suggestion again', () => {
    const id = suggestionId('a1', 'negociatat teknike', 0)
    const gone = buildItems({ ...base, analysed: null, rows: [row({ id, markId: 'm1', text: 'negociatat teknike', orphaned: true })] })
    expect(gone.items).toMatchObject([{ id, gone: true, start: null }])
    const back = buildItems({ ...base, rows: [row({ id, markId: 'm1', text: 'negociatat teknike', orphaned: true })] })
    expect(back.items.filter((item) => item.id === id)).toMatchObject([{ state: 'suggested' }])
  })

  it('counts paragraphs as blocks joined by newlines', () => {
    expect(paragraphAt('a\nb\nc', 0)).toBe(1)
    expect(paragraphAt('a\nb\nc', 4)).toBe(3)
  })
})

describe('row identity', () => {
  it('never lists one id twice, even before re-analysis catches up with an accept', () => {
    const id = suggestionId('a1', 'negociatat teknike', 0)
    const { items } = buildItems({ ...base, rows: [row({ id, markId: 'm1', text: 'negociatat teknike' })], current: { text, marks: [{ markId: 'm1', start: 391, end: 409, text: 'negociatat teknike' }] } })
    expect(items.filter((item) => item.id === id)).toMatchObject([{ state: 'confirmed' }])
  })
})
