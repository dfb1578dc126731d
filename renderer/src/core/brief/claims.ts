// Key points for a draft: the article's reported claims. A claim is a sentence outside the
// embedded sources that reports what someone said (a reporting cue or a quote) or states a
// figure. A sentence that is mostly one quotation is left to the quotes section.
import { articleSegments } from '../quotes/detect'
import { pairMarks } from '../quotes/pair'
import { findEmbeddedSources } from '../sources/embedded'
import { QuoteMask, sentenceEnd, windowTokens } from '../speakers/context'
import { cueAt } from '../speakers/phrases'
import type { Span } from '../types'

/** Share of a sentence's letters inside quotation marks above which it counts as a quotation. */
const MOSTLY_QUOTED = 0.6

export interface Claim extends Span {
  text: string
}

function letters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0
}

export function reportedClaims(text: string): Claim[] {
  const claims: Claim[] = []
  for (const segment of articleSegments(text, findEmbeddedSources(text))) {
    const pairs = pairMarks(text, segment.start, segment.end).pairs
    const mask = new QuoteMask(pairs)
    let at = segment.start
    while (at < segment.end) {
      while (at < segment.end && /\s/u.test(text[at])) at++
      if (at >= segment.end) break
      const end = Math.max(at + 1, sentenceEnd(text, at, segment.end, mask))
      const sentence = text.slice(at, end).trim()
      const { tokens } = windowTokens(text, at, end, mask)
      const quotes = mask.within(at, end)
      const reported = tokens.some((_, i) => cueAt(tokens, i) !== null) || quotes.length > 0
      const figure = tokens.some((t) => t.kind === 'number')
      const quoted = quotes.reduce((n, p) => n + letters(text.slice(Math.max(at, p.open.end), Math.min(end, p.close.start))), 0)
      if ((reported || figure) && quoted <= MOSTLY_QUOTED * letters(sentence)) claims.push({ text: sentence, start: at, end })
      at = end
    }
  }
  return claims
}

/** The first paragraph outside the embedded sources. */
export function firstParagraph(text: string): string {
  for (const segment of articleSegments(text, findEmbeddedSources(text))) {
    const line = text.slice(segment.start, segment.end).split('\n').find((l) => l.trim() !== '')
    if (line) return line.trim()
  }
  return ''
}
