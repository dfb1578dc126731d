import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkArticle, detectQuotes, findEmbeddedSources, normalise } from '../../renderer/src/core/index'

const pieces = [
  '“', '”', '„', '“', '«', '»', '‹', '›', '"', "'", '‘', '’', '‚', ':', '\n', '\n\n', ' ', ', ', '. ', '…', '...',
  'tha ', 'Rama ', 'Ajo shtoi', 'sipas ', 'Moskës', 'Shtëpia e Bardhë', 'Deklarata e Kremlinit:', 'Komunikata:',
  'thuhet në deklaratën e ', 'SHBA', 'Shteteve të Bashkuara', '1.500', '30', 'ë', 'ç', 's’ka', "t'i", 'e\u0301', 'İ', '😀', '\uD800',
]
const markSoup = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''))
const anyUnicode = fc.string({ unit: 'binary', maxLength: 200 })
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 })
const texts = fc.oneof(markSoup, anyUnicode, anyUtf16, fc.string({ unit: 'grapheme', maxLength: 120 }))

const inside = (text: string, start: number, end: number) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length

function checkDetection(text: string) {
  const { quotes, problems } = detectQuotes(text)
  for (const q of quotes) {
    expect(inside(text, q.start, q.end)).toBe(true)
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(inside(text, q.open.start, q.open.end) && inside(text, q.close.start, q.close.end)).toBe(true)
    expect(q.open.end).toBe(q.start)
    expect(q.close.start).toBe(q.end)
    if (q.speaker) {
      expect(inside(text, q.speaker.start, q.speaker.end)).toBe(true)
      expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.surface)
    }
  }
  for (const p of problems) expect(inside(text, p.start, p.end)).toBe(true)
}

describe('whatever text an editor pastes', () => {
  it('quote detection never throws and every span reproduces its text', () => {
    fc.assert(fc.property(texts, (text) => checkDetection(text)), { numRuns: 400 })
  })

  it('embedded sources lie inside the text and carry their own text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const s of findEmbeddedSources(text)) {
          expect(inside(text, s.headingStart, s.headingEnd) && inside(text, s.start, s.end)).toBe(true)
          expect(s.headingEnd <= s.start).toBe(true)
          expect(text.slice(s.start, s.end)).toBe(s.text)
        }
      }),
      // A heading whose author folds to no name words ("İ" lower-cases to two characters).
      { numRuns: 300, examples: [['Komunikata:İ:']] },
    )
  })

  it('a full check never throws and every match reproduces its source passage', () => {
    fc.assert(
      fc.property(texts, texts, (article, sourceText) => {
        const report = checkArticle(article, [{ text: sourceText, author: 'Kremlini' }])
        const texts = report.sources.map((s) => (s.origin === 'embedded' ? article.slice(s.start ?? 0, s.end ?? 0) : sourceText))
        for (const q of report.quotes) {
          expect(article.slice(q.start, q.end)).toBe(q.text)
          for (const c of q.checks) {
            if (!c.match) continue
            const source = texts[report.sources.findIndex((s) => s.id === c.source)]
            expect(inside(source, c.match.start, c.match.end)).toBe(true)
            expect(source.slice(c.match.start, c.match.end)).toBe(c.match.text)
          }
        }
        for (const n of report.unsupportedNumbers) expect(inside(article, n.start, n.end)).toBe(true)
      }),
      { numRuns: 250 },
    )
  })

  it('a quote copied from the source into the article is found verbatim', () => {
    const word = fc.constantFrom('qeveria', 'buxheti', 'rritje', 'pagave', 'Tirana', 'mësuesit', 'për', 'në', 'do', 'të', 'investojë', '2025', 'SHBA')
    fc.assert(
      fc.property(fc.array(word, { minLength: 20, maxLength: 60 }), fc.nat(), fc.integer({ min: 3, max: 10 }), (words, at, len) => {
        const source = words.join(' ') + '.'
        const from = at % (words.length - len)
        const quote = words.slice(from, from + len).join(' ')
        const report = checkArticle(`“${quote}”, tha Rama.`, [{ text: source }])
        expect(report.quotes[0].checks[0].status).toBe('verbatim')
        expect(report.quotes[0].checks[0].match?.text).toBe(quote)
      }),
      { numRuns: 150 },
    )
  })

  it('the normalised view maps every character back into the raw text', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, fold) => {
        const view = normalise(text, { foldDiacritics: fold })
        for (let i = 0; i <= view.text.length; i++) {
          const span = view.toRaw(i, Math.min(view.text.length, i + 1))
          expect(inside(text, span.start, span.end)).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })
})
