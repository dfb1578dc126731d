// The brief as a document: what the editor composes and what every export writes.
// Pure data; the stored record (db/briefs.ts) keeps only the editor's overrides (live.ts).
import type { Attribution, CheckStatus } from '../types'

export type BriefLanguage = 'sq' | 'en'
export type Verdict = 'confirmed' | 'misquote' | 'acceptable-paraphrase' | 'follow-up'
export type PageSize = 'A4' | 'Letter'
/** A check's status, or 'not-checked' for a quote no source was compared with. */
export type BriefStatus = CheckStatus | 'not-checked'

/**
 * What a quote's card says of its check: the status, or that its words were found in the source
 * of someone other than the speaker the article names.
 */
export type BriefAssessment = BriefStatus | 'misattributed'

/** Verdicts the brief flags: a misquote and a quote that needs following up. */
export const FLAGGED_VERDICTS: readonly Verdict[] = ['misquote', 'follow-up']

/** A run of lede text with its inline formatting. */
export interface RichRun {
  text: string
  bold?: boolean
  italic?: boolean
}

/** One paragraph: its runs in order. */
export type RichParagraph = RichRun[]

export interface BriefQuote {
  /** The quote's id in the article (the panes' data-quote-id; the CLI's q1, q2 …). */
  key: string
  text: string
  /** Who the article (or the editor) says spoke, as a name. */
  speaker: string | null
  /** The best status over every source. */
  status: BriefStatus
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

/** Sentences of an original that its translation (one of the sources) left out. */
export interface BriefOmissions {
  /** The translated source's title. */
  sourceTitle: string
  /** The original's language (BCP 47). */
  language: string
  sentences: string[]
}

export interface BriefModel {
  headline: string
  lede: RichParagraph[]
  keyPoints: string[]
  /** Every quote of the brief, in the brief's order; `included` says which are exported. */
  quotes: BriefQuote[]
  notes: BriefNote[]
  sources: BriefSource[]
  /** What translations left out, when the editor includes it. */
  omissions?: BriefOmissions[]
  /** Language of the labels and notes (the interface language when the brief was made). */
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

/** The headline an export prints: the editor's or the draft's, or the article's title when both are empty. */
export function exportHeadline(model: Pick<BriefModel, 'headline' | 'article'>): string {
  return model.headline.trim() !== '' ? model.headline : model.article.title
}

/** The status, unless the words were found in someone else's source: then no status may vouch for them. */
export function assessmentOf(quote: Pick<BriefQuote, 'status' | 'attribution'>): BriefAssessment {
  const found = quote.status !== 'not-found' && quote.status !== 'not-checked'
  return found && quote.attribution === 'mismatch' ? 'misattributed' : quote.status
}

/** The verdict the brief flags on a quote, or null. */
export function flagOf(quote: Pick<BriefQuote, 'verdict'>): Verdict | null {
  return quote.verdict && FLAGGED_VERDICTS.includes(quote.verdict) ? quote.verdict : null
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
