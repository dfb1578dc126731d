import { detectQuotes } from '../../core/quotes/detect'
import type { DetectedQuote, QuoteKind, Speaker } from '../../core/types'

// Opening and closing quotation marks the core pairs; a hand selection that includes them is
// trimmed to the inner words, the way detected quotes are stored.
const MARKS = '“”„‟«»‹›"\'‘’‚'

export interface SpanAttribution {
  /** The span after trimming spaces and quotation marks at its edges. */
  start: number
  end: number
  kind: QuoteKind
  speaker: Speaker | null
}

/** [start, end) without the spaces and quotation marks at its edges. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && (/\s/.test(text[start]) || MARKS.includes(text[start]))) start++
  while (end > start && (/\s/.test(text[end - 1]) || MARKS.includes(text[end - 1]))) end--
  return { start, end }
}

/**
 * Who said a span the editor tagged by hand, and how. A span the detector already knows takes
 * its speaker and kind. Otherwise the span is read as if it stood in quotation marks, so the
 * cue words around it ("…, tha X", "sipas X") name the speaker; without marks of its own in the
 * article it is reported speech, i.e. indirect.
 */
export function attributeSpan(text: string, from: number, to: number, detected: readonly DetectedQuote[] = detectQuotes(text).quotes): SpanAttribution {
  const { start, end } = trimSpan(text, from, to)
  const exact = detected.find((quote) => quote.start === start && quote.end === end)
  if (exact) return { start, end, kind: exact.kind, speaker: exact.speaker ?? speakerOfParent(detected, exact) }
  const enclosing = detected.filter((quote) => quote.start <= start && quote.end >= end).at(-1)
  if (enclosing) return { start, end, kind: 'partial', speaker: enclosing.speaker ?? speakerOfParent(detected, enclosing) }
  const quoted = `${text.slice(0, start)}“${text.slice(start, end)}”${text.slice(end)}`
  const again = detectQuotes(quoted).quotes.find((quote) => quote.start === start + 1)
  const speaker = again?.speaker ? shiftSpeaker(again.speaker, start, end) : null
  return { start, end, kind: 'indirect', speaker }
}

function speakerOfParent(detected: readonly DetectedQuote[], quote: DetectedQuote): Speaker | null {
  let parent = detected.find((candidate) => candidate.id === quote.parent)
  while (parent && !parent.speaker) parent = detected.find((candidate) => candidate.id === parent!.parent)
  return parent?.speaker ?? null
}

/** Speaker offsets found in the text with two marks added, mapped back to the article. */
function shiftSpeaker(speaker: Speaker, start: number, end: number): Speaker {
  const back = (offset: number) => (offset <= start ? offset : offset <= end + 1 ? offset - 1 : offset - 2)
  return { ...speaker, start: back(speaker.start), end: back(speaker.end) }
}
