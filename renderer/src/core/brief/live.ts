// The live brief: a view of what the checks say now (quotes, statuses, attributions, verdicts
// and their notes) merged with what the editor wrote over it (overrides). The facts are never
// stored in the brief, so a verdict, a speaker or a link reaches it at once; the overrides are
// never touched by a change in the checks, so the editor's work is never lost to one.
import { bestCheck } from '../status'
import type { AttributionReason } from '../attribution'
import type { Attribution, QuoteCheck, ReportSource } from '../types'
import { firstParagraph, headlineOf, keyPointsOf } from './claims'
import { attributionNote } from './notes'
import { richFromPlain } from './rich'
import { briefLabels } from './labels'
import type { BriefLanguage, BriefModel, BriefNote, BriefOmissions, BriefQuote, BriefSource, RichParagraph, Verdict } from './model'

/** What the checks say about one quote now. */
export interface QuoteFacts {
  /** The quote's id in the article: the panes' data-quote-id, the CLI's q1 … */
  key: string
  text: string
  /** Where it starts in the article: new quotes are placed by it. */
  start: number
  /** Who the article (or the editor, in the Quotes pane) says spoke. */
  speaker: string | null
  /** One check per source, in the sources' order; empty when there is no source. */
  checks: QuoteCheck[]
  attribution: Attribution
  reason: AttributionReason | null
  verdict: { verdict: Verdict; note: string } | null
  /** Sources exist but this quote's checks are still running. */
  pending?: boolean
}

export interface BriefFacts {
  articleText: string
  articleTitle: string
  articleLanguage: string
  /** The sources the quotes were checked against, in order (originals of translations are not). */
  sources: ReadonlyArray<Pick<ReportSource, 'id' | 'title' | 'author' | 'origin'>>
  quotes: readonly QuoteFacts[]
  /** What each translated source left out of its original. */
  omissions?: readonly BriefOmissions[]
}

/** A quote as the brief placed it, with what the editor decided about it. */
export interface PlacedQuote {
  key: string
  /** Its words when it was placed: the brief says when they change. */
  text: string
  included: boolean
  /** The editor's wording of its attribution line, and the line it replaced. */
  line: { text: string; basis: string } | null
}

/** Everything the editor wrote over the facts. Null means "as the article says". */
export interface BriefOverrides {
  headline: string | null
  lede: RichParagraph[] | null
  keyPoints: string[] | null
  /** The editor's own notes: on the brief (quoteKey null) or on a quote. */
  notes: BriefNote[]
  /** The brief's quotes in the editor's order. */
  quotes: PlacedQuote[]
  /** Whether the brief includes what translations left out. */
  omissions: boolean
}

export const NO_OVERRIDES: BriefOverrides = { headline: null, lede: null, keyPoints: null, notes: [], quotes: [], omissions: true }

export interface LiveQuote extends BriefQuote {
  /** No longer in the article; kept because the editor worked on it, and never exported. */
  gone: boolean
  /** The words when placed, when they differ from the words now. */
  placedText: string | null
  /** The attribution line shown and exported: the editor's wording or the checks'. */
  line: string
  /** What the checks say, worded: the line when the editor has not re-worded it. */
  autoLine: string
  lineEdited: boolean
  /** Re-worded, and what the checks say has changed since. */
  lineOutdated: boolean
  verdictNote: string
  pending: boolean
}

