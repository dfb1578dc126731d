import { findEmbeddedSources, resolveEntity } from '../core'
import type { RedaktorDatabase } from './database'
import { ensureEntity } from './entities'
import type { Article, Source } from './types'

/** Records each document embedded in the article's text as one of its sources. */
export async function registerEmbeddedSources(db: RedaktorDatabase, article: Article): Promise<Source[]> {
  const sources: Source[] = []
  for (const embedded of findEmbeddedSources(article.plainText)) {
    const author = embedded.author ? await authorEntityId(db, embedded.author) : null
    sources.push({
      id: crypto.randomUUID(),
      articleId: article.id,
      title: embedded.title,
      author,
      language: article.language,
      text: embedded.text,
      origin: 'embedded',
      createdAt: Date.now(),
    })
  }
  await db.sources.bulkAdd(sources)
  return sources
}

async function authorEntityId(db: RedaktorDatabase, surface: string): Promise<string> {
  const known = resolveEntity(surface)
  return (await ensureEntity(db, known.name, known.kind, known.aliases)).id
}
