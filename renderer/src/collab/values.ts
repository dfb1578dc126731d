// The rows of a shared article as the Y.Doc holds them (see the contract in docs/ARCHITECTURE.md,
// "Shared articles"), and back: what comes from another client is checked with the same record
// schemas a backup is checked with, so a malformed value is skipped instead of stored.
import { recordSchemas, verdictEventSchema } from '../db/records'
import type { Brief, Check, Entity, Quote, Source } from '../db/types'
import type { VerdictEvent } from './verdicts'

/** The Y.Maps the mirror keeps, each named as the contract names it. Entities first: rows point at them. */
export const SHARED_MAPS = ['entities', 'quotes', 'sources', 'brief'] as const
export type SharedMap = (typeof SHARED_MAPS)[number]

/** The brief's fields the editor writes: one key each in the `brief` map. */
export const BRIEF_FIELDS = ['headline', 'lede', 'ledeState', 'keyPoints', 'notes', 'quotes', 'omissions', 'language', 'pageSize'] as const satisfies ReadonlyArray<keyof Brief>
export type BriefField = (typeof BRIEF_FIELDS)[number]

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** JSON with sorted keys, undefined fields left out: structurally equal values give equal text. */
export function canonical(value: unknown): string | undefined {
  if (value === undefined) return undefined
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner,
  )
}

/** A plain copy without undefined fields: what Yjs stores. */
const plain = <T>(value: T): T => JSON.parse(canonical(value)!) as T

/**
 * What each copy works out for itself from its own text is not shared: whether a tag's mark is there
 * (`orphaned`), where it is (`start`; a rejected row keeps its place, which finds its suggestion
 * again), and when the row last changed here.
 */
export const sharedQuote = ({ articleId: _articleId, orphaned: _orphaned, updatedAt: _updatedAt, start, ...quote }: Quote) =>
  plain(quote.state === 'rejected' ? { ...quote, start } : quote)
export const sharedSource = ({ articleId: _articleId, deletedAt: _deletedAt, ...source }: Source) => plain(source)
export const sharedEntity = (entity: Entity) => plain(entity)

/** A check's verdict as the log shares it; a check without one has NO_VERDICT. */
export interface VerdictFields {
  verdict: Check['verdict']
  note: string
  quoteText: string | null
}
export const NO_VERDICT: VerdictFields = { verdict: null, note: '', quoteText: null }
export const verdictFieldsOf = (check: Pick<Check, 'verdict' | 'verdictNote' | 'verdictQuoteText'>): VerdictFields => ({
  verdict: check.verdict,
  note: check.verdictNote,
  quoteText: check.verdictQuoteText,
})
export const eventFields = ({ verdict, note, quoteText }: VerdictEvent): VerdictFields => ({ verdict, note, quoteText })

/** Another client's quote as this article's row; null when it is not one (or claims another id). */
export function quoteFromShared(value: unknown, id: string, articleId: string, here?: Quote): Quote | null {
  if (!isRecord(value)) return null
  const local = { updatedAt: Date.now(), ...(here?.orphaned !== undefined ? { orphaned: here.orphaned } : {}), ...(here?.start !== undefined ? { start: here.start } : {}) }
  const parsed = recordSchemas.quotes.safeParse({ ...local, ...value, articleId })
  return parsed.success && parsed.data.id === id ? (parsed.data as Quote) : null
}

export function sourceFromShared(value: unknown, id: string, articleId: string): Source | null {
  if (!isRecord(value)) return null
  const { deletedAt: _deletedAt, ...rest } = value
  const parsed = recordSchemas.sources.safeParse({ ...rest, articleId })
  return parsed.success && parsed.data.id === id ? (parsed.data as Source) : null
}

export function entityFromShared(value: unknown, id: string): Entity | null {
  const parsed = recordSchemas.entities.safeParse(value)
  return parsed.success && parsed.data.id === id ? (parsed.data as Entity) : null
}

/** A brief field's value from another client, or undefined when it is not one that field can hold. */
export function briefFieldFromShared<F extends BriefField>(field: F, value: unknown): Brief[F] | undefined {
  const parsed = recordSchemas.briefs.shape[field].safeParse(value)
  return parsed.success ? (parsed.data as Brief[F]) : undefined
}

/** The log's events that are events: anything else another client put there is passed over. */
export function verdictEventsOf(log: readonly unknown[]): VerdictEvent[] {
  return log.flatMap((entry) => {
    const parsed = verdictEventSchema.safeParse(entry)
    return parsed.success ? [parsed.data as VerdictEvent] : []
  })
}
