import { importArticle } from './articles'
import type { RedaktorDatabase } from './database'
import { getSetting, setSetting } from './settings'
import type { Article } from './types'

/**
 * On the very first launch, opens the reference article with its embedded
 * statement registered as a source. Runs once: deleting the seed later is respected.
 */
export async function seedOnFirstLaunch(db: RedaktorDatabase, articleText: string): Promise<Article | null> {
  return db.transaction('rw', [db.articles, db.sources, db.entities, db.settings], async () => {
    if (await getSetting(db, 'seeded')) return null
    const article = await importArticle(db, { plainText: articleText, language: 'sq' })
    await setSetting(db, 'seeded', true)
    await setSetting(db, 'currentArticleId', article.id)
    return article
  })
}
