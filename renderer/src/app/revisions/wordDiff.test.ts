import { describe, expect, it } from 'vitest'
import { wordDiff } from './wordDiff'

describe('a revision against the current text, word by word', () => {
  it('shows the words a revision would bring back and the words it would take away', () => {
    const diff = wordDiff('Ministri tha se negociatat vazhdojnë.', 'Ministri deklaroi se negociatat teknike vazhdojnë.')
    expect(diff.onlyInVersion).toBe(2)
    expect(diff.onlyNow).toBe(1)
    expect(diff.pieces.filter((p) => p.kind === 'version').map((p) => p.text.trim())).toEqual(['deklaroi', 'teknike'])
    expect(diff.pieces.filter((p) => p.kind === 'current').map((p) => p.text.trim())).toEqual(['tha'])
  })

  it('folds a long unchanged stretch between two changes, keeping a few words at each end', () => {
    const middle = Array.from({ length: 100 }, (_, i) => `fjala${i}`).join(' ')
    const diff = wordDiff(`A ${middle} B`, `X ${middle} Y`, 5)
    const folded = diff.pieces.find((p) => p.kind === 'folded')
    expect(folded?.words).toBe(90)
    // Nothing is lost by folding: the pieces still spell out the revision's side.
    expect(diff.pieces.filter((p) => p.kind !== 'current').map((p) => p.text).join('')).toBe(`X ${middle} Y`)
  })

  it('says nothing changed when the texts are the same', () => {
    const diff = wordDiff('Një tekst.', 'Një tekst.')
    expect([diff.onlyInVersion, diff.onlyNow]).toEqual([0, 0])
  })
})
