import Dexie from 'dexie'
import type { RedaktorDatabase } from './database'
import type { Article, Revision, RevisionKind } from './types'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Automatic revisions are at most this close together. */
export const AUTO_REVISION_INTERVAL_MS = 3 * MINUTE

/**
 * How automatic revisions thin out with age: every one from the last day, then the newest of
 * each hour for a week, of each day for three months, of each week after that. Named versions
 * are never thinned.
 */
const THINNING: ReadonlyArray<{ olderThan: number; oneEvery: number }> = [
  { olderThan: 90 * DAY, oneEvery: 7 * DAY },
  { olderThan: 7 * DAY, oneEvery: DAY },
  { olderThan: DAY, oneEvery: HOUR },
]

/** The revisions thinning drops; pure, so the policy can be read and tested on its own. */
export function revisionsToThin(revisions: ReadonlyArray<Pick<Revision, 'id' | 'kind' | 'createdAt'>>, now: number): string[] {
  const seen = new Set<string>()
  const drop: string[] = []
  for (const revision of [...revisions].sort((a, b) => b.createdAt - a.createdAt)) {
    if (revision.kind === 'manual') continue
    const age = now - revision.createdAt
    const tier = THINNING.findIndex((t) => age > t.olderThan)
    if (tier === -1) continue
    const bucket = `${tier}:${Math.floor(revision.createdAt / THINNING[tier].oneEvery)}`
    if (seen.has(bucket)) drop.push(revision.id)
    else seen.add(bucket)
  }
  return drop
}

/** Newest first. */
export function revisionsOfArticle(db: RedaktorDatabase, articleId: string): Promise<Revision[]> {
  return db.revisions.where('[articleId+createdAt]').between([articleId, Dexie.minKey], [articleId, Dexie.maxKey]).reverse().toArray()
}

const revisionTables = (db: RedaktorDatabase) => [db.articles, db.revisions, db.quotes, db.sources, db.checks]

/** The article as it is stored now, with its tags, sources and checks, as a revision (not yet stored). */
async function capture(db: RedaktorDatabase, article: Article, kind: RevisionKind, note: string, detail: string, now: number): Promise<Revision> {
  const [quotes, sources, checks] = await Promise.all([
    db.quotes.where('articleId').equals(article.id).toArray(),
    db.sources.where('articleId').equals(article.id).toArray(),
    db.checks.where('articleId').equals(article.id).toArray(),
  ])
  return {
    id: crypto.randomUUID(),
    articleId: article.id,
    editorState: article.editorState,
    plainText: article.plainText,
    note,
    createdAt: now,
    kind,
    title: article.title,
    detail,
    quotes,
    sources,
    checks,
  }
}

interface TakeOptions {
  /** The editor's name for the version. */
  note?: string
  /** What the action that follows is about (a quote's words, a source's title, a file name). */
  detail?: string
}

/**
 * Keeps the article as it is stored now. An automatic revision is skipped when the text is the
 * same as the newest revision's, or when the last automatic one is recent; taking one thins old ones.
 */
export async function takeRevision(db: RedaktorDatabase, articleId: string, kind: RevisionKind, options: TakeOptions = {}): Promise<Revision | null> {
  return db.transaction('rw', revisionTables(db), async () => {
    const article = await db.articles.get(articleId)
    if (!article) throw new Error(`No article ${articleId}`)
    const now = Date.now()
    const existing = await revisionsOfArticle(db, articleId)
    if (kind === 'auto') {
      const newest = existing[0]
      if (newest && newest.plainText === article.plainText && newest.editorState === article.editorState) return null
      const lastAuto = existing.find((revision) => revision.kind === 'auto')
      if (lastAuto && now - lastAuto.createdAt < AUTO_REVISION_INTERVAL_MS) return null
    }
    const revision = await capture(db, article, kind, options.note?.trim() ?? '', options.detail ?? '', now)
    await db.revisions.add(revision)
    const thinned = revisionsToThin(existing, now)
    if (thinned.length) await db.revisions.bulkDelete(thinned)
    return revision
  })
}

/** Names (or renames) a version; an empty name clears it. */
export async function nameRevision(db: RedaktorDatabase, id: string, note: string): Promise<void> {
  const updated = await db.revisions.update(id, { note: note.trim() })
  if (!updated) throw new Error(`No revision ${id}`)
}

/**
 * Puts the article back as the revision kept it: text, tags, sources and checks with their
 * verdicts. What is replaced is kept first as a 'before-restore' revision, so a restore can be
 * taken back by restoring that one. All or nothing.
 */
export async function restoreRevision(db: RedaktorDatabase, revisionId: string): Promise<{ restored: Revision; before: Revision }> {
  return db.transaction('rw', revisionTables(db), async () => {
    const restored = await db.revisions.get(revisionId)
    if (!restored) throw new Error(`No revision ${revisionId}`)
    const article = await db.articles.get(restored.articleId)
    if (!article) throw new Error(`No article ${restored.articleId}`)
    const now = Date.now()
    const before = await capture(db, article, 'before-restore', '', String(restored.createdAt), now)
    await db.revisions.add(before)
    await db.articles.put({ ...article, editorState: restored.editorState, plainText: restored.plainText, title: restored.title || article.title, updatedAt: now })
    const articleId = article.id
    await Promise.all([
      db.quotes.where('articleId').equals(articleId).delete(),
      db.sources.where('articleId').equals(articleId).delete(),
      db.checks.where('articleId').equals(articleId).delete(),
    ])
    await Promise.all([db.quotes.bulkPut(restored.quotes), db.sources.bulkPut(restored.sources), db.checks.bulkPut(restored.checks)])
    return { restored, before }
  })
}

/** For a backup being restored over an article: the local copy, kept in its history. */
export async function captureBeforeImport(db: RedaktorDatabase, article: Article, fileName: string): Promise<Revision> {
  return capture(db, article, 'before-import', '', fileName, Date.now())
}
