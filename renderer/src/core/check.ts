import { detectQuotes, articleSegments } from './quotes/detect'
import { findEmbeddedSources } from './sources/embedded'
import { cachedIndex, type SourceIndex } from './align/source-index'
import { matchQuote } from './align/match-quote'
import { alignTokens } from './align/tokens'
import { checkNumbers } from './numbers/numbers'
import { attributeQuote, attributionContext, explainAttribution, type AttributionContext, type ContextOptions } from './attribution'
import type { CheckReport, DetectedQuote, EmbeddedSource, QuoteCheck, ReportQuote, ReportSource, SourceInput } from './types'

/** A source ready for checking: its report entry plus its index. */
export interface PreparedSource extends ReportSource {
  text: string
  index: SourceIndex
}

function isPrepared(s: SourceInput | PreparedSource): s is PreparedSource {
  return 'index' in s && s.index !== undefined
}

export function prepareSource(input: SourceInput, id: string): PreparedSource {
  return {
    id: input.id ?? id,
    title: input.title ?? (input.path ? input.path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : id),
    author: input.author ?? null,
    origin: input.origin ?? (input.path ? 'file' : 'pasted'),
    path: input.path ?? null,
    start: input.start ?? null,
    end: input.end ?? null,
    text: input.text,
    index: cachedIndex(input.text),
  }
}

/** Check one quote (text or detected quote) against each source, in the sources' order. */
export function checkQuote(quote: string | { text: string }, sources: ReadonlyArray<SourceInput | PreparedSource>): QuoteCheck[] {
  const text = typeof quote === 'string' ? quote : quote.text
  const tokens = alignTokens(text)
  return sources.map((s, i) => {
    const source = isPrepared(s) ? s : prepareSource(s, `s${i + 1}`)
    const m = matchQuote(text, source.index, tokens)
    const check: QuoteCheck = { source: source.id, status: m.status, score: m.score, match: m.match, diff: m.diff, missingNumbers: m.missingNumbers }
    if (m.punctuationChanged) check.punctuationChanged = true
    if (m.closest) check.closest = m.closest
    return check
  })
}

/** Embedded sources first, in text order, then the extra sources in the order given; ids s1, s2 … */
export function collectSources(articleText: string, extraSources: ReadonlyArray<SourceInput>, embedded: EmbeddedSource[] = findEmbeddedSources(articleText)): PreparedSource[] {
  const fromText = embedded.map<SourceInput>((e) => ({ title: e.title, author: e.author, text: e.text, origin: 'embedded', path: null, start: e.start, end: e.end }))
  return [...fromText, ...extraSources].map((s, i) => {
    const prepared = prepareSource({ ...s, id: undefined }, `s${i + 1}`)
    if (s.origin !== 'embedded') {
      prepared.start = null
      prepared.end = null
    }
    return prepared
  })
}

export type CheckOptions = ContextOptions

/** An article's sources and what attribution knows about them: what every path starts from. */
export interface PreparedArticle {
  embedded: EmbeddedSource[]
  sources: PreparedSource[]
  context: AttributionContext
}

export function prepareArticle(articleText: string, extraSources: ReadonlyArray<SourceInput> = [], options: CheckOptions = {}): PreparedArticle {
  const embedded = findEmbeddedSources(articleText)
  const sources = collectSources(articleText, extraSources, embedded)
  return { embedded, sources, context: attributionContext(articleText, sources, options) }
}

export function reportQuote(q: DetectedQuote, article: PreparedArticle): ReportQuote {
  const checks = checkQuote(q, article.sources)
  const result = attributeQuote(article.context, q.speaker ? { name: q.speaker.entity, surface: q.speaker.surface } : null, checks)
  const missing = checks.length > 0 ? checks[0].missingNumbers.filter((n) => checks.every((c) => c.missingNumbers.includes(n))) : []
  return {
    id: q.id,
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker?.surface ?? null,
    checks,
    attribution: result.attribution,
    attributionReason: result.reason,
    attributionExplanation: explainAttribution(result.reason, 'en'),
    kind: q.kind,
    speakerEntity: result.speaker ?? q.speaker?.entity ?? null,
    parent: q.parent ?? null,
    missingNumbers: missing,
  }
}

/** The whole check of an article: what the CLI prints with --json. */
export function checkArticle(articleText: string, extraSources: ReadonlyArray<SourceInput> = [], options: CheckOptions = {}): CheckReport {
  const article = prepareArticle(articleText, extraSources, options)
  const { quotes, problems, names } = detectQuotes(articleText, article.embedded)
  const segments = articleSegments(articleText, article.embedded)
  return {
    version: 1,
    sources: article.sources.map(({ id, title, author, origin, path, start, end }) => ({ id, title, author, origin, path, start, end })),
    quotes: quotes.map((q) => reportQuote(q, article)),
    names,
    problems,
    unsupportedNumbers: checkNumbers(articleText, article.sources, segments),
  }
}
