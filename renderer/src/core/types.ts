import type { Entity } from './entities/types'
import type { AttributionReason } from './attribution/attribute'

export interface Span {
  start: number
  end: number
}

export type QuoteKind = 'direct' | 'partial' | 'indirect'

export interface Speaker {
  /** The speaker as written in the article (for a pronoun: the antecedent it refers to). */
  surface: string
  start: number
  end: number
  /** Canonical name of the entity the surface resolves to. */
  entity: string
  /** How it was found. */
  via: 'cue-after' | 'cue-before' | 'colon' | 'sipas' | 'passive' | 'subject' | 'pronoun' | 'carried'
  /** The pronoun in the article when via is 'pronoun' ("Ajo shtoi …"). */
  pronoun?: { text: string; start: number; end: number }
}

export interface DetectedQuote {
  /** q1, q2 … in text order; stable for the same text. */
  id: string
  /** Inner text, without the marks. */
  text: string
  start: number
  end: number
  open: Span
  close: Span
  kind: QuoteKind
  speaker: Speaker | null
  /** Id of the quote this one is nested in. */
  parent?: string
}

/** A name in quotation marks («Panorama», sheshi „Skanderbeg“): not a quotation. */
export interface QuotedName {
  text: string
  start: number
  end: number
}

export type QuoteProblemKind = 'unmatched-open' | 'unmatched-close' | 'unclosed-in-paragraph'

export interface QuoteProblem {
  kind: QuoteProblemKind
  mark: string
  start: number
  end: number
  message: string
}

export interface EmbeddedSource {
  title: string
  /** Canonical (nominative) name of the author, from the heading. */
  author: string | null
  headingStart: number
  headingEnd: number
  /** Span of the document's text in the article. */
  start: number
  end: number
  text: string
}

export interface SourceInput {
  id?: string
  title?: string
  author?: string | null
  text: string
  path?: string | null
  origin?: 'file' | 'pasted' | 'embedded'
  /** For embedded sources: where the text starts and ends in the article. */
  start?: number | null
  end?: number | null
}

export type CheckStatus = 'verbatim' | 'near-verbatim' | 'paraphrase' | 'not-found'

/** Why a changed/added/omitted op is soft or hard. */
export type ChangeKind =
  | 'inflection'
  | 'spelling'
  | 'alias'
  | 'function-word'
  | 'number-format'
  | 'content'
  | 'number'
  | 'name'
  | 'elided'

export type DiffOp =
  | { op: 'equal'; quote: string; source: string }
  | { op: 'changed'; quote: string; source: string; kind?: ChangeKind }
  | { op: 'added'; quote: string; kind?: ChangeKind }
  | { op: 'omitted'; source: string; kind?: ChangeKind }

export interface MatchSpan {
  text: string
  start: number
  end: number
}

export interface QuoteCheck {
  /** Source id (s1, s2 …). */
  source: string
  status: CheckStatus
  /** 0…1: how much of the quote the passage supports. */
  score: number
  match: MatchSpan | null
  diff: DiffOp[]
  /** Numbers in the quote that the source does not contain. */
  missingNumbers: string[]
  /** Interior punctuation differs although every word is equal. */
  punctuationChanged?: boolean
  /** For a quote not found: the passage that came closest, which the score measures. */
  closest?: MatchSpan
}

export type Attribution = 'consistent' | 'mismatch' | 'unknown'

export interface ReportSource {
  id: string
  title: string
  author: string | null
  origin: 'file' | 'pasted' | 'embedded'
  path: string | null
  start: number | null
  end: number | null
}

export interface ReportQuote {
  id: string
  text: string
  start: number
  end: number
  speaker: string | null
  checks: QuoteCheck[]
  attribution: Attribution
  /** Why: what attribution knew about the speaker and the best match's author. */
  attributionReason: AttributionReason
  /** The reason as an English sentence. */
  attributionExplanation: string
  kind: QuoteKind
  speakerEntity: string | null
  parent: string | null
  missingNumbers: string[]
}

export interface NumberIssue {
  /** The number as written. */
  text: string
  start: number
  end: number
  /** The sentence it sits in (raw offsets in the checked text). */
  sentence: Span
}

/** The CLI's JSON document (version 1). */
export interface CheckReport {
  version: 1
  sources: ReportSource[]
  quotes: ReportQuote[]
  /** Quoted names (newspapers, squares, programmes): not quotations, so not checked. */
  names: QuotedName[]
  problems: QuoteProblem[]
  /** Numbers in the article (outside embedded sources) that no source contains. */
  unsupportedNumbers: NumberIssue[]
}

export type { Entity }
