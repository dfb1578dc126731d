import type { RedaktorDatabase } from './database'
import { entityForSurface } from './entities'
import { takeRevision } from './revisions'
import type { Quote, QuoteKind } from './types'

/** A quote to keep: from an accepted suggestion, a tag made by hand, or a mark found without a row. */
export interface NewQuote {
  id?: string
  markId: string
  text: string
  /** The speaker as the article names it, or an entity's name; resolved to a stored entity. */
  speaker: string | null
  /** The stored entity, when the editor already chose it. */
  speakerId?: string | null
  kind: QuoteKind
  start?: number
  note?: string
}

/** What reconciliation asks the database to do; see panes/quotes/reconcile.ts. It never deletes. */
export interface QuoteChanges {
  updates: Array<{ id: string; changes: Partial<Pick<Quote, 'text' | 'state' | 'orphaned' | 'start'>> }>
  creates: NewQuote[]
}

export function quotesOfArticle(db: RedaktorDatabase, articleId: string): Promise<Quote[]> {
  return db.quotes.where('articleId').equals(articleId).toArray()
}

async function rowFor(db: RedaktorDatabase, articleId: string, quote: NewQuote, state: Quote['state'], now: number): Promise<Quote> {
  const speaker = quote.speakerId !== undefined ? quote.speakerId : quote.speaker ? (await entityForSurface(db, quote.speaker)).id : null
  // A suggestion's id is derived from its text; a row of another article never gets overwritten.
  const previous = quote.id ? await db.quotes.get(quote.id) : undefined
  const id = quote.id && (!previous || previous.articleId === articleId) ? quote.id : crypto.randomUUID()
  const existing = id === quote.id ? previous : undefined
  return {
    id,
    articleId,
    markId: quote.markId,
    text: quote.text,
    speaker,
    kind: quote.kind,
    state,
    note: quote.note ?? existing?.note ?? '',
    ...(quote.start !== undefined ? { start: quote.start } : {}),
    orphaned: false,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  }
}

/** Keeps quotes as confirmed tags, speakers resolved to entities: one transaction for "accept" or "accept all". */
export async function confirmQuotes(db: RedaktorDatabase, articleId: string, quotes: NewQuote[]): Promise<Quote[]> {
  return db.transaction('rw', [db.quotes, db.entities], async () => {
    const now = Date.now()
    const rows: Quote[] = []
    for (const quote of quotes) rows.push(await rowFor(db, articleId, quote, 'confirmed', now))
    await db.quotes.bulkPut(rows)
    return rows
  })
}

/** Hides a suggestion for good: a rejected row remembers its text and position, and has no mark. */
export async function rejectSuggestion(db: RedaktorDatabase, articleId: string, quote: Omit<NewQuote, 'markId'>): Promise<Quote> {
  return db.transaction('rw', [db.quotes, db.entities], async () => {
    const row = await rowFor(db, articleId, { ...quote, markId: '' }, 'rejected', Date.now())
    await db.quotes.put(row)
    return row
  })
}

/** Rejects a confirmed tag; the caller takes its mark off the words in the same gesture. */
export async function rejectQuote(db: RedaktorDatabase, id: string, start?: number): Promise<void> {
  await db.quotes.update(id, { state: 'rejected', orphaned: false, updatedAt: Date.now(), ...(start !== undefined ? { start } : {}) })
}

/** Takes a rejection back: the suggestion shows again at the next analysis. */
export async function deleteQuote(db: RedaktorDatabase, id: string): Promise<void> {
  await db.quotes.delete(id)
}

/**
 * Deletes a detached tag (its words left the text) at the editor's request, after keeping the
 * article as it was in a 'before-delete' revision, from which it can be restored.
 */
export async function deleteDetachedQuote(db: RedaktorDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.revisions, db.quotes, db.sources, db.checks], async () => {
    const row = await db.quotes.get(id)
    if (!row) return
    if (row.state === 'confirmed' && !row.orphaned) throw new Error('Only a detached tag is deleted this way; reject a tag that is in the text')
    await takeRevision(db, row.articleId, 'before-delete', { detail: row.text })
    await db.quotes.delete(id)
  })
}

export async function setQuoteSpeaker(db: RedaktorDatabase, id: string, speaker: string | null): Promise<void> {
  await db.quotes.update(id, { speaker, updatedAt: Date.now() })
}

export async function setQuoteKind(db: RedaktorDatabase, id: string, kind: QuoteKind): Promise<void> {
  await db.quotes.update(id, { kind, updatedAt: Date.now() })
}

export async function setQuoteNote(db: RedaktorDatabase, id: string, note: string): Promise<void> {
  await db.quotes.update(id, { note, updatedAt: Date.now() })
}

/** Brings the rows in line with the marks in the editor, in one transaction. */
export async function applyQuoteChanges(db: RedaktorDatabase, articleId: string, changes: QuoteChanges): Promise<void> {
  if (changes.updates.length === 0 && changes.creates.length === 0) return
  await db.transaction('rw', [db.quotes, db.entities], async () => {
    const now = Date.now()
    for (const { id, changes: patch } of changes.updates) await db.quotes.update(id, { ...patch, updatedAt: now })
    const rows: Quote[] = []
    for (const quote of changes.creates) rows.push(await rowFor(db, articleId, quote, 'confirmed', now))
    if (rows.length) await db.quotes.bulkPut(rows)
  })
}
