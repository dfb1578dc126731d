import { useLiveQuery } from 'dexie-react-hooks'
import type { RedaktorDatabase } from '../../db'

export interface QuoteNaming {
  /**
   * What the article's suggestion ids are derived under: its shared document's name when it is
   * shared, so that every copy names a quote, and so its checks and verdicts, alike; else its id.
   */
  namespace: string
  shared: boolean
}

/** How the article's quotes are named; null while the article is being read. */
export function useQuoteNaming(db: RedaktorDatabase, articleId: string): QuoteNaming | null {
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId])
  if (article === undefined) return null
  return { namespace: article?.shared?.doc ?? articleId, shared: Boolean(article?.shared) }
}
