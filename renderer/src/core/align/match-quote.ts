import search from 'approx-string-match'
import type { CheckStatus, DiffOp, MatchSpan } from '../types'
import { normalise } from '../text/normalise'
import { isNegationOrQuantifier } from '../lang/stopwords'
import { alignLocal, type Alignment, type Step } from './local'
import { candidateWindows } from './candidates'
import { reanchorEdges } from './edges'
import { toDiff } from './diff'
import type { SourceIndex } from './source-index'
import { alignTokens, type AlignToken } from './tokens'

export interface QuoteMatch {
  status: CheckStatus
  score: number
  match: MatchSpan | null
  diff: DiffOp[]
  missingNumbers: string[]
  punctuationChanged: boolean
  /** For not-found: the passage that came closest. */
  closest?: MatchSpan
}

/** Sources up to this size get a Myers approximate search when the index finds nothing. */
const APPROX_LIMIT = 200_000

interface PartResult {
  alignment: Alignment
  /** Source token range actually covered. */
  s0: number
  s1: number
}

function coveredRange(steps: Step[]): [number, number] {
  let s0 = Infinity
  let s1 = -Infinity
  for (const s of steps) {
    if (s.type === 'added') continue
    if (s.type === 'omitted' && s.kind !== undefined) continue
    if (s.s1 > s.s0) {
      s0 = Math.min(s0, s.s0)
      s1 = Math.max(s1, s.s1)
    }
  }
  return [s0, s1]
}

/** Trim omitted source words at the ends: the passage starts and ends on matched words. */
function trimEnds(steps: Step[]): Step[] {
  let a = 0
  let b = steps.length
  while (a < b && steps[a].type === 'omitted') a++
  while (b > a && steps[b - 1].type === 'omitted') b--
  return steps.slice(a, b)
}

function approxWindow(part: AlignToken[], quoteText: string, index: SourceIndex, minToken: number): { lo: number; hi: number } | null {
  if (index.text.length > APPROX_LIMIT || part.length === 0) return null
  const view = index.folded()
  const pattern = normalise(quoteText.slice(part[0].start, part[part.length - 1].end), { foldDiacritics: true }).text
  if (pattern.length < 4) return null
  const matches = search(view.text, pattern, Math.floor(pattern.length * 0.3))
  if (matches.length === 0) return null
  const best = matches.reduce((a, b) => (b.errors < a.errors ? b : a))
  const raw = view.toRaw(best.start, best.end)
  let lo = index.tokens.findIndex((t) => t.end > raw.start)
  if (lo < 0) return null
  let hi = lo
  while (hi < index.tokens.length && index.tokens[hi].start < raw.end) hi++
  lo = Math.max(minToken, lo - 3)
  hi = Math.min(index.tokens.length, hi + 3)
  return hi > lo ? { lo, hi } : null
}

/** Longest run of postings checked by the exact locate. */
const EXACT_LIMIT = 20_000

/**
 * Exact locate after normalisation: walk the postings of the quote's rarest word and compare
 * the whole run of words there. Cheap, and immune to the voting filter's ties in repetitive text.
 */
function exactPart(part: AlignToken[], index: SourceIndex, minToken: number): PartResult | null {
  let rare = -1
  let rareList: number[] | undefined
  for (let i = 0; i < part.length; i++) {
    const list = index.postings.get(part[i].stem)
    if (!list) return null
    if (!rareList || list.length < rareList.length) {
      rare = i
      rareList = list
    }
  }
  if (!rareList || rareList.length > EXACT_LIMIT) return null
  const tokens = index.tokens
  for (const p of rareList) {
    const at = p - rare
    if (at < minToken || at + part.length > tokens.length) continue
    let k = 0
    while (k < part.length && tokens[at + k].norm === part[k].norm) k++
    if (k < part.length) continue
    const steps: Step[] = part.map((_, i) => ({ type: 'equal', q0: i, q1: i + 1, s0: at + i, s1: at + i + 1 }))
    return { alignment: { score: Infinity, steps }, s0: at, s1: at + part.length }
  }
  return null
}

function alignPart(part: AlignToken[], quoteText: string, index: SourceIndex, minToken: number): PartResult | null {
  const exact = exactPart(part, index, minToken)
  if (exact) return exact
  let windows: Array<{ lo: number; hi: number }> = candidateWindows(part, index, minToken)
  if (windows.length === 0) {
    const approx = approxWindow(part, quoteText, index, minToken)
    if (approx) windows = [approx]
  }
  let best: PartResult | null = null
  for (const w of windows) {
    const alignment = alignLocal(part, index.tokens, w.lo, w.hi)
    alignment.steps = trimEnds(alignment.steps)
    const [s0, s1] = coveredRange(alignment.steps)
    if (!Number.isFinite(s0)) continue
    if (!best || alignment.score > best.alignment.score) best = { alignment, s0, s1 }
  }
  if (!best) return null
  const steps = reanchorEdges(part, index.tokens, best.alignment.steps, minToken)
  if (steps === best.alignment.steps) return best
  const [s0, s1] = coveredRange(steps)
  return { alignment: { score: best.alignment.score, steps }, s0, s1 }
}

/** Split the quote's tokens at ellipses ("… " or "..."): each part is matched in order. */
function splitParts(tokens: AlignToken[]): AlignToken[][] {
  const parts: AlignToken[][] = [[]]
  tokens.forEach((t, i) => {
    parts[parts.length - 1].push(t)
    if (t.ellipsisAfter && i < tokens.length - 1) parts.push([])
  })
  return parts.filter((p) => p.length > 0)
}

