import { affiliated, resolveEntity } from './entities/resolve'
import { detectQuotes, articleSegments } from './quotes/detect'
import { findEmbeddedSources } from './sources/embedded'
import { cachedIndex, type SourceIndex } from './align/source-index'
import { matchQuote } from './align/match-quote'
import { alignTokens } from './align/tokens'
import { checkNumbers } from './numbers/numbers'
import { tokenize } from './text/tokenize'
import { sameStem } from './lang/stem'
import { isDocumentNoun } from './speakers/lexicon'
import type { Attribution, CheckReport, CheckStatus, DetectedQuote, QuoteCheck, ReportQuote, ReportSource, SourceInput } from './types'

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

const RANK: Record<CheckStatus, number> = { verbatim: 0, 'near-verbatim': 1, paraphrase: 2, 'not-found': 3 }

/** Check one quote (text or detected quote) against each source, in the sources' order. */
export function checkQuote(quote: string | { text: string }, sources: ReadonlyArray<SourceInput | PreparedSource>): QuoteCheck[] {
  const text = typeof quote === 'string' ? quote : quote.text
  const tokens = alignTokens(text)
  return sources.map((s, i) => {
    const source = isPrepared(s) ? s : prepareSource(s, `s${i + 1}`)
    const m = matchQuote(text, source.index, tokens)
    const check: QuoteCheck = { source: source.id, status: m.status, score: m.score, match: m.match, diff: m.diff, missingNumbers: m.missingNumbers }
    if (m.punctuationChanged) check.punctuationChanged = true
    return check
  })
}

/**
 * consistent: the best match is in a source by the speaker or an affiliated entity;
 * mismatch: found, but only in someone else's source; unknown: not found, or no author/speaker.
 */
export function attribute(
  speakerEntity: string | null,
  checks: QuoteCheck[],
  sources: ReadonlyArray<{ id: string; author: string | null }>,
  /** Institutions the speaker speaks for (Speaker.affiliations). */
  speakerAffiliations: readonly string[] = [],
): Attribution {
  const found = checks.filter((c) => c.status !== 'not-found')
  if (found.length === 0 || !speakerEntity) return 'unknown'
  const bestRank = Math.min(...found.map((c) => RANK[c.status]))
  const best = found.filter((c) => RANK[c.status] === bestRank)
  const authorOf = (c: QuoteCheck) => sources.find((s) => s.id === c.source)?.author ?? null
  const base = resolveEntity(speakerEntity)
  const speaker = speakerAffiliations.length > 0 ? { ...base, affiliations: [...new Set([...(base.affiliations ?? []), ...speakerAffiliations])] } : base
  if (best.some((c) => authorOf(c) !== null && affiliated(speaker, authorOf(c) as string))) return 'consistent'
  if (best.every((c) => authorOf(c) === null)) return 'unknown'
  return 'mismatch'
}

/** Embedded sources first, in text order, then the extra sources in the order given; ids s1, s2 … */
export function collectSources(articleText: string, extraSources: ReadonlyArray<SourceInput>): PreparedSource[] {
  const embedded = findEmbeddedSources(articleText).map<SourceInput>((e) => ({
    title: e.title,
    author: e.author,
    text: e.text,
    origin: 'embedded',
    path: null,
    start: e.start,
    end: e.end,
  }))
  return [...embedded, ...extraSources].map((s, i) => {
    const prepared = prepareSource({ ...s, id: undefined }, `s${i + 1}`)
    if (s.origin !== 'embedded') {
      prepared.start = null
      prepared.end = null
    }
    if (prepared.author) prepared.author = resolveEntity(prepared.author).name === prepared.author ? prepared.author : prepared.author
    return prepared
  })
}

/**
 * A speaker that is a bare document noun ("sipas raportit", "Raporti thekson") speaks for the
 * author of the one source whose title names that kind of document.
 */
function documentAuthor(speaker: DetectedQuote['speaker'], sources: ReadonlyArray<{ title: string; author: string | null }>): string | null {
  if (!speaker) return null
  const words = tokenize(speaker.surface).filter((t) => t.kind !== 'punct')
  if (words.length !== 1 || !isDocumentNoun(words[0].text)) return null
  const matching = sources.filter((s) => {
    const first = tokenize(s.title).find((t) => t.kind !== 'punct')
    return s.author !== null && first !== undefined && sameStem(first.text, words[0].text)
  })
  const authors = [...new Set(matching.map((s) => s.author as string))]
  return authors.length === 1 ? authors[0] : null
}

export function reportQuote(q: DetectedQuote, sources: PreparedSource[]): ReportQuote {
  const checks = checkQuote(q, sources)
  const entity = documentAuthor(q.speaker, sources) ?? q.speaker?.entity ?? null
  const missing = checks.length > 0 ? checks[0].missingNumbers.filter((n) => checks.every((c) => c.missingNumbers.includes(n))) : []
  return {
    id: q.id,
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker?.surface ?? null,
    checks,
    attribution: attribute(entity, checks, sources, q.speaker?.affiliations ?? []),
    kind: q.kind,
    speakerEntity: entity,
    parent: q.parent ?? null,
    missingNumbers: missing,
  }
}

/** The whole check of an article: what the CLI prints with --json. */
export function checkArticle(articleText: string, extraSources: ReadonlyArray<SourceInput> = []): CheckReport {
  const embedded = findEmbeddedSources(articleText)
  const sources = collectSources(articleText, extraSources)
  const { quotes, problems } = detectQuotes(articleText, embedded)
  const segments = articleSegments(articleText, embedded)
  return {
    version: 1,
    sources: sources.map(({ id, title, author, origin, path, start, end }) => ({ id, title, author, origin, path, start, end })),
    quotes: quotes.map((q) => reportQuote(q, sources)),
    problems,
    unsupportedNumbers: checkNumbers(articleText, sources, segments),
  }
}
