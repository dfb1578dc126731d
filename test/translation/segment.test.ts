import { describe, expect, it } from 'vitest'
import { segmentSentences } from '../../renderer/src/core'

const split = (text: string, lang: string) => segmentSentences(text, lang).map((s) => s.text)

describe('sentences in Albanian', () => {
  it('does not end a sentence on a title or an abbreviation that never ends one', () => {
    expect(split('Z. Rama u takua me Prof. Dr. Gjini. Takimi zgjati një orë.', 'sq')).toEqual(['Z. Rama u takua me Prof. Dr. Gjini.', 'Takimi zgjati një orë.'])
  })

  it('keeps numbers and dates whole', () => {
    expect(split('Rritja ishte 3,5 për qind më 12.03.2024. Kostoja arriti 1.500 euro.', 'sq')).toEqual(['Rritja ishte 3,5 për qind më 12.03.2024.', 'Kostoja arriti 1.500 euro.'])
  })

  it('ends a sentence on "SHBA." before a capital, not before a lower-case word', () => {
    expect(split('Ai udhëtoi në SHBA. Atje takoi ministrin.', 'sq')).toHaveLength(2)
    expect(split('SHBA. dhe BE. ranë dakord.', 'sq')).toHaveLength(1)
  })

  it('keeps initials with the name', () => {
    expect(split('Presidenti J. F. Kennedy erdhi. Ai foli.', 'sq')).toEqual(['Presidenti J. F. Kennedy erdhi.', 'Ai foli.'])
  })

  it('keeps a quotation with the cue that follows it', () => {
    expect(split('„Pse?“ pyeti ai. Askush nuk u përgjigj.', 'sq')).toEqual(['„Pse?“ pyeti ai.', 'Askush nuk u përgjigj.'])
  })

  it('ends a sentence at a line break, and reports raw offsets', () => {
    const text = '  Titulli pa pikë\nFjalia e parë. Fjalia e dytë.'
    const sentences = segmentSentences(text, 'sq')
    expect(sentences.map((s) => s.text)).toEqual(['Titulli pa pikë', 'Fjalia e parë.', 'Fjalia e dytë.'])
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('sentences in English', () => {
  it('does not end a sentence on Mr., Dr., Gen. or a month', () => {
    expect(split('Mr. Smith met Gen. Milley on Jan. 5, 2024. Dr. Jones agreed.', 'en')).toEqual(['Mr. Smith met Gen. Milley on Jan. 5, 2024.', 'Dr. Jones agreed.'])
  })

  it('reads "U.S." inside a sentence and at its end', () => {
    expect(split('Mr. Smith went to the U.S. Embassy. He left.', 'en')).toEqual(['Mr. Smith went to the U.S. Embassy.', 'He left.'])
    expect(split('The talks were held in the U.S. The next round is in Geneva.', 'en')).toHaveLength(2)
    expect(split('The U.S. said so.', 'en')).toHaveLength(1)
  })

  it('keeps decimals, thousands and times of day whole', () => {
    expect(split('Growth was 3.5 percent, or $1,500 million, at 10 a.m. on Tuesday. It fell.', 'en')).toEqual([
      'Growth was 3.5 percent, or $1,500 million, at 10 a.m. on Tuesday.',
      'It fell.',
    ])
  })

  it('ends a quoted sentence before a new one, not before its cue', () => {
    expect(split('"We will not stop." He left. "Why?" he asked.', 'en')).toEqual(['"We will not stop."', 'He left.', '"Why?" he asked.'])
  })
})

describe('a language without data', () => {
  it('is refused with its name', () => {
    expect(() => segmentSentences('Guten Tag.', 'de')).toThrow(/de/)
  })
})
