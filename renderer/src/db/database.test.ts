import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createArticle, deleteArticle, saveArticleText } from './articles'
import { checksOfArticle } from './checks'
import { openDatabase, RedaktorDatabase } from './database'
import { ArticleMissingError, NewerDatabaseError, storageFault } from './faults'
import { sourcesOfArticle } from './sources'
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

describe('database upgrades to version 3', () => {
  it('opens a database written at version 2, revisions, sources and checks intact', async () => {
    const name = freshName()
    // Written as version 2 wrote it: the schema entries up to 2, and a revision of the first shape.
    const v2 = new Dexie(name)
    for (const entry of schemaVersions.filter((entry) => entry.version <= 2)) v2.version(entry.version).stores(entry.stores)
    await v2.table('articles').add({ id: 'a1', title: 'T', language: 'sq', editorState: '{"root":{}}', plainText: 'Tekst', createdAt: 1, updatedAt: 2 })
    await v2.table('revisions').add({ id: 'r1', articleId: 'a1', editorState: '{"root":{}}', plainText: 'Tekst i vjetër', note: 'Para', createdAt: 1 })
    await v2.table('sources').add({ id: 's1', articleId: 'a1', title: 'Deklarata', author: null, language: 'sq', text: 't', origin: 'embedded', createdAt: 1 })
    await v2.table('checks').add({
      id: 'q1|s1', articleId: 'a1', quoteId: 'q1', sourceId: 's1', status: 'verbatim', score: 1, match: null, diff: [],
      verdict: 'confirmed', verdictNote: 'ok', verdictQuoteText: 'citim', checkedAt: 1,
    })
    v2.close()

    const current = new RedaktorDatabase(name)
    await current.open()
    expect(current.verno).toBe(schemaVersions.at(-1)!.version)
    expect(await current.revisions.get('r1')).toEqual({
      id: 'r1', articleId: 'a1', editorState: '{"root":{}}', plainText: 'Tekst i vjetër', note: 'Para', createdAt: 1,
      kind: 'manual', title: '', detail: '', quotes: [], sources: [], checks: [],
    })
    expect(await checksOfArticle(current, 'a1')).toMatchObject([{ id: 'q1|s1', verdict: 'confirmed' }])
    expect(await sourcesOfArticle(current, 'a1')).toMatchObject([{ id: 's1' }])
    current.close()
  })
})

describe('the editor’s links between speakers and authors (version 4)', () => {
  it('opens a database written at version 3 with its entities intact and no links yet', async () => {
    const name = freshName()
    const v3 = new Dexie(name)
    for (const { version, stores } of schemaVersions.filter((v) => v.version <= 3)) v3.version(version).stores(stores)
    await v3.table('entities').add({ id: 'e1', name: 'Besa Leka', aliases: ['Leka'], kind: 'person' })
    v3.close()

    const current = new RedaktorDatabase(name)
    await current.open()
    expect(await current.entities.get('e1')).toMatchObject({ name: 'Besa Leka', aliases: ['Leka'] })
    expect(await current.links.count()).toBe(0)
    current.close()
  })
})

describe('opening the database', () => {
  it('refuses a database written by a newer version of the app, and changes nothing in it', async () => {
    const name = freshName()
    const newer = new Dexie(name)
    newer.version(schemaVersions.at(-1)!.version + 1).stores({ ...schemaVersions[0].stores, drafts: 'id' })
    await newer.table('articles').add({ id: 'a1', title: 'T', language: 'sq', editorState: null, plainText: 'Nga e ardhmja', createdAt: 1, updatedAt: 1 })
    newer.close()

    const db = new RedaktorDatabase(name)
    await expect(openDatabase(db)).rejects.toBeInstanceOf(NewerDatabaseError)
    expect(storageFault(new NewerDatabaseError(4, 3))).toBe('newer')

    const again = new Dexie(name)
    await again.open()
    expect(again.verno).toBe(schemaVersions.at(-1)!.version + 1)
    expect(await again.table('articles').get('a1')).toMatchObject({ plainText: 'Nga e ardhmja' })
    again.close()
  })

  it('says so while another window holds an older version open, and opens once it lets go', async () => {
    const name = freshName()
    const old = new Dexie(name)
    old.version(1).stores(schemaVersions[0].stores)
    await old.open()
    old.on('versionchange', () => false) // an older window that does not close by itself

    const db = new RedaktorDatabase(name)
    let blocked = false
    const opening = openDatabase(db, { onBlocked: () => (blocked = true) })
    await vi.waitFor(() => expect(blocked).toBe(true))
    old.close()
    await opening
    expect(db.verno).toBe(schemaVersions.at(-1)!.version)
    db.close()
  })

  it('when another window upgrades, writes what is pending first, then closes without reopening', async () => {
    const name = freshName()
    const db = new RedaktorDatabase(name)
    const order: string[] = []
    await openDatabase(db, {
      onVersionChange: async () => {
        await db.settings.put({ key: 'seeded', value: true })
        order.push('flushed')
      },
    })
    const newer = new Dexie(name)
    newer.version(schemaVersions.at(-1)!.version + 1).stores({ ...schemaVersions[0].stores, drafts: 'id' })
    await newer.open()
    order.push('newer opened')
    expect(order).toEqual(['flushed', 'newer opened'])
    expect(await newer.table('settings').get('seeded')).toEqual({ key: 'seeded', value: true })
    await expect(db.settings.get('seeded')).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    newer.close()
  })
})

describe('articles', () => {
  it('keeps what was typed, with the title following the first sentence', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await createArticle(db, { plainText: 'Fjalia e parë. Tjetra.' })
    await saveArticleText(db, article.id, '{"root":{}}', 'Titull i ri. Dhe më tej.')
    expect(await db.articles.get(article.id)).toMatchObject({ title: 'Titull i ri', editorState: '{"root":{}}' })
  })

  it('a save of an article deleted meanwhile fails instead of reporting saved, and does not bring it back', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await createArticle(db, { plainText: 'Tekst.' })
    await deleteArticle(db, article.id)
    const failure = saveArticleText(db, article.id, '{"root":{}}', 'Tekst i ri.')
    await expect(failure).rejects.toBeInstanceOf(ArticleMissingError)
    expect(storageFault(await failure.catch((error: unknown) => error))).toBe('missing')
    expect(await db.articles.count()).toBe(0)
  })

  it('deletes an article with everything that belongs to it, and nothing else', async () => {
    const db = new RedaktorDatabase(freshName())
    const kept = await createArticle(db, { plainText: 'Mbetet.' })
    const gone = await createArticle(db, { plainText: 'Fshihet.' })
    for (const articleId of [kept.id, gone.id]) {
      await db.sources.add({ id: `s-${articleId}`, articleId, title: 'S', author: null, language: 'sq', text: 't', origin: 'pasted', createdAt: 1 })
      await db.briefs.add({
        id: `b-${articleId}`, articleId, headline: null, lede: null, ledeState: null, keyPoints: null, quotes: [], notes: [],
        omissions: true, language: 'sq', pageSize: 'A4', composed: null, updatedAt: 1,
      })
    }
    await setSetting(db, 'currentArticleId', kept.id)
    await deleteArticle(db, gone.id)
    expect(await db.articles.toArray()).toHaveLength(1)
    expect(await db.sources.where('articleId').equals(gone.id).count()).toBe(0)
    expect(await db.briefs.where('articleId').equals(kept.id).count()).toBe(1)
  })
})
