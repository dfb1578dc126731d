import { firstIndexAfter } from '../text/sorted'
import { tokensIn, type Token } from '../text/tokenize'
import type { MarkPair } from '../quotes/pair'

/** Longest stretch scanned for a sentence edge, so a text without punctuation stays linear. */
const MAX_REACH = 800
const ABBREVIATIONS = new Set(['z', 'znj', 'dr', 'prof', 'nr', 'etj', 'p.sh', 'sh', 'st', 'mr', 'mrs', 'gen', 'u.s'])

export interface Window {
  tokens: Token[]
  /** Raw span the tokens were taken from. */
  start: number
  end: number
}

/** Quote spans that sentence scanning jumps over, indexed by both ends. */
export class QuoteMask {
  private byClose = new Map<number, MarkPair>()
  private byOpen = new Map<number, MarkPair>()
  private sorted: MarkPair[]

  constructor(pairs: MarkPair[]) {
    this.sorted = pairs.filter((p) => p.depth === 0).sort((a, b) => a.open.start - b.open.start)
    for (const p of this.sorted) {
      this.byClose.set(p.close.end, p)
      this.byOpen.set(p.open.start, p)
    }
  }

  closingAt(end: number): MarkPair | undefined {
    return this.byClose.get(end)
  }

  openingAt(start: number): MarkPair | undefined {
    return this.byOpen.get(start)
  }

  /** Top-level quotes that overlap [start, end). */
  within(start: number, end: number): MarkPair[] {
    const first = firstIndexAfter(this.sorted.length, (i) => this.sorted[i].close.end <= start)
    const out: MarkPair[] = []
    for (let i = first; i < this.sorted.length && this.sorted[i].open.start < end; i++) out.push(this.sorted[i])
    return out
  }
}

function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--
  return text.slice(i, dot).toLowerCase()
}

function endsSentence(text: string, i: number, limit: number): boolean {
  const c = text[i]
  if (c === '\n') return true
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false
  const next = text[i + 1]
  if (i + 1 < limit && next !== undefined && !/\s/u.test(next)) return false
  if (c === '.') {
    const w = wordBefore(text, i)
    if (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w)) return false
    // "Energji Guribardh sh.p.k. njoftoi": no sentence starts in lower case.
    if (/^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false
  }
  return true
}

/**
 * A quote whose words end in . ! ? or … with a capital after its closing mark ends its sentence:
 * "„… pa dialog.“ Sipas sindikatës, …" is two sentences, "„… gati?“ pyeti ai" one.
 */
export function quoteEndsSentence(text: string, pair: MarkPair): boolean {
  return /[.!?…]\s*$/u.test(text.slice(Math.max(pair.open.end, pair.close.start - 4), pair.close.start)) && /^\s+\p{Lu}/u.test(text.slice(pair.close.end, pair.close.end + 4))
}

/** Start of the sentence that contains `pos`, jumping over other quotes. */
export function sentenceStart(text: string, pos: number, floor: number, mask: QuoteMask): number {
  const limit = Math.max(floor, pos - MAX_REACH)
  let i = pos - 1
  while (i >= limit) {
    const pair = mask.closingAt(i + 1)
    if (pair && pair.open.start < i + 1) {
      if (quoteEndsSentence(text, pair)) return i + 1
      i = pair.open.start - 1
      continue
    }
    if (endsSentence(text, i, pos)) return i + 1
    i--
  }
  return limit
}

/** End of the sentence that continues after `pos`. */
export function sentenceEnd(text: string, pos: number, ceiling: number, mask: QuoteMask): number {
  const limit = Math.min(ceiling, pos + MAX_REACH)
  let i = pos
  while (i < limit) {
    const pair = mask.openingAt(i)
    if (pair && pair.close.end > i) {
      if (quoteEndsSentence(text, pair)) return pair.close.end
      i = pair.close.end
      continue
    }
    if (endsSentence(text, i, ceiling)) return text[i] === '\n' ? i : i + 1
    i++
  }
  return limit
}

/** The placeholder `windowTokens` puts where another quote stands. */
export const QUOTE_PLACEHOLDER = '\u0000quote'

/**
 * Whether token i of a window ends a sentence: . ! ? (not the dot of an abbreviation or an
 * initial, "nr. 7", "Z. Hoxha"), or another quote, unless that is a name in marks ("Zëri i Lagjes").
 */
export function breaksSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (t.norm === QUOTE_PLACEHOLDER) {
    const inner = t.text.slice(1, -1).trim()
    const name = /^\p{Lu}/u.test(inner) && !/[.!?…,;:]/u.test(inner) && inner.split(/\s+/u).length <= 4
    return !name
  }
  if (t.text !== '.') return t.text === '!' || t.text === '?' || t.text === '...' || t.text === '…'
  const before = tokens[i - 1]
  return !(before && before.kind === 'word' && (ABBREVIATIONS.has(before.norm) || before.text.length === 1))
}

/** Tokens of text[start, end) with every other quote replaced by one placeholder token. */
export function windowTokens(text: string, start: number, end: number, mask: QuoteMask): Window {
  const tokens: Token[] = []
  let at = start
  for (const pair of mask.within(start, end)) {
    const a = Math.max(start, pair.open.start)
    const b = Math.min(end, pair.close.end)
    if (a > at) tokens.push(...tokensIn(text, at, a))
    tokens.push({ text: text.slice(a, b), norm: QUOTE_PLACEHOLDER, start: a, end: b, kind: 'punct' })
    at = Math.max(at, b)
  }
  if (end > at) tokens.push(...tokensIn(text, at, end))
  return { tokens, start, end }
}
