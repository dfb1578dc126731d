import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { createArticle, deleteArticle, saveArticleText } from './articles'
import { RedaktorDatabase } from './database'
import { schemaVersions } from './schema'
import { getSetting, setSetting } from './settings'

let names = 0
const freshName = () => `redaktor-test-${++names}`
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

describe('database upgrades', () => {
  it('opens a database written at version 1 with its data intact', async () => {
    const name = freshName()
    // Written exactly as the first release wrote it: only the version 1 schema.
    const v1 = new Dexie(name)
    v1.version(1).stores(schemaVersions[0].stores)
    await v1.table('articles').add({ id: 'a1', title: 'T', language: 'sq', editorState: null, plainText: 'Tekst', createdAt: 1, updatedAt: 1 })
    await v1.table('quotes').add({ id: 'q1', articleId: 'a1', markId: 'm1', text: 'citim', speaker: null, kind: 'direct', state: 'confirmed', note: '', createdAt: 1, updatedAt: 1 })
    await v1.table('settings').put({ key: 'language', value: 'en' })
    v1.close()

    const current = new RedaktorDatabase(name)
    await current.open()
    expect(current.verno).toBe(schemaVersions.at(-1)!.version)
    expect(await current.articles.get('a1')).toMatchObject({ plainText: 'Tekst' })
    expect(await current.quotes.where('[articleId+state]').equals(['a1', 'confirmed']).count()).toBe(1)
    expect(await getSetting(current, 'language')).toBe('en')
    current.close()
  })
})

describe('the editor’s links between speakers and authors (version 3)', () => {
  it('opens a database written at version 2 with its entities intact and no links yet', async () => {
    const name = freshName()
    const v2 = new Dexie(name)
    for (const { version, stores } of schemaVersions.filter((v) => v.version <= 2)) v2.version(version).stores(stores)
    await v2.table('entities').add({ id: 'e1', name: 'Besa Leka', aliases: ['Leka'], kind: 'person' })
    v2.close()

    const current = new RedaktorDatabase(name)
    await current.open()
    expect(await current.entities.get('e1')).toMatchObject({ name: 'Besa Leka', aliases: ['Leka'] })
    expect(await current.links.count()).toBe(0)
    current.close()
  })
})

describe('articles', () => {
  it('keeps what was typed, with the title following the first sentence', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await createArticle(db, { plainText: 'Fjalia e parë. Tjetra.' })
    await saveArticleText(db, article.id, '{"root":{}}', 'Titull i ri. Dhe më tej.')
    expect(await db.articles.get(article.id)).toMatchObject({ title: 'Titull i ri', editorState: '{"root":{}}' })
  })

  it('deletes an article with everything that belongs to it, and nothing else', async () => {
    const db = new RedaktorDatabase(freshName())
    const kept = await createArticle(db, { plainText: 'Mbetet.' })
    const gone = await createArticle(db, { plainText: 'Fshihet.' })
    for (const articleId of [kept.id, gone.id]) {
      await db.sources.add({ id: `s-${articleId}`, articleId, title: 'S', author: null, language: 'sq', text: 't', origin: 'pasted', createdAt: 1 })
      await db.briefs.add({
        id: `b-${articleId}`, articleId, headline: '', lede: '', ledeState: null, keyPoints: [], quoteIds: [], quotes: [], notes: [],
        sources: [], language: 'sq', article: { title: '', language: 'sq' }, pageSize: 'A4', updatedAt: 1,
      })
    }
    await setSetting(db, 'currentArticleId', kept.id)
    await deleteArticle(db, gone.id)
    expect(await db.articles.toArray()).toHaveLength(1)
    expect(await db.sources.where('articleId').equals(gone.id).count()).toBe(0)
    expect(await db.briefs.where('articleId').equals(kept.id).count()).toBe(1)
  })
})
