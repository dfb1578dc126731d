import type { RedaktorDatabase } from '../db/database'
import { BRIEF_FIELDS, canonical, sharedEntity, sharedQuote, sharedSource, verdictFieldsOf, type SharedMap } from './values'

/** What Dexie holds of a shared article, in the Y.Doc's terms: each map's key → canonical JSON. */
export interface DexieState {
  /** False once the article's row is gone (deleted here): then nothing of it is taken for a deletion. */
  article: boolean
  rows: Record<SharedMap, Map<string, string>>
  /** Check id → the canonical JSON of its verdict fields (every check row, set-aside ones too). */
  verdicts: Map<string, string>
}

/**
 * Reads the article's rows: quotes, sources in sight, the entities they point at, the brief's
 * fields and the checks' verdicts. Only Dexie calls, so that it can run inside a liveQuery.
 */
export async function readDexieState(db: RedaktorDatabase, articleId: string): Promise<DexieState> {
  const [article, quotes, sources, checks, brief] = await Promise.all([
    db.articles.get(articleId),
    db.quotes.where('articleId').equals(articleId).toArray(),
    db.sources.where('articleId').equals(articleId).toArray(),
    db.checks.where('articleId').equals(articleId).toArray(),
    db.briefs.where('articleId').equals(articleId).first(),
  ])
  const inSight = sources.filter((source) => source.deletedAt === undefined)
  const entityIds = new Set([...quotes.map((quote) => quote.speaker), ...inSight.map((source) => source.author)].filter((id) => id !== null))
  const entities = (await db.entities.bulkGet([...entityIds])).filter((entity) => entity !== undefined)
  const keyed = <T extends { id: string }>(rows: readonly T[], shared: (row: T) => unknown) => new Map(rows.map((row) => [row.id, canonical(shared(row))!]))
  return {
    article: article !== undefined,
    rows: {
      entities: keyed(entities, sharedEntity),
      quotes: keyed(quotes, sharedQuote),
      sources: keyed(inSight, sharedSource),
      brief: new Map(brief ? BRIEF_FIELDS.map((field) => [field, canonical(brief[field])!]) : []),
    },
    verdicts: new Map(checks.map((check) => [check.id, canonical(verdictFieldsOf(check))!])),
  }
}
