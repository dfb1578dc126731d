import { canonicalNumber } from '../lang/stem'
import type { NumberIssue, Span } from '../types'

export interface FoundNumber {
  text: string
  /** Canonical value: "1.500" → "1500", "3,5" → "3.5". */
  value: string
  start: number
  end: number
}

// The same shape as a number token in tokenize(), but not digits inside a word (COVID19).
// A percentage may be written "15%", "15 %", "15 për qind" or "15 përqind": one value, "15%".
const NUMBER = /(?<![\p{L}\p{M}\p{Nd}])(\p{Nd}+(?:[.,:/]\p{Nd}+)*)(%| %| [Pp]ër ?qind(?![\p{L}\p{M}]))?/gu

export function findNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = []
  for (const m of text.matchAll(NUMBER)) {
    const value = canonicalNumber(m[1]) + (m[2] ? '%' : '')
    out.push({ text: m[0], value, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** The set of number values a text contains. */
export function numberValues(text: string): Set<string> {
  return new Set(findNumbers(text).map((n) => n.value))
}

function sentenceAround(text: string, pos: number, within: Span): Span {
  let start = pos
  while (start > within.start && !/[.!?\n]/u.test(text[start - 1])) start--
  while (start < pos && /\s/u.test(text[start])) start++
  let end = pos
  while (end < within.end && !/[!?\n]/u.test(text[end]) && !(text[end] === '.' && !/\d/u.test(text[end + 1] ?? ''))) end++
  return { start, end: Math.min(within.end, end < within.end ? end + 1 : end) }
}

/**
 * Numbers in `text` (optionally only inside `spans`) that none of the sources contains:
 * the article's "30 ditë" and "175" against a statement that gives no figures.
 */
export function checkNumbers(
  text: string,
  sources: ReadonlyArray<string | { text: string; index?: { numbers: Set<string> } }>,
  spans?: Span[],
): NumberIssue[] {
  const known = new Set<string>()
  for (const s of sources) {
    const values = typeof s === 'string' ? numberValues(s) : s.index ? s.index.numbers : numberValues(s.text)
    for (const v of values) known.add(v)
  }
  const areas = spans ?? [{ start: 0, end: text.length }]
  const out: NumberIssue[] = []
  for (const area of areas) {
    for (const n of findNumbers(text.slice(area.start, area.end))) {
      if (known.has(n.value)) continue
      const start = area.start + n.start
      const end = area.start + n.end
      out.push({ text: n.text, start, end, sentence: sentenceAround(text, start, area) })
    }
  }
  return out
}
