// Numbers written in digits: the one reading of them for the alignment, the number check and
// the translation checks (which add number words and the other language's separators).
import { firstIndexAfter } from '../text/sorted'
import { tokensIn, type Token } from '../text/tokenize'
import type { NumberIssue, Span } from '../types'

/** How a language writes a decimal and a thousands group: Albanian "1.500,5", English "1,500.5". */
export interface Separators {
  decimal: string
  group: string
}

export const ALBANIAN: Separators = { decimal: ',', group: '.' }

const patterns = new Map<string, { grouped: RegExp; decimal: RegExp }>()

function patternsOf({ decimal, group }: Separators) {
  const key = decimal + group
  let found = patterns.get(key)
  if (!found) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    found = {
      grouped: new RegExp(`^(\\d{1,3}(?:${esc(group)}\\d{3})+)(?:${esc(decimal)}(\\d+))?$`),
      decimal: new RegExp(`^(\\d+)${esc(decimal)}(\\d+)$`),
    }
    patterns.set(key, found)
  }
  return found
}

/**
 * Digits read with a language's separators: "1.500,25" → whole "1500", fraction "25". Null when
 * they are not one number in that convention (a date "12.03.2024", a time "10:30", "3.5" in Albanian).
 */
export function readDigits(digits: string, separators: Separators): { whole: string; fraction: string | null } | null {
  if (/^\d+$/.test(digits)) return { whole: digits, fraction: null }
  const { grouped, decimal } = patternsOf(separators)
  const g = grouped.exec(digits)
  if (g) return { whole: g[1].split(separators.group).join(''), fraction: g[2] ?? null }
  const d = decimal.exec(digits)
  return d ? { whole: d[1], fraction: d[2] } : null
}

/**
 * The canonical value of a number as the core compares it: "1.500" → "1500", "3,5" → "3.5",
 * "007" → "7", "15%" → "15%"; what is not one number ("12.03.2024") stays as written.
 */
export function canonicalNumber(token: string): string {
  const percent = token.endsWith('%')
  const digits = percent ? token.slice(0, -1) : token
  const read = readDigits(digits, ALBANIAN)
  const value = (read ? read.whole + (read.fraction !== null ? `.${read.fraction}` : '') : digits).replace(/^0+(?=\d)/, '')
  return percent ? `${value}%` : value
}

/**
 * How many tokens after tokens[k] make the number before them a percentage: "%" (touching or
 * after one space), "përqind" or "për qind" after one space. 0 when none do.
 */
export function percentAfter(text: string, tokens: readonly Token[], k: number): number {
  const spaced = (a: Token, b: Token | undefined) => b !== undefined && b.start === a.end + 1 && text[a.end] === ' '
  const next = tokens[k + 1]
  if (next?.text === '%') return next.start === tokens[k].end || spaced(tokens[k], next) ? 1 : 0
  if (!spaced(tokens[k], next) || next.kind !== 'word') return 0
  if (next.norm === 'përqind') return 1
  const qind = tokens[k + 2]
  return next.norm === 'për' && qind?.kind === 'word' && qind.norm === 'qind' && (qind.start === next.end || spaced(next, qind)) ? 2 : 0
}

// Digits inside a word after a hyphen or an apostrophe ("COVID-19", "end-2024"), not after a letter ("G7").
const IN_WORD = /(?<![\p{L}\p{M}\p{Nd}])\p{Nd}+(?:[.,:/]\p{Nd}+)*/gu

// Inside a word, only a hyphen or an apostrophe can stand before such digits.
const JOINED_DIGIT = /[-'\u2019\u2018`]\p{Nd}/u

/** Numbers inside a word token, with offsets in the text. */
export function numbersInWord(token: Token): Array<{ text: string; start: number; end: number }> {
  if (!JOINED_DIGIT.test(token.text)) return []
  return [...token.text.matchAll(IN_WORD)].map((m) => ({ text: m[0], start: token.start + m.index, end: token.start + m.index + m[0].length }))
}

export interface FoundNumber {
  text: string
  /** Canonical value: "1.500" → "1500", "3,5" → "3.5", "15 për qind" → "15%". */
  value: string
  start: number
  end: number
}

/** The numbers of text[from, to): a percentage written "15%", "15 %", "15 për qind" or "15 përqind" is one value, "15%". */
export function findNumbers(text: string, from = 0, to = text.length): FoundNumber[] {
  const tokens = tokensIn(text, from, to)
  const out: FoundNumber[] = []
  const push = (start: number, end: number, k: number, digits: string) => {
    const percent = end === tokens[k].end ? percentAfter(text, tokens, k) : 0
    const last = percent > 0 ? tokens[k + percent].end : end
    out.push({ text: text.slice(start, last), value: canonicalNumber(digits) + (percent > 0 && !digits.endsWith('%') ? '%' : ''), start, end: last })
    return percent
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    if (t.kind === 'number') k += push(t.start, t.end, k, t.text)
    else if (t.kind === 'word') for (const n of numbersInWord(t)) k += push(n.start, n.end, k, n.text)
  }
  return out
}

/** The set of number values a text contains. */
export function numberValues(text: string): Set<string> {
  return new Set(findNumbers(text).map((n) => n.value))
}

// A sentence ends at ! ? or a line break, or at a full stop that is not a decimal point; looking
// back, any full stop will do.
const SENTENCE_END = /[!?\n]|\.(?!\d)/g
const STOP = /[.!?\n]/g

/** Offsets just after each stop in `within`, for finding where the sentence around a number starts. */
function stopsIn(text: string, within: Span): number[] {
  const out: number[] = []
  STOP.lastIndex = within.start
  let m: RegExpExecArray | null
  while ((m = STOP.exec(text)) !== null && m.index < within.end) out.push(m.index + 1)
  return out
}

function sentenceAround(text: string, pos: number, within: Span, stops: number[]): Span {
  const after = firstIndexAfter(stops.length, (i) => stops[i] <= pos)
  let start = after > 0 ? stops[after - 1] : within.start
  while (start < pos && /\s/u.test(text[start])) start++
  SENTENCE_END.lastIndex = pos
  const found = SENTENCE_END.exec(text)
  const end = found && found.index < within.end ? found.index + 1 : within.end
  return { start, end }
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
    let stops: number[] | null = null
    for (const n of findNumbers(text, area.start, area.end)) {
      if (known.has(n.value)) continue
      stops ??= stopsIn(text, area)
      out.push({ text: n.text, start: n.start, end: n.end, sentence: sentenceAround(text, n.start, area, stops) })
    }
  }
  return out
}