const NOT_FOUND = (missingNumbers: string[], score = 0): QuoteMatch => ({
  status: 'not-found',
  score,
  match: null,
  diff: [],
  missingNumbers,
  punctuationChanged: false,
})

export function matchQuote(quoteText: string, index: SourceIndex, quoteTokens: AlignToken[] = alignTokens(quoteText)): QuoteMatch {
  const quote = quoteTokens
  const missingNumbers = [...new Set(quote.filter((t) => t.num && !index.numbers.has(t.fold)).map((t) => t.text))]
  if (quote.length === 0) return NOT_FOUND(missingNumbers)
  const parts = splitParts(quote)
  const steps: Step[] = []
  let offset = 0
  let minToken = 0
  let prevEnd = -1
  let first = Infinity
  let last = -Infinity
  for (const part of parts) {
    const result = alignPart(part, quoteText, index, minToken)
    if (!result) {
      steps.push({ type: 'added', q0: offset, q1: offset + part.length, s0: minToken, s1: minToken })
      offset += part.length
      continue
    }
    if (prevEnd >= 0 && result.s0 > prevEnd) steps.push({ type: 'omitted', kind: 'elided', q0: offset, q1: offset, s0: prevEnd, s1: result.s0 })
    for (const s of result.alignment.steps) steps.push({ ...s, q0: s.q0 + offset, q1: s.q1 + offset })
    first = Math.min(first, result.s0)
    last = Math.max(last, result.s1)
    prevEnd = result.s1
    minToken = result.s1
    offset += part.length
  }
  if (!Number.isFinite(first)) return NOT_FOUND(missingNumbers)
  return judge(quoteText, quote, index, steps, first, last, missingNumbers)
}

function judge(quoteText: string, quote: AlignToken[], index: SourceIndex, steps: Step[], first: number, last: number, missingNumbers: string[]): QuoteMatch {
  let equal = 0
  let soft = 0
  let hard = 0
  let matchedContent = 0
  let omittedSource = 0
  let changes = 0
  // Runs of matched content words with a change between them: one run is one shared phrase.
  let contentRuns = 0
  let inRun = false
  const content = quote.filter((t) => !t.stop).length || quote.length
  for (const s of steps) {
    const qn = s.q1 - s.q0
    // A matched "nuk" or "asnjë" is not evidence that this is the passage meant.
    const contentQ = quote.slice(s.q0, s.q1).filter((t) => !t.stop && !isNegationOrQuantifier(t.text)).length || (quote.every((t) => t.stop) ? qn : 0)
    if (s.type === 'equal' || s.type === 'soft' || s.type === 'alias') {
      if (s.type === 'equal') equal += qn
      else {
        soft += qn
        changes++
      }
      matchedContent += contentQ
      if (contentQ > 0 && !inRun) contentRuns++
      inRun ||= contentQ > 0
    } else if (s.type === 'omitted') {
      if (s.kind === 'elided') continue
      omittedSource += s.s1 - s.s0
      changes++
      if (s.kind !== 'function-word') {
        hard++
        inRun = false
      }
    } else {
      changes++
      if (s.type === 'hard' || s.kind !== 'function-word') {
        hard++
        inRun = false
      }
    }
  }
  const coverage = (equal + soft) / quote.length
  const similarity = (equal + 0.9 * soft) / (quote.length + omittedSource)
  let status: CheckStatus | undefined
  let punctuationChanged = false
  if (changes === 0 && equal === quote.length) {
    punctuationChanged = !sameInteriorPunctuation(quote, steps, index)
    status = punctuationChanged ? 'near-verbatim' : 'verbatim'
  } else if (hard === 0 && matchedContent >= 1 && coverage >= 0.7) status = 'near-verbatim'
  // The passage clearly meant: at least half the quote's content words, and at exactly half not
  // in one run ("… kursin e këmbimit" is a phrase both share, not the passage); and no more changes
  // than shared content words ("Salla e Pallatit të Kulturës nuk ka kushte …" only names the hall).
  else if (matchedContent >= 2 && hard <= matchedContent && (matchedContent / content > 0.5 || (matchedContent / content === 0.5 && contentRuns >= 2))) status = 'paraphrase'
  const start = index.tokens[first].start
  const end = index.tokens[last - 1].end
  if (status === undefined) return { ...NOT_FOUND(missingNumbers, round(similarity)), closest: { text: index.text.slice(start, end), start, end } }
  const diff = toDiff({ quoteText, quote, sourceText: index.text, source: index.tokens }, steps)
  const score = status === 'verbatim' ? 1 : round(Math.min(status === 'paraphrase' ? 0.79 : 0.99, similarity))
  return { status, score, match: { text: index.text.slice(start, end), start, end }, diff, missingNumbers, punctuationChanged }
}

const round = (x: number) => Math.round(Math.max(0, x) * 100) / 100

/** Punctuation inside the quote equals the source's between the same words (edges ignored). */
function sameInteriorPunctuation(quote: AlignToken[], steps: Step[], index: SourceIndex): boolean {
  for (const s of steps) {
    if (s.type !== 'equal') continue
    const q = quote[s.q0]
    if (s.q0 === quote.length - 1 || q.ellipsisAfter) continue
    const src = index.tokens[s.s0]
    if (q.after !== src.after) return false
  }
  return true
}
