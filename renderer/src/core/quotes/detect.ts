import { findEmbeddedSources } from '../sources/embedded'
import { attributeSpeaker, type SpeakerState } from '../speakers/attribute'
import { QuoteMask } from '../speakers/context'
import { FIRST_PERSON_AUXILIARIES, FIRST_PERSON_CUES, PARTICIPLES } from '../speakers/lexicon'
import { cueAt } from '../speakers/phrases'
import { tokenize } from '../text/tokenize'
import type { DetectedQuote, EmbeddedSource, QuotedName, QuoteKind, QuoteProblem, Span } from '../types'
import { classifyQuote } from './kind'
import { isQuotedName } from './names'
import { pairMarks, type MarkPair } from './pair'

/** Stretches of the article outside embedded sources: the only places quotes are looked for. */
export function articleSegments(text: string, sources: EmbeddedSource[]): Span[] {
  const out: Span[] = []
  let at = 0
  for (const s of sources) {
    if (s.headingStart > at) out.push({ start: at, end: s.headingStart })
    at = Math.max(at, s.end)
  }
  if (text.length > at) out.push({ start: at, end: text.length })
  return out
}

export interface Detection {
  quotes: DetectedQuote[]
  /** Names in quotation marks: kept out of the quotes. */
  names: QuotedName[]
  problems: QuoteProblem[]
}

type Found = Omit<DetectedQuote, 'id'> & { depth: number }

/**
 * A quotation that runs over several paragraphs, its opening mark repeated at each: one quote
 * per paragraph, each with the speaker of the whole.
 */
function paragraphs(text: string, pair: MarkPair): Array<{ open: Span; close: Span; start: number; end: number }> {
  const out: Array<{ open: Span; close: Span; start: number; end: number }> = []
  let open: Span = { start: pair.open.start, end: pair.open.end }
  for (const next of [...pair.continuations, null]) {
    const close: Span = next ? { start: text.lastIndexOf('\n', next.start), end: text.lastIndexOf('\n', next.start) } : { start: pair.close.start, end: pair.close.end }
    let end = close.start
    if (next) {
      // A paragraph the quotation runs on from ends at its line break, not at a closing mark.
      while (end > open.end && /\s/u.test(text[end - 1])) end--
      close.start = close.end = end
    }
    out.push({ open, close, start: open.end, end })
    if (next) open = { start: next.start, end: next.end }
  }
  return out
}

/**
 * „…,“ tha ai, „…“: the second half of a quote split by its cue is the same quotation. True when
 * only a reporting clause and commas stand between the two in one sentence.
 */
function splitByCue(text: string, first: Found, second: Found): boolean {
  if (first.depth !== 0 || second.depth !== 0) return false
  const between = text.slice(first.close.end, second.open.start)
  if (between.length > 80 || /[.!?\n]/u.test(between) || !between.trimEnd().endsWith(',')) return false
  // The comma that ends the first half sits inside its marks („…,“) or right after them („…“,).
  if (!first.text.trimEnd().endsWith(',') && !between.trimStart().startsWith(',')) return false
  const tokens = tokenize(between)
  return tokens.some((_, i) => cueAt(tokens, i) !== null)
}

/** The quotation a nested one sits in. */
function parentOf(pair: MarkPair, pairs: readonly MarkPair[]): MarkPair | undefined {
  return pairs.find((p) => p.depth === pair.depth - 1 && p.open.end <= pair.open.start && pair.close.end <= p.close.start)
}

/**
 * Who is quoted inside a quotation ("drejtori na tha ‘…’"): read within the outer quote alone, as
 * if it were the article, so that nothing of it leaks into the speakers outside.
 */
