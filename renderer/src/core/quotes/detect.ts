import { findEmbeddedSources } from '../sources/embedded'
import { attributeSpeaker, type SpeakerState } from '../speakers/attribute'
import { QuoteMask } from '../speakers/context'
import type { DetectedQuote, EmbeddedSource, QuotedName, QuoteProblem, Span } from '../types'
import { classifyQuote } from './kind'
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

export function detectQuotes(text: string, sources: EmbeddedSource[] = findEmbeddedSources(text)): Detection {
  const problems: QuoteProblem[] = []
  const segments = articleSegments(text, sources)
  const bySegment: Array<{ segment: Span; pairs: MarkPair[] }> = []
  for (const segment of segments) {
    const result = pairMarks(text, segment.start, segment.end)
    problems.push(...result.problems)
    bySegment.push({ segment, pairs: result.pairs.filter((p) => text.slice(p.open.end, p.close.start).trim().length > 0) })
  }
  const mask = new QuoteMask(bySegment.flatMap((s) => s.pairs))
  const state: SpeakerState = { lastNamed: null, lastQuote: null }
  const found: Array<Omit<DetectedQuote, 'id'> & { depth: number }> = []
  for (const { segment, pairs } of bySegment) {
    for (const pair of pairs) {
      const inner = text.slice(pair.open.end, pair.close.start)
      const nested = pair.depth > 0
      let speaker = null
      let kind: DetectedQuote['kind']
      if (!nested) {
        const attributed = attributeSpeaker(text, pair, segment.start, segment.end, mask, state)
        speaker = attributed.speaker
        kind = classifyQuote(inner, attributed.before, attributed.after, false)
      } else kind = classifyQuote(inner, [], [], true)
      found.push({
        text: inner,
        start: pair.open.end,
        end: pair.close.start,
        open: { start: pair.open.start, end: pair.open.end },
        close: { start: pair.close.start, end: pair.close.end },
        kind,
        speaker,
        depth: pair.depth,
        ...(pair.continuations.length > 0 ? { continuations: pair.continuations } : {}),
      })
    }
  }
  found.sort((a, b) => a.open.start - b.open.start)
  const quotes: DetectedQuote[] = []
  const open: DetectedQuote[] = []
  found.forEach(({ depth: _depth, ...q }, i) => {
    const quote: DetectedQuote = { id: `q${i + 1}`, ...q }
    while (open.length > 0 && open[open.length - 1].close.end <= quote.open.start) open.pop()
    if (open.length > 0) quote.parent = open[open.length - 1].id
    open.push(quote)
    quotes.push(quote)
  })
  return { quotes, names: [], problems }
}
