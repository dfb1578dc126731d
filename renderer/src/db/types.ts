// Stored rows. What the analysis core already defines (quote kinds, statuses, attribution, the
// verdicts the brief reports) is the core's type, imported, so the two cannot drift apart.
import type { AttributionReason } from '../core/attribution/attribute'
import type { BriefOverrides } from '../core/brief/live'
import type { BriefModel, PageSize, Verdict } from '../core/brief/model'
import type { Attribution, ChangeKind, CheckStatus, DiffOp as CoreDiffOp, MatchSpan, QuoteKind } from '../core/types'

export type { Attribution, AttributionReason, CheckStatus, QuoteKind, Verdict }

/** Lexical's editor state as JSON text; the db never parses it. */
export type SerializedEditorStateJson = string

export interface Article {
  id: string
  title: string
  language: string
  /** Lexical JSON; null until the editor has saved it once. */
  editorState: SerializedEditorStateJson | null
  /** Blocks joined by '\n': the text every analysis offset refers to. */
  plainText: string
  createdAt: number
  updatedAt: number
  /** Set while the article is shared: its text and decisions live in a Yjs document too. Unindexed. */
  shared?: SharedArticle
}

/** A shared article: the document's name on the server, and whether this copy published it or joined it. */
export interface SharedArticle {
  doc: string
  role: 'owner' | 'guest'
}

/**
 * Why a revision was taken: on a pause after edits, on the editor's request, or just before
 * something that replaces or deletes their work (so that it can be taken back).
 */
export type RevisionKind = 'auto' | 'manual' | 'before-restore' | 'before-delete' | 'before-import'

export interface Revision {
  id: string
  articleId: string
  /** Null when the article had not been saved from the editor yet (its plain text is the truth). */
  editorState: SerializedEditorStateJson | null
  plainText: string
  /** The editor's name for this version; empty when unnamed. */
  note: string
  createdAt: number
  /** Since version 3. */
  kind: RevisionKind
  /** The article's title then. Since version 3. */
  title: string
  /** What the action it preceded was about: a quote's words, a source's title, a backup's name. Since version 3. */
  detail: string
  /** The article's tags, sources and checks (with verdicts) then, restored with the text. Since version 3. */
  quotes: Quote[]
  sources: Source[]
  checks: Check[]
}

export type SourceOrigin = 'embedded' | 'file' | 'pasted'

export interface Source {
  id: string
  articleId: string
  title: string
  /** Entity id of the author, or null when unknown. */
  author: string | null
  language: string
  text: string
  origin: SourceOrigin
  createdAt: number
  /**
   * Id of the source this one is the original of: the English readout of which an embedded
   * statement is the translation. Unindexed, so it needs no schema version. An original is
   * compared sentence by sentence with its translation, not checked quote by quote.
   */
  originalOf?: string | null
  /**
   * An embedded source whose heading left the text while checks with verdicts hung on it: kept
   * out of sight until the heading comes back (undo) or a revision is restored.
   */
  deletedAt?: number
}

/** Speakers and authors are the core's entities, stored as they are. */
export type { Entity, EntityKind } from '../core/entities/types'

export type QuoteState = 'suggested' | 'confirmed' | 'rejected'

export interface Quote {
  id: string
  articleId: string
  /** Id carried by the quote's mark in the editor. */
  markId: string
  text: string
  /** Entity id of the speaker. */
  speaker: string | null
  kind: QuoteKind
  state: QuoteState
  note: string
  /**
   * Plain-text offset of the quote when it was last placed. A rejected suggestion is
   * recognised again by its text and the nearest position, so it stays hidden after edits.
   */
  start?: number
  /** A confirmed quote whose mark is no longer in the article (deleted; undo brings it back). */
  orphaned?: boolean
  createdAt: number
  updatedAt: number
  /** In a shared article: the name of the user who confirmed it, and when (ms). Unindexed. */
  confirmedBy?: string
  confirmedAt?: number
}

/** The core's diff op as stored: both sides always present (empty where the op has none). */
export interface DiffOp {
  op: CoreDiffOp['op']
  quote: string
  source: string
  /** Why a change is soft (inflection, alias …) or hard (number, name, content), as the core says. */
  kind?: ChangeKind
}

/** The editor's word on a speaker and an author: one speaks for the other, or they are different sides. */
export interface Link {
  id: string
  /** Entity id of the one who speaks. */
  from: string
  /** Entity id of the one spoken for, or the other side. */
  to: string
  relation: 'speaks-for' | 'unrelated'
  createdAt: number
}

export interface Check {
  id: string
  articleId: string
  quoteId: string
  sourceId: string
  status: CheckStatus
  score: number
  match: MatchSpan | null
  diff: DiffOp[]
  verdict: Verdict | null
  verdictNote: string
  /** The quote's text when the verdict was given, to tell when it changed since. */
  verdictQuoteText: string | null
  checkedAt: number
  /** The quote's text as it was checked. */
  quoteText?: string
  /** The quote's attribution across all its sources (the same on each of its checks). */
  attribution?: Attribution
  /** Why, in the core's terms; the pane words it in the interface's language. */
  attributionReason?: AttributionReason
  /** The source the attribution rests on: the quote's best match. */
  attributionSource?: string | null
  /** Sources by the speaker's own side: where the quote is expected. */
  ownSource?: boolean
  /** For a quote this source does not contain: the passage that came closest. */
  closest?: MatchSpan
  /** Numbers in the quote that this source does not contain. */
  missingNumbers?: string[]
  /** A check with a verdict whose source left the text: hidden, and back when the source is. */
  deletedAt?: number
  /** In a shared article: who gave the current verdict (a user's name), and when (ms). Unindexed. */
  verdictBy?: string
  verdictAt?: number
  /** In a shared article: the check's earlier verdicts, by this user or others, newest first. Unindexed. */
  verdictHistory?: VerdictHistoryEntry[]
}

/** A verdict given on a check of a shared article and since replaced (`verdict` null: withdrawn). */
export interface VerdictHistoryEntry {
  verdict: Verdict | null
  note: string
  by: string
  at: number
}

/**
 * The editor's brief of an article: only what the editor wrote over the checks (since version 5).
 * The quotes, statuses, attributions and verdicts are the checks', merged in when it is shown.
 */
export interface Brief {
  id: string
  articleId: string
  /** The editor's headline; null: the draft's. */
  headline: string | null
  /** The editor's lede as plain text; null: the draft's. */
  lede: string | null
  /** The editor's lede as Lexical JSON (bold, italic); null until it has been edited. */
  ledeState: SerializedEditorStateJson | null
  /** The editor's key points; null: the draft's. */
  keyPoints: string[] | null
  /** The editor's own notes, on the brief or on one of its quotes. */
  notes: BriefOverrides['notes']
  /** The brief's quotes in its order, with include flags and re-worded attribution lines. */
  quotes: BriefOverrides['quotes']
  /** Whether the brief includes what translations left out. */
  omissions: boolean
  /** Language of the brief's labels and notes. */
  language: BriefModel['language']
  /** Paper for the PDF. */
  pageSize: PageSize
  /** The brief as last composed in the pane: what the print view prints. Null until then. */
  composed: BriefModel | null
  updatedAt: number
}

export interface Setting {
  key: string
  value: unknown
}
