import { titleFromText } from '../core/article'
import type { RedaktorDatabase } from './database'
import { writeToJournal } from './exitWrite'
import { ArticleMissingError } from './faults'
import { registerEmbeddedSources } from './sources'
import type { Article, SerializedEditorStateJson, SharedArticle } from './types'

export interface NewArticle {
  plainText: string
  editorState?: SerializedEditorStateJson | null
  language?: string
  title?: string
}

export async function createArticle(db: RedaktorDatabase, input: NewArticle): Promise<Article> {
  const now = Date.now()
  const article: Article = {
    id: crypto.randomUUID(),
    title: input.title ?? titleFromText(input.plainText),
    language: input.language ?? 'sq',
    editorState: input.editorState ?? null,
    plainText: input.plainText,
    createdAt: now,
    updatedAt: now,
  }
  await db.articles.add(article)
  return article
}

/** A new article from outside text, with the documents embedded in it registered as sources. */
export async function importArticle(db: RedaktorDatabase, input: NewArticle): Promise<Article> {
  return db.transaction('rw', [db.articles, db.sources, db.entities], async () => {
    const article = await createArticle(db, input)
    await registerEmbeddedSources(db, article)
    return article
  })
}

/** The article with new text; the title follows the first sentence. */
function withText(article: Article, editorState: SerializedEditorStateJson, plainText: string): Article {
  return { ...article, editorState, plainText, title: titleFromText(plainText), updatedAt: Date.now() }
}

/** The autosave: one write per debounced burst of edits. An article deleted meanwhile is not brought back. */
export async function saveArticleText(db: RedaktorDatabase, id: string, editorState: SerializedEditorStateJson, plainText: string): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id)
    if (!article) throw new ArticleMissingError(id)
    const next = withText(article, editorState, plainText)
    await db.articles.put(next)
    return next
  })
}

/** The same change, to the journal, when the page is going away (see exitWrite.ts). */
export function saveArticleTextOnExit(id: string, editorState: SerializedEditorStateJson, plainText: string): void {
  writeToJournal('articles', id, { editorState, plainText, title: titleFromText(plainText) })
}

/** Marks an article shared under a document name, or no longer shared (null): its local copy stays. */
export async function setArticleShared(db: RedaktorDatabase, id: string, shared: SharedArticle | null): Promise<void> {
  const changed = await db.articles.update(id, { shared: shared ?? undefined })
  if (!changed) throw new ArticleMissingError(id)
}

/**
 * The local article of a document someone shared: made empty the first time it is opened (the text
 * arrives from the document), found again later.
 */
export async function articleForSharedDoc(db: RedaktorDatabase, doc: string): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.filter((article) => article.shared?.doc === doc || article.id === doc).first()
    if (existing) return existing
    const now = Date.now()
    const article: Article = { id: doc, title: '', language: 'sq', editorState: null, plainText: '', createdAt: now, updatedAt: now, shared: { doc, role: 'guest' } }
    await db.articles.add(article)
    return article
  })
}

/** Deletes an article and everything that hangs off it, all or nothing. */
export async function deleteArticle(db: RedaktorDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.revisions, db.sources, db.quotes, db.checks, db.briefs], async () => {
    await Promise.all([
      db.revisions.where('articleId').equals(id).delete(),
      db.sources.where('articleId').equals(id).delete(),
      db.quotes.where('articleId').equals(id).delete(),
      db.checks.where('articleId').equals(id).delete(),
      db.briefs.where('articleId').equals(id).delete(),
    ])
    await db.articles.delete(id)
  })
}

export function articlesNewestFirst(db: RedaktorDatabase): Promise<Article[]> {
  return db.articles.orderBy('updatedAt').reverse().toArray()
}
