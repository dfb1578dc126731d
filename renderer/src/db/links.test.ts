import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { RedaktorDatabase } from './database'
import { mergeEntities } from './entities'
import { editorKnowledge, linkEntities, setEntityGenitive, unlinkEntities } from './links'

let names = 0
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

async function withEntities() {
  const db = new RedaktorDatabase(`redaktor-links-${++names}`)
  await db.entities.bulkAdd([
    { id: 'leka', name: 'Besa Leka', aliases: [], kind: 'person' },
    { id: 'ministry', name: 'Ministria e Drejtësisë', aliases: [], kind: 'government' },
    { id: 'union', name: 'Sindikata e Minatorëve', aliases: [], kind: 'organisation' },
  ])
  return db
}

describe('links the editor makes between speakers and authors', () => {
  it('keeps one word per pair: a new link replaces the old one, whichever way it was given', async () => {
    const db = await withEntities()
    await linkEntities(db, 'leka', 'ministry', 'unrelated')
    await linkEntities(db, 'ministry', 'leka', 'speaks-for')
    expect(await db.links.toArray()).toMatchObject([{ from: 'ministry', to: 'leka', relation: 'speaks-for' }])
    expect(await unlinkEntities(db, 'leka', 'ministry')).toBe(1)
    expect(await db.links.count()).toBe(0)
  })

  it('hands the core the links and the shaped entities by name, with corrected case forms', async () => {
    const db = await withEntities()
    await linkEntities(db, 'leka', 'ministry', 'speaks-for')
    await setEntityGenitive(db, 'union', 'Sindikatës së Minatorëve')
    const knowledge = editorKnowledge(await db.entities.toArray(), await db.links.toArray())
    expect(knowledge.links).toEqual([{ from: 'Besa Leka', to: 'Ministria e Drejtësisë', relation: 'speaks-for' }])
    expect(knowledge.entities?.map((e) => e.name).sort()).toEqual(['Besa Leka', 'Ministria e Drejtësisë', 'Sindikata e Minatorëve'])
    expect(knowledge.entities?.find((e) => e.name === 'Sindikata e Minatorëve')?.genitive).toBe('Sindikatës së Minatorëve')
    await setEntityGenitive(db, 'union', '')
    expect((await db.entities.get('union'))?.genitive).toBeUndefined()
  })

  it('follow an entity merged into another', async () => {
    const db = await withEntities()
    await db.entities.add({ id: 'leka2', name: 'Leka', aliases: [], kind: 'person' })
    await linkEntities(db, 'leka2', 'ministry', 'speaks-for')
    await linkEntities(db, 'leka2', 'leka', 'speaks-for')
    await mergeEntities(db, 'leka2', 'leka')
    expect(await db.links.toArray()).toMatchObject([{ from: 'leka', to: 'ministry', relation: 'speaks-for' }])
  })
})
