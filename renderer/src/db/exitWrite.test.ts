import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createArticle, deleteArticle, saveArticleText, saveArticleTextOnExit } from './articles'
import { openBrief, saveBriefOnExit } from './briefs'
import { RedaktorDatabase } from './database'
import { applyJournal } from './exitWrite'

/** localStorage as the page has it. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  key = (index: number) => [...this.items.keys()][index] ?? null
  getItem = (key: string) => this.items.get(key) ?? null
  setItem = (key: string, value: string) => void this.items.set(key, value)
  removeItem = (key: string) => void this.items.delete(key)
  clear = () => this.items.clear()
}

let names = 0
beforeEach(() => {
  ;(globalThis as { localStorage?: Storage }).localStorage = new MemoryStorage()
})
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

describe('edits written as the page goes away', () => {
  it('are applied at the next start when the real write did not finish', async () => {
    const name = `redaktor-journal-${++names}`
    let db = new RedaktorDatabase(name)
    const article = await createArticle(db, { plainText: 'Fillimi.' })
    const brief = await openBrief(db, article.id, 'sq')
    await new Promise((resolve) => setTimeout(resolve, 2))
    // The page goes away: only the journal copy is written before it does.
    saveArticleTextOnExit(article.id, '{"root":{"x":1}}', 'Fillimi. Fjalia e fundit.')
    saveBriefOnExit({ ...brief, headline: 'Titulli i fundit' })
    db.close()

    db = new RedaktorDatabase(name)
    expect(await applyJournal(db)).toBe(2)
    expect(await db.articles.get(article.id)).toMatchObject({ plainText: 'Fillimi. Fjalia e fundit.', editorState: '{"root":{"x":1}}', title: 'Fillimi' })
    expect(await db.briefs.get(brief.id)).toMatchObject({ headline: 'Titulli i fundit', articleId: article.id })
    expect(localStorage.length).toBe(0)
    db.close()
  })

  it('give way to a later save, and do not bring back a deleted article', async () => {
    const db = new RedaktorDatabase(`redaktor-journal-${++names}`)
    const kept = await createArticle(db, { plainText: 'A.' })
    const gone = await createArticle(db, { plainText: 'B.' })
    await new Promise((resolve) => setTimeout(resolve, 2))
    saveArticleTextOnExit(kept.id, '{}', 'A. E vjetër.')
    await new Promise((resolve) => setTimeout(resolve, 2))
    await saveArticleText(db, kept.id, '{"new":1}', 'A. E re.')
    saveArticleTextOnExit(gone.id, '{}', 'B. Pas fshirjes.')
    await deleteArticle(db, gone.id)
    localStorage.setItem('redaktor-journal:articles/broken', '{not json')
    expect(await applyJournal(db)).toBe(0)
    expect(await db.articles.get(kept.id)).toMatchObject({ plainText: 'A. E re.' })
    expect(await db.articles.get(gone.id)).toBeUndefined()
    expect(localStorage.length).toBe(0)
    db.close()
  })
})
