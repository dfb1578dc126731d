import type { DetectedQuote } from '../../core/types'
import type { Quote, QuoteKind, QuoteState } from '../../db/types'
import type { FoundMark } from './reconcile'

/** One row of the Quotes pane. */
export interface QuoteItem {
  /** data-quote-id: a suggestion's id is derived from its text, and kept when it is accepted. */
  id: string
  state: QuoteState
  text: string
  kind: QuoteKind
  /** Display name of the speaker, or null when nobody is named. */
  speaker: string | null
  /** Where it sits in the plain text now; null for a tag whose words were deleted. */
  start: number | null
  end: number | null
  /** 1-based paragraph (block) number. */
  paragraph: number | null
  /** A confirmed tag whose mark is gone from the text (undo brings it back). */
  gone: boolean
  row: Quote | null
  suggestion: DetectedQuote | null
}

/** The text and the marks in it, read in one go. */
export interface Snapshot {
  text: string
  marks: FoundMark[]
}

interface Input {
  /** What suggestion ids are derived under: the article's id, or its shared document's name. */
  namespace: string
  /** Marks and text as they are now. */
  current: Snapshot
  /** The snapshot the detection ran on, and what it found. */
  analysed: { snapshot: Snapshot; quotes: readonly DetectedQuote[] } | null
  rows: readonly Quote[]
  /** Stored entity id → display name. */
  entityName: (id: string) => string | null
  /** Display name for a speaker the core found: the stored entity it matches, or its canonical name. */
  speakerName: (quote: DetectedQuote) => string | null
}

/** FNV-1a, enough to tell quotes apart within one article. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

/** A suggestion's id: the same quote gets the same id after every re-analysis, reload and copy of a shared article. */
export function suggestionId(namespace: string, text: string, occurrence: number): string {
  return `q-${hash(`${namespace}\u0000${text}`)}-${occurrence}`
}

export function paragraphAt(text: string, offset: number): number {
  let count = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) count++
  return count
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * The pane's rows: confirmed tags where their marks are now, and the detector's suggestions
 * that are neither tagged already nor rejected. A rejected suggestion is recognised by its
 * text and, among equal texts, the nearest position, so edits elsewhere do not bring it back.
 */
export function buildItems({ namespace, current, analysed, rows, entityName, speakerName }: Input): { items: QuoteItem[]; rejected: QuoteItem[] } {
  const marks = new Map<string, FoundMark>()
  for (const mark of current.marks) if (!marks.has(mark.markId)) marks.set(mark.markId, mark)

  const confirmed: QuoteItem[] = []
  for (const row of rows) {
    if (row.state !== 'confirmed') continue
    const mark = marks.get(row.markId)
    confirmed.push({
      id: row.id,
      state: 'confirmed',
      text: mark?.text ?? row.text,
      kind: row.kind,
      speaker: row.speaker ? entityName(row.speaker) : null,
      start: mark?.start ?? null,
      end: mark?.end ?? null,
      paragraph: mark ? paragraphAt(current.text, mark.start) : null,
      gone: !mark,
      row,
      suggestion: null,
    })
  }

  const suggestions: QuoteItem[] = []
  if (analysed) {
    const tagged = analysed.snapshot.marks
    const seen = new Map<string, number>()
    const candidates = analysed.quotes.map((quote) => {
      const occurrence = seen.get(quote.text) ?? 0
      seen.set(quote.text, occurrence + 1)
      return { quote, id: suggestionId(namespace, quote.text, occurrence) }
    })
    const hidden = new Set<string>()
    for (const row of rows) {
      if (row.state !== 'rejected') continue
      const same = candidates.filter(({ quote, id }) => !hidden.has(id) && squash(quote.text) === squash(row.text))
      const nearest = same.sort((a, b) => Math.abs(a.quote.start - (row.start ?? 0)) - Math.abs(b.quote.start - (row.start ?? 0)))[0]
      if (nearest) hidden.add(nearest.id)
    }
    // Accepting keeps the suggestion's id, so a tag hides its suggestion even before re-analysis.
    const taggedIds = new Set(confirmed.filter((item) => !item.gone).map((item) => item.id))
    for (const { quote, id } of candidates) {
      if (hidden.has(id) || taggedIds.has(id) || tagged.some((mark) => overlaps(mark, quote))) continue
      suggestions.push({
        id,
        state: 'suggested',
        text: quote.text,
        kind: quote.kind,
        speaker: speakerName(quote),
        start: quote.start,
        end: quote.end,
        paragraph: paragraphAt(analysed.snapshot.text, quote.start),
        gone: false,
        row: null,
        suggestion: quote,
      })
    }
  }

  // An accepted suggestion taken back by undo shows as the suggestion again, not as a gone tag.
  const suggested = new Set(suggestions.map((item) => item.id))
  const shown = [...confirmed.filter((item) => !(item.gone && suggested.has(item.id))), ...suggestions]
  const unique = new Set<string>()
  const items = shown.filter((item) => !unique.has(item.id) && unique.add(item.id)).sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (a.end ?? 0) - (b.end ?? 0))

  const rejected = rows
    .filter((row) => row.state === 'rejected')
    .map<QuoteItem>((row) => ({
      id: row.id,
      state: 'rejected',
      text: row.text,
      kind: row.kind,
      speaker: row.speaker ? entityName(row.speaker) : null,
      start: null,
      end: null,
      paragraph: row.start !== undefined ? paragraphAt(current.text, Math.min(row.start, current.text.length)) : null,
      gone: false,
      row,
      suggestion: null,
    }))
    .sort((a, b) => (a.row?.start ?? 0) - (b.row?.start ?? 0))
  return { items, rejected }
}
