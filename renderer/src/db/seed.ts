import { importArticle } from './articles'
import type { RedaktorDatabase } from './database'
import { getSetting, setSetting } from './settings'
import type { Article, Source } from './types'

async function registerSeedOriginal(db: RedaktorDatabase, article: Article, text: string): Promise<void> {
  const statement = (await db.sources.where('articleId').equals(article.id).toArray()).find((source) => source.origin === 'embedded')
  if (!statement) return
  const original: Source = {
    id: crypto.randomUUID(),
    articleId: article.id,
    title: `${statement.title}, origjinali`,
    author: statement.author,
    language: 'en',
    text,
    origin: 'file',
    createdAt: Date.now(),
    originalOf: statement.id,
  }
  await db.sources.add(original)
}

/**
 * On the very first launch, opens the reference article with its embedded
 * statement registered as a source, and the statement's English original, when given,
 * registered as that source's original. Runs once: deleting the seed later is respected.
 */
export async function seedOnFirstLaunch(db: RedaktorDatabase, articleText: string, originalText?: string): Promise<Article | null> {
  return db.transaction('rw', [db.articles, db.sources, db.entities, db.settings], async () => {
    if (await getSetting(db, 'seeded')) return null
    const article = await importArticle(db, { plainText: articleText, language: 'sq' })
    if (originalText) await registerSeedOriginal(db, article, originalText)
    await setSetting(db, 'seeded', true)
    await setSetting(db, 'currentArticleId', article.id)
    return article
  })
}
