// The brief's facts from the checks the Checks pane keeps: the same quotes (with the Quotes
// pane's ids and speakers), the same stored results and verdicts, and what each translation
// left out of its original. Nothing here judges a quote: the checks worker did, with the core.
import { translationOmissions } from '../../core/translation'
import type { QuoteCheck } from '../../core/types'
import type { BriefFacts, BriefOmissions, QuoteFacts, Verdict } from '../../core/brief'
import { checkId, type Check, type Source } from '../../db'
import type { QuoteItem } from '../quotes/items'
import { currentCheck } from '../checks/quoteViews'

// When a quote has verdicts on more than one source, the brief shows the gravest.
const GRAVITY: Record<Verdict, number> = { misquote: 0, 'follow-up': 1, 'acceptable-paraphrase': 2, confirmed: 3 }

export interface FactsInput {
  article: { text: string; title: string; language: string }
  quotes: readonly QuoteItem[]
  /** The sources quotes are checked against (not originals of translations). */
  sources: readonly Source[]
  checks: ReadonlyMap<string, Check>
  /** A stored author's name. */
  authorName: (entityId: string) => string | null
  omissions?: readonly BriefOmissions[]
}

const asCoreCheck = (check: Check): QuoteCheck => ({
  source: check.sourceId,
  status: check.status,
  score: check.score,
  match: check.match,
  // The stored diff is the core's, written by the checks worker (useChecks' toDiff).
  diff: check.diff as unknown as QuoteCheck['diff'],
  missingNumbers: check.missingNumbers ?? [],
})

export function briefFacts({ article, quotes, sources, checks, authorName, omissions }: FactsInput): BriefFacts {
  const facts: QuoteFacts[] = quotes.map((quote) => {
    const rows = sources.map((source) => currentCheck(checks.get(checkId(quote.id, source.id)), quote.text))
    const done = rows.filter((row): row is Check => row !== undefined)
    const judged = done.filter((row) => row.verdict !== null).sort((a, b) => GRAVITY[a.verdict!] - GRAVITY[b.verdict!])[0]
    const attributed = done.find((row) => row.attributionReason !== undefined)
    return {
      key: quote.id,
      text: quote.text,
      start: quote.start ?? Number.MAX_SAFE_INTEGER,
      speaker: quote.speaker,
      checks: done.map(asCoreCheck),
      attribution: attributed?.attribution ?? 'unknown',
      reason: attributed?.attributionReason ?? null,
      verdict: judged ? { verdict: judged.verdict!, note: judged.verdictNote } : null,
      pending: done.length < rows.length,
    }
  })
  return {
    articleText: article.text,
    articleTitle: article.title,
    articleLanguage: article.language,
    sources: sources.map((s) => ({ id: s.id, title: s.title, author: s.author ? authorName(s.author) : null, origin: s.origin })),
    quotes: facts,
    omissions: omissions ?? [],
  }
}

/** For each source kept as the translation of an original: the original's sentences it left out. */
export function omissionsOf(sources: readonly Source[]): BriefOmissions[] {
  const out: BriefOmissions[] = []
  for (const original of sources) {
    const translation = original.originalOf ? sources.find((s) => s.id === original.originalOf) : undefined
    if (!translation) continue
    try {
      const left = translationOmissions(translation.text, original.text, {
        translationLang: translation.language,
        originalLang: original.language,
        region: { start: 0, end: translation.text.length },
      })
      out.push({ sourceTitle: translation.title, language: original.language, sentences: left.map((s) => s.text.trim()) })
    } catch {
      // A language without data: the Translation view says so; the brief has nothing to add.
    }
  }
  return out
}
