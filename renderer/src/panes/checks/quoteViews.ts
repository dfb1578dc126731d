import { STATUS_RANK, STATUSES } from '../../core/status'
import { checkId, type Check, type CheckStatus, type Source } from '../../db'

export interface Row {
  source: Source
  check: Check | undefined
}

export interface QuoteView<Q> {
  quote: Q
  /** Best status over the sources shown; null until checked. */
  status: CheckStatus | null
  /** Any current check of the quote: they all carry its attribution. */
  attributed: Check | undefined
  /** The rows that judge the quote: its best match, its speaker's own sources, any match at all. */
  main: Row[]
  /** Sources it is not in and was never expected in: not an error. */
  elsewhere: Row[]
}

/** A stored result for other words is stale until the worker answers. */
export function currentCheck(check: Check | undefined, quoteText: string): Check | undefined {
  return check && (check.quoteText === undefined || check.quoteText === quoteText || check.verdict !== null) ? check : undefined
}

/**
 * How the pane shows a quote: judged by its best match and its speaker's own sources. A source
 * that does not contain it is an error only when it was the speaker's own, or when the quote is
 * found nowhere and no source is known to be the speaker's.
 */
export function quoteView<Q extends { id: string; text: string }>(quote: Q, sources: readonly Source[], checks: ReadonlyMap<string, Check>): QuoteView<Q> {
  const rows = sources.map((source) => ({ source, check: currentCheck(checks.get(checkId(quote.id, source.id)), quote.text) }))
  const checked = rows.filter((row) => row.check !== undefined)
  const status = checked.length > 0 ? checked.map((row) => (row.check as Check).status).reduce((a, b) => (STATUS_RANK[b] < STATUS_RANK[a] ? b : a)) : null
  const expected = (row: Row) => row.check === undefined || row.check.status !== 'not-found' || row.check.ownSource === true
  const judged = rows.filter(expected)
  const onlyMisses = judged.every((row) => row.check !== undefined && row.check.status === 'not-found') && !rows.some((row) => row.check?.ownSource)
  const main = onlyMisses || judged.length === 0 ? rows : judged
  return { quote, status, attributed: checked[0]?.check, main, elsewhere: rows.filter((row) => !main.includes(row)) }
}

/** Quotes counted once each, by the status that judges them: the filter chips and the rows agree. */
export function statusCounts(views: ReadonlyArray<QuoteView<unknown>>): Record<CheckStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CheckStatus, number>
  for (const view of views) if (view.status) counts[view.status]++
  return counts
}
