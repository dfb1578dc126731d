import { findEmbeddedSources } from '../core/sources/embedded'
import { resolveEntity } from '../core/entities/resolve'
import type { EmbeddedSource } from '../core/types'
import type { RedaktorDatabase } from './database'
import { ensureEntity } from './entities'
import { takeRevision } from './revisions'
import type { Article, Source, SourceOrigin } from './types'

/** Records each document embedded in the article's text as one of its sources. */
export async function registerEmbeddedSources(db: RedaktorDatabase, article: Article): Promise<Source[]> {
  const sources: Source[] = []
  const found = findEmbeddedSources(article.plainText)
  const taken = new Set<string>()
  for (const [index, embedded] of found.entries()) {
    const author = embedded.author ? await authorEntityId(db, embedded.author) : null
    sources.push({
      id: await freeEmbeddedSourceId(db, article.id, found, index, taken),
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

/** cyrb53: a 53-bit string hash, enough to tell the headings of one article apart. */
function hash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/**
 * An embedded source's id follows from its article and its heading's title (and, when two
 * headings share a title, which of them it is): two copies of a shared article that find the
 * same statement give it the same id, and so their checks (quoteId|sourceId) and verdicts meet.
 */
export function embeddedSourceId(articleId: string, title: string, occurrence: number): string {
  return `${articleId}:${hash(title)}:${occurrence}`
}

/** The id of the `index`th embedded source found; the next occurrence when a row already holds it (a renamed heading keeps its id). */
async function freeEmbeddedSourceId(db: RedaktorDatabase, articleId: string, found: readonly EmbeddedSource[], index: number, taken = new Set<string>()): Promise<string> {
  const title = found[index].title
  let occurrence = found.slice(0, index).filter((embedded) => embedded.title === title).length
  const isTaken = async (id: string) => taken.has(id) || (await db.sources.get(id)) !== undefined
  while (await isTaken(embeddedSourceId(articleId, title, occurrence))) occurrence++
  const id = embeddedSourceId(articleId, title, occurrence)
  taken.add(id)
  return id
}

async function authorEntityId(db: RedaktorDatabase, surface: string): Promise<string> {
  const known = resolveEntity(surface)
  return (await ensureEntity(db, known.name, known.kind, known.aliases)).id
}

export interface NewSource {
  title: string
  /** Entity id of the author, or null when unknown. */
  author: string | null
  language: string
  text: string
  origin: Exclude<SourceOrigin, 'embedded'>
}

/** A source kept as the original of another, in another language: not checked against quotes. */
export const isOriginal = (source: Source): boolean => typeof source.originalOf === 'string'

/** Marks `originalId` as the original of `translationId`, or unmarks it (null). */
export async function markOriginal(db: RedaktorDatabase, originalId: string, translationId: string | null): Promise<void> {
  if (originalId === translationId) throw new Error('A source cannot be its own original')
  await db.transaction('rw', [db.sources, db.checks], async () => {
    const original = await db.sources.get(originalId)
    if (!original) throw new Error(`No source ${originalId}`)
    if (translationId !== null) {
      const translation = await db.sources.get(translationId)
      if (!translation || translation.articleId !== original.articleId) throw new Error(`No source ${translationId} in this article`)
      // Its quote checks, in another language, said nothing; they go, verdicts only if none was given.
      await db.checks.where('sourceId').equals(originalId).filter((check) => check.verdict === null).delete()
    }
    await db.sources.update(originalId, { originalOf: translationId })
  })
}

/** The article's sources in sight, oldest first: not embedded ones whose heading left the text. */
export async function sourcesOfArticle(db: RedaktorDatabase, articleId: string): Promise<Source[]> {
  return (await allSourcesOfArticle(db, articleId)).filter((source) => source.deletedAt === undefined)
}

function allSourcesOfArticle(db: RedaktorDatabase, articleId: string): Promise<Source[]> {
  return db.sources.where('articleId').equals(articleId).sortBy('createdAt')
}

/** A source the editor brought in: pasted, or read from a file. */
export async function addSource(db: RedaktorDatabase, articleId: string, input: NewSource): Promise<Source> {
  const title = input.title.trim()
  if (!title) throw new Error('A source needs a title')
  if (!input.text.trim()) throw new Error('A source needs a text')
  const source: Source = { id: crypto.randomUUID(), articleId, ...input, title, createdAt: Date.now() }
  await db.sources.add(source)
  return source
}

export async function updateSource(db: RedaktorDatabase, id: string, changes: Partial<Pick<Source, 'title' | 'author' | 'language'>>): Promise<void> {
  if (changes.title !== undefined && !changes.title.trim()) throw new Error('A source needs a title')
  const updated = await db.sources.update(id, changes.title !== undefined ? { ...changes, title: changes.title.trim() } : changes)
  if (!updated) throw new Error(`No source ${id}`)
}

/**
 * Removes a source with its checks, verdicts included, all or nothing, after keeping the article
 * as it was in a 'before-delete' revision: restoring that brings the source and verdicts back.
 */
export async function removeSource(db: RedaktorDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.revisions, db.quotes, db.sources, db.checks], async () => {
    const source = await db.sources.get(id)
    if (!source) return
    await takeRevision(db, source.articleId, 'before-delete', { detail: source.title })
    await db.checks.where('sourceId').equals(id).delete()
    await db.sources.delete(id)
  })
}

/**
 * Brings the article's embedded sources in line with its current text. A stored source keeps
 * its id (and so its checks and verdicts) while its heading keeps its title, or, failing that,
 * while it keeps its place among the embedded sources. One whose heading is gone is deleted,
 * unless verdicts hang on it: then it and its checks are set aside (deletedAt), and come back
 * when a heading with its title does (undo, paste).
 */
export async function syncEmbeddedSources(db: RedaktorDatabase, articleId: string, language: string, found: readonly EmbeddedSource[]): Promise<boolean> {
  return db.transaction('rw', [db.sources, db.entities, db.checks], async () => {
    const all = (await allSourcesOfArticle(db, articleId)).filter((source) => source.origin === 'embedded')
    const stored = all.filter((source) => source.deletedAt === undefined)
    const setAside = all.filter((source) => source.deletedAt !== undefined)
    const pairs = new Map<number, Source>()
    const used = new Set<string>()
    const pairByTitle = (candidates: readonly Source[]) =>
      found.forEach((embedded, index) => {
        if (pairs.has(index)) return
        const same = candidates.find((source) => !used.has(source.id) && source.title === embedded.title)
        if (same) {
          pairs.set(index, same)
          used.add(same.id)
        }
      })
    pairByTitle(stored)
    pairByTitle(setAside)
    const rest = stored.filter((source) => !used.has(source.id))
    found.forEach((_, index) => {
      if (pairs.has(index) || rest.length === 0) return
      const next = rest.shift()!
      pairs.set(index, next)
      used.add(next.id)
    })
    let changed = false
    for (const [index, embedded] of found.entries()) {
      const source = pairs.get(index)
      if (!source) {
        const author = embedded.author ? await authorEntityId(db, embedded.author) : null
        await db.sources.add({ id: await freeEmbeddedSourceId(db, articleId, found, index), articleId, title: embedded.title, author, language, text: embedded.text, origin: 'embedded', createdAt: Date.now() })
        changed = true
        continue
      }
      if (source.deletedAt !== undefined) {
        await db.sources.update(source.id, { deletedAt: undefined, text: embedded.text })
        await db.checks.where('sourceId').equals(source.id).modify((check) => void delete check.deletedAt)
        changed = true
      } else if (source.title !== embedded.title) {
        const author = embedded.author ? await authorEntityId(db, embedded.author) : null
        await db.sources.update(source.id, { title: embedded.title, author, text: embedded.text })
        changed = true
      } else if (source.text !== embedded.text) {
        await db.sources.update(source.id, { text: embedded.text })
        changed = true
      }
    }
    const now = Date.now()
    for (const source of stored) {
      if (used.has(source.id)) continue
      // A fresh collection each time: Dexie's filter() narrows the collection it is called on.
      const checks = () => db.checks.where('sourceId').equals(source.id)
      if ((await checks().filter((check) => check.verdict !== null).count()) > 0) {
        await checks().filter((check) => check.verdict === null).delete()
        await checks().modify({ deletedAt: now })
        await db.sources.update(source.id, { deletedAt: now })
      } else {
        await checks().delete()
        await db.sources.delete(source.id)
      }
      changed = true
    }
    return changed
  })
}
