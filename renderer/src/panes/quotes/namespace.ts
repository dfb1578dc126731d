import { useLiveQuery } from 'dexie-react-hooks'
import type { RedaktorDatabase } from '../../db'

/**
 * What the article's suggestion ids are derived under: its shared document's name when it is shared,
 * so that every copy names a quote, and so its checks and verdicts, alike; else the article's id.
 * Null while the article is being read.
 */
export function useQuoteNamespace(db: RedaktorDatabase, articleId: string): string | null {
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId])
  if (article === undefined) return null
  return article?.shared?.doc ?? articleId
}
