import seedArticle from '../../../resources/seed/article.sq.txt?raw'
import seedOriginal from '../../../resources/seed/statement.en.txt?raw'
import { articlesNewestFirst, database, getSetting, seedOnFirstLaunch } from '../db'
import { initI18n, isLanguage } from './i18n'

export interface Workspace {
  articleId: string | null
}

/** Opens storage, the interface language and the article to show, before the first render. */
export async function openWorkspace(): Promise<Workspace> {
  const db = database()
  await db.open()
  const language = await getSetting(db, 'language')
  await initI18n(isLanguage(language) ? language : 'sq')
  const seeded = await seedOnFirstLaunch(db, seedArticle, seedOriginal)
  if (seeded) return { articleId: seeded.id }
  const current = await getSetting(db, 'currentArticleId')
  if (current && (await db.articles.get(current))) return { articleId: current }
  return { articleId: (await articlesNewestFirst(db))[0]?.id ?? null }
}