function nestedSpeaker(text: string, pair: MarkPair, parent: MarkPair, pairs: readonly MarkPair[]) {
  const siblings = pairs.filter((p) => p.depth === pair.depth && p.open.start >= parent.open.end && p.close.end <= parent.close.start).map((p) => ({ ...p, depth: 0 }))
  const state: SpeakerState = { lastNamed: null, lastQuote: null }
  return attributeSpeaker(text, { ...pair, depth: 0 }, parent.open.end, parent.close.start, new QuoteMask(siblings), state).speaker
}

/** "i kemi shkruar ministrisë: ‘…’": the outer speaker quoting their own words, in the first person. */
function quotesOwnWords(text: string, pair: MarkPair, parent: MarkPair): boolean {
  const clause = text.slice(parent.open.end, pair.open.start).split(/[.!?]/u).at(-1) ?? ''
  const tokens = tokenize(clause)
  return tokens.some((t, i) => FIRST_PERSON_CUES.has(t.norm) || (FIRST_PERSON_AUXILIARIES.has(t.norm) && PARTICIPLES.has(tokens[i + 1]?.norm ?? '')))
}

export function detectQuotes(text: string, sources: EmbeddedSource[] = findEmbeddedSources(text)): Detection {
  const problems: QuoteProblem[] = []
  const names: QuotedName[] = []
  const segments = articleSegments(text, sources)
  const bySegment: Array<{ segment: Span; pairs: MarkPair[] }> = []
  for (const segment of segments) {
    const result = pairMarks(text, segment.start, segment.end)
    problems.push(...result.problems)
    const pairs: MarkPair[] = []
    for (const p of result.pairs) {
      if (text.slice(p.open.end, p.close.start).trim().length === 0) continue
      if (p.continuations.length === 0 && isQuotedName(text, p)) names.push({ text: text.slice(p.open.end, p.close.start), start: p.open.end, end: p.close.start })
      else pairs.push(p)
    }
    bySegment.push({ segment, pairs })
  }
  const mask = new QuoteMask(bySegment.flatMap((s) => s.pairs))
  const state: SpeakerState = { lastNamed: null, lastQuote: null }
  const found: Found[] = []
  for (const { segment, pairs } of bySegment) {
    for (const pair of pairs) {
      const nested = pair.depth > 0
      let speaker = null
      let before: Parameters<typeof classifyQuote>[1] = []
      let after: Parameters<typeof classifyQuote>[2] = []
      if (!nested) ({ speaker, before, after } = attributeSpeaker(text, pair, segment.start, segment.end, mask, state))
      else {
        const parent = parentOf(pair, pairs)
        if (parent) speaker = nestedSpeaker(text, pair, parent, pairs) ?? (quotesOwnWords(text, pair, parent) ? (found.find((f) => f.open.start === parent.open.start)?.speaker ?? null) : null)
      }
      paragraphs(text, pair).forEach((part, i) => {
        const inner = text.slice(part.start, part.end)
        // Every paragraph after the first opens with its own mark: a quotation of its own.
        const kind: QuoteKind = nested ? classifyQuote(inner, [], [], true) : i === 0 ? classifyQuote(inner, before, after, false) : 'direct'
        found.push({ text: inner, start: part.start, end: part.end, open: part.open, close: part.close, kind, speaker, depth: pair.depth })
      })
    }
  }
  found.sort((a, b) => a.open.start - b.open.start)
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1], found[i]]
    if (splitByCue(text, a, b)) {
      b.kind = a.kind
      b.speaker = b.speaker ?? a.speaker
    }
  }
  const quotes: DetectedQuote[] = []
  const open: DetectedQuote[] = []
  found.forEach(({ depth: _depth, ...q }, i) => {
    const quote: DetectedQuote = { id: `q${i + 1}`, ...q }
    while (open.length > 0 && open[open.length - 1].close.end <= quote.open.start) open.pop()
    if (open.length > 0) quote.parent = open[open.length - 1].id
    open.push(quote)
    quotes.push(quote)
  })
  names.sort((a, b) => a.start - b.start)
  return { quotes, names, problems }
}
