import type { RedaktorDatabase } from './database'
import type { Attribution, AttributionReason, Check, CheckStatus, DiffOp, Verdict } from './types'

/** One quote × source result as the checker produced it. */
export interface CheckResult {
  quoteId: string
  sourceId: string
  quoteText: string
  status: CheckStatus
  score: number
  match: Check['match']
  diff: DiffOp[]
  attribution: Attribution
  attributionReason: AttributionReason
  attributionSource: string | null
  /** The source is by the speaker's own side. */
  ownSource: boolean
  missingNumbers: string[]
  closest?: Check['closest']
}

/** A check's id follows from its quote and source, so a re-check finds the row (and its verdict) again. */
export const checkId = (quoteId: string, sourceId: string) => `${quoteId}|${sourceId}`

/** The article's checks in sight: not those set aside with a source that left the text. */
export async function checksOfArticle(db: RedaktorDatabase, articleId: string): Promise<Check[]> {
  return (await db.checks.where('articleId').equals(articleId).toArray()).filter((row) => row.deletedAt === undefined)
}

const sameResult = (row: Check, result: CheckResult) =>
  row.status === result.status &&
  row.score === result.score &&
  row.quoteText === result.quoteText &&
  row.attribution === result.attribution &&
  row.attributionSource === result.attributionSource &&
  row.ownSource === result.ownSource &&
  JSON.stringify(row.attributionReason) === JSON.stringify(result.attributionReason) &&
  JSON.stringify(row.closest ?? null) === JSON.stringify(result.closest ?? null) &&
  JSON.stringify(row.match) === JSON.stringify(result.match) &&
  JSON.stringify(row.diff) === JSON.stringify(result.diff) &&
  JSON.stringify(row.missingNumbers ?? []) === JSON.stringify(result.missingNumbers)

/**
 * Stores a round of results in one transaction. Verdicts are never touched here. Rows whose
 * result is unchanged are left alone. Rows of quotes or sources that are gone are deleted unless
 * they carry a verdict: those wait for their quote to come back (undo, paste), or, when their
 * source went, are set aside (deletedAt) until it comes back. A result for a row set aside
 * brings it back with its verdict.
 */
export async function saveCheckResults(
  db: RedaktorDatabase,
  articleId: string,
  results: readonly CheckResult[],
  live: { quoteIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> },
): Promise<{ written: number; deleted: number }> {
  return db.transaction('rw', db.checks, async () => {
    const existing = new Map((await db.checks.where('articleId').equals(articleId).toArray()).map((row) => [row.id, row]))
    const now = Date.now()
    const puts: Check[] = []
    for (const result of results) {
      const id = checkId(result.quoteId, result.sourceId)
      const row = existing.get(id)
      if (row && row.deletedAt === undefined && sameResult(row, result)) continue
      puts.push({
        id,
        articleId,
        quoteId: result.quoteId,
        sourceId: result.sourceId,
        status: result.status,
        score: result.score,
        match: result.match,
        diff: result.diff,
        quoteText: result.quoteText,
        attribution: result.attribution,
        attributionReason: result.attributionReason,
        attributionSource: result.attributionSource,
        ownSource: result.ownSource,
        missingNumbers: result.missingNumbers,
        ...(result.closest ? { closest: result.closest } : {}),
        verdict: row?.verdict ?? null,
        verdictNote: row?.verdictNote ?? '',
        verdictQuoteText: row?.verdictQuoteText ?? null,
        checkedAt: now,
      })
    }
    const written = new Set(puts.map((row) => row.id))
    const deletes: string[] = []
    const setAside: string[] = []
    for (const row of existing.values()) {
      if (written.has(row.id)) continue
      const sourceGone = !live.sourceIds.has(row.sourceId)
      if (row.verdict === null) {
        if (sourceGone || !live.quoteIds.has(row.quoteId)) deletes.push(row.id)
      } else if (sourceGone && row.deletedAt === undefined) setAside.push(row.id)
    }
    if (puts.length) await db.checks.bulkPut(puts)
    if (deletes.length) await db.checks.bulkDelete(deletes)
    for (const id of setAside) await db.checks.update(id, { deletedAt: now })
    return { written: puts.length, deleted: deletes.length }
  })
}

/** The editor's verdict on one result; the quote's text is kept to tell later whether it changed. */
export async function setVerdict(db: RedaktorDatabase, id: string, verdict: Verdict, note: string, quoteText: string): Promise<void> {
  const updated = await db.checks.update(id, { verdict, verdictNote: note.trim(), verdictQuoteText: quoteText })
  if (!updated) throw new Error(`No check ${id}`)
}

export async function clearVerdict(db: RedaktorDatabase, id: string): Promise<void> {
  await db.checks.update(id, { verdict: null, verdictNote: '', verdictQuoteText: null })
}

/** The quote's words are no longer those the verdict was given on. */
export function changedSinceVerdict(check: Pick<Check, 'verdict' | 'verdictQuoteText'>, quoteText: string): boolean {
  if (check.verdict === null || check.verdictQuoteText === null) return false
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
  return squash(check.verdictQuoteText) !== squash(quoteText)
}
