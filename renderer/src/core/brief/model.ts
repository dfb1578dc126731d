// The brief as a document: what the editor composes and what both exports write.
// Pure data; the stored record (db/briefs.ts) adds ids, timestamps and the lede's editor state.
import type { Attribution, CheckStatus } from '../types'

export type BriefLanguage = 'sq' | 'en'
export type Verdict = 'confirmed' | 'misquote' | 'acceptable-paraphrase' | 'follow-up'
export type PageSize = 'A4' | 'Letter'

/** A run of lede text with its inline formatting. */
export interface RichRun {
  text: string
  bold?: boolean
  italic?: boolean
}

/** One paragraph: its runs in order. */
export type RichParagraph = RichRun[]

export interface BriefQuote {
  /** Stable within the brief: the quote's id in the article's analysis or its stored row. */
  key: string
  text: string
  /** Who the article says spoke, as a canonical name. */
  speaker: string | null
  /** The best status over every source. */
  status: CheckStatus
  /** The editor's verdict from the checks pane, when there is one. */
  verdict: Verdict | null
  attribution: Attribution
  /** The source of the best match (null when nothing matched). */
  sourceId: string | null
  sourceTitle: string | null
  /** The matching passage in that source. */
  passage: string | null
  /** Left out of the exports when false, but kept in the brief. */
  included: boolean
}

/** A footnote. One attached to a quote is referenced from that quote; one without, from the headline. */
export interface BriefNote {
  id: string
  text: string
  quoteKey: string | null
}

export interface BriefSource {
  id: string
  title: string
  author: string | null
  origin: 'embedded' | 'file' | 'pasted'
}

export interface BriefModel {
  headline: string
  lede: RichParagraph[]
  keyPoints: string[]
  /** Every quote of the draft, in the brief's order; `included` says which are exported. */
  quotes: BriefQuote[]
  notes: BriefNote[]
  sources: BriefSource[]
  /** Language of the labels and notes (the interface language when the draft was made). */
  language: BriefLanguage
  /** The article the brief was made from. */
  article: { title: string; language: string }
}

/** What an export needs besides the brief. */
export interface ExportOptions {
  /** The export's date, YYYY-MM-DD. A parameter so that the same brief gives the same file. */
  date: string
}

/** The quotes an export shows, in order. */
export function includedQuotes(model: BriefModel): BriefQuote[] {
  return model.quotes.filter((q) => q.included)
}

/**
 * The notes an export shows, numbered in reading order: notes on the brief as a whole first
 * (referenced from the headline), then each included quote's notes. Notes on quotes left out go.
 */
export function numberedNotes(model: BriefModel): Array<BriefNote & { number: number }> {
  const shown = includedQuotes(model)
  const general = model.notes.filter((n) => n.quoteKey === null && n.text.trim() !== '')
  const byQuote = shown.flatMap((q) => model.notes.filter((n) => n.quoteKey === q.key && n.text.trim() !== ''))
  return [...general, ...byQuote].map((note, i) => ({ ...note, number: i + 1 }))
}
