import { describe, expect, it } from 'vitest'
import { splitParagraphs, titleFromText } from './article'
import { countWords } from './text/tokenize'

describe('article text', () => {
  it('takes the title from the first sentence', () => {
    expect(titleFromText('Presidenti Putin ka rënë dakord. Pastaj tjetër.\nParagrafi dy.')).toBe(
      'Presidenti Putin ka rënë dakord',
    )
  })

  it('does not end the title at a decimal number or an initial', () => {
    expect(titleFromText('Rritja ishte 2.5 për qind sipas Z. Hoxha. Tjetër.')).toBe(
      'Rritja ishte 2.5 për qind sipas Z. Hoxha',
    )
  })

  it('does not end the title at "nr." before a number', () => {
    expect(titleFromText('Mbyllet Konvikti nr. 3: 212 studentë duhet t’i lirojnë dhomat\nTekst.')).toBe('Mbyllet Konvikti nr. 3: 212 studentë duhet t’i lirojnë dhomat')
  })

  it('does not end the title at an abbreviation the next word continues (sh.p.k.)', () => {
    expect(titleFromText('Energji Guribardh sh.p.k. njoftoi lejen. Tjetër.')).toBe('Energji Guribardh sh.p.k. njoftoi lejen')
  })

  it('skips blank leading lines and shortens a very long first sentence at a word', () => {
    const title = titleFromText(`\n\n${'fjalë '.repeat(60)}`)
    expect(title.length).toBeLessThanOrEqual(121)
    expect(title.endsWith('…')).toBe(true)
  })

  it('counts Albanian words with apostrophes and hyphens as one', () => {
    expect(countWords('S’ka të bëjë me SHBA-në, tha ai.')).toBe(7)
  })

  it('keeps one paragraph per line', () => {
    expect(splitParagraphs('a\r\nb\n\nc')).toEqual(['a', 'b', '', 'c'])
  })
})