export interface LiveBrief {
  /** What every export writes. */
  model: BriefModel
  /** The brief's quotes in its order, those gone from the article with the editor's work included. */
  quotes: LiveQuote[]
  /** The overrides with new quotes placed and gone ones nobody worked on forgotten: what to store. */
  overrides: BriefOverrides
  /** What the article alone gives, under the overrides. */
  draft: { headline: string; lede: RichParagraph[]; keyPoints: string[] }
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim()

let draftCache: { text: string; draft: LiveBrief['draft'] } | null = null

/** Headline, lede and key points from the article's text; the last text's answer is kept. */
export function draftOf(articleText: string): LiveBrief['draft'] {
  if (draftCache?.text === articleText) return draftCache.draft
  const headline = headlineOf(articleText)
  const draft = { headline, lede: richFromPlain(firstParagraph(articleText)), keyPoints: keyPointsOf(articleText, headline) }
  draftCache = { text: articleText, draft }
  return draft
}

/**
 * The overrides against the quotes there are now. New quotes join the brief after the last quote
 * that comes before them in the article, so an order the editor chose stays. A quote placed under
 * another id (a brief of an older version, a suggestion re-identified) is found again by its
 * words, with its notes. Quotes gone from the article are forgotten unless the editor left them
 * out, re-worded their line or wrote a note on them.
 */
export function placeQuotes(overrides: BriefOverrides, facts: readonly QuoteFacts[]): BriefOverrides {
  const startOf = new Map(facts.map((q) => [q.key, q.start]))
  const unique = overrides.quotes.filter((p, i) => overrides.quotes.findIndex((q) => q.key === p.key) === i)
  const taken = new Set(unique.map((p) => p.key))
  const rekeyed = new Map<string, string>()
  const list = unique.map((p) => {
    if (startOf.has(p.key)) return p
    const same = facts.find((q) => !taken.has(q.key) && squash(q.text) === squash(p.text))
    if (!same) return p
    taken.add(same.key)
    rekeyed.set(p.key, same.key)
    return { ...p, key: same.key }
  })
  const notes = rekeyed.size === 0 ? overrides.notes : overrides.notes.map((n) => (n.quoteKey !== null && rekeyed.has(n.quoteKey) ? { ...n, quoteKey: rekeyed.get(n.quoteKey)! } : n))
  for (const quote of [...facts].sort((a, b) => a.start - b.start)) {
    if (taken.has(quote.key)) continue
    let at = 0
    list.forEach((item, i) => {
      const start = startOf.get(item.key)
      if (start !== undefined && start <= quote.start) at = i + 1
    })
    list.splice(at, 0, { key: quote.key, text: quote.text, included: true, line: null })
    taken.add(quote.key)
  }
  const worked = (p: PlacedQuote) => !p.included || p.line !== null || notes.some((n) => n.quoteKey === p.key)
  return { ...overrides, notes, quotes: list.filter((p) => startOf.has(p.key) || worked(p)) }
}

function sourcesOf(facts: BriefFacts): BriefSource[] {
  return facts.sources.map((s) => ({ id: s.id, title: s.title, author: s.author, origin: s.origin }))
}

function liveQuote(placed: PlacedQuote, quote: QuoteFacts | undefined, facts: BriefFacts, language: BriefLanguage): LiveQuote {
  if (!quote) {
    // Gone from the article: shown with what the editor did to it, never exported.
    const line = placed.line?.text ?? ''
    return {
      key: placed.key, text: placed.text, speaker: null, status: 'not-checked', verdict: null, attribution: 'unknown',
      sourceId: null, sourceTitle: null, passage: null, included: false,
      gone: true, placedText: null, line, autoLine: '', lineEdited: placed.line !== null, lineOutdated: false, verdictNote: '', pending: false,
    }
  }
  const best = bestCheck(quote.checks)
  const found = best && best.status !== 'not-found' ? best : null
  const autoLine = attributionNote(
    { text: quote.text, speaker: quote.speaker, attribution: quote.attribution, reason: quote.reason ?? undefined, checks: quote.checks, sources: facts.sources },
    language,
  )
  const edited = placed.line !== null
  return {
    key: quote.key,
    text: quote.text,
    speaker: quote.speaker,
    status: best && !quote.pending ? best.status : 'not-checked',
    verdict: quote.verdict?.verdict ?? null,
    attribution: quote.attribution,
    sourceId: found?.source ?? null,
    sourceTitle: found ? (facts.sources.find((s) => s.id === found.source)?.title ?? null) : null,
    passage: found?.match?.text ?? null,
    included: placed.included,
    gone: false,
    placedText: squash(placed.text) === squash(quote.text) ? null : placed.text,
    line: edited ? placed.line!.text : autoLine,
    autoLine,
    lineEdited: edited,
    lineOutdated: edited && squash(placed.line!.basis) !== squash(autoLine),
    verdictNote: quote.verdict?.note.trim() ?? '',
    pending: quote.pending === true,
  }
}

/** The verdict's footnote: the verdict and the editor's note on it. */
function verdictFootnote(quote: LiveQuote, language: BriefLanguage): string {
  const labels = briefLabels(language)
  return `${labels.verdict}: ${labels.verdicts[quote.verdict!]}. ${quote.verdictNote}`.trim()
}

/** The brief now: the facts under the overrides. Pure; the same for the pane and every export. */
export function composeBrief(facts: BriefFacts, overrides: BriefOverrides, language: BriefLanguage): LiveBrief {
  const draft = draftOf(facts.articleText)
  const placed = placeQuotes(overrides, facts.quotes)
  const byKey = new Map(facts.quotes.map((q) => [q.key, q]))
  const quotes = placed.quotes.map((p) => liveQuote(p, byKey.get(p.key), facts, language))

  const notes: BriefNote[] = placed.notes.filter((n) => n.quoteKey === null)
  for (const q of quotes) {
    if (q.gone) continue
    if (q.line.trim() !== '') notes.push({ id: `line-${q.key}`, text: q.line, quoteKey: q.key })
    if (q.verdict && q.verdictNote !== '') notes.push({ id: `verdict-${q.key}`, text: verdictFootnote(q, language), quoteKey: q.key })
    notes.push(...placed.notes.filter((n) => n.quoteKey === q.key))
  }

  const model: BriefModel = {
    headline: placed.headline ?? draft.headline,
    lede: placed.lede ?? draft.lede,
    keyPoints: placed.keyPoints ?? draft.keyPoints,
    quotes: quotes.filter((q) => !q.gone).map(({ key, text, speaker, status, verdict, attribution, sourceId, sourceTitle, passage, included }) => ({ key, text, speaker, status, verdict, attribution, sourceId, sourceTitle, passage, included })),
    notes,
    sources: sourcesOf(facts),
    omissions: placed.omissions ? (facts.omissions ?? []).filter((o) => o.sentences.length > 0) : [],
    language,
    article: { title: facts.articleTitle, language: facts.articleLanguage },
  }
  return { model, quotes, overrides: placed, draft }
}
