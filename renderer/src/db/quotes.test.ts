import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { createArticle } from './articles'
import { RedaktorDatabase } from './database'
import { createEntity, entityForSurface, findEntityForSurface, mergeEntities, renameEntity } from './entities'
import { applyQuoteChanges, confirmQuotes, deleteDetachedQuote, deleteQuote, quotesOfArticle, rejectQuote, rejectSuggestion, setQuoteKind, setQuoteSpeaker } from './quotes'
import { revisionsOfArticle } from './revisions'

let names = 0
const opened: RedaktorDatabase[] = []
const fresh = () => {
  const db = new RedaktorDatabase(`redaktor-quotes-test-${++names}`)
  opened.push(db)
  return db
}
afterEach(async () => {
  opened.splice(0).forEach((db) => db.close())
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

describe('speakers as entities', () => {
  it('finds one entity for the nominative and the genitive of a name', async () => {
    const db = fresh()
    const first = await entityForSurface(db, 'Shtëpia e Bardhë')
    const second = await entityForSurface(db, 'Shtëpisë së Bardhë')
    expect(second.id).toBe(first.id)
    expect(first.name).toBe('Shtëpia e Bardhë')
    expect(await db.entities.count()).toBe(1)
  })

  it('records an unknown speaker under its nominative name', async () => {
    const db = fresh()
    const entity = await entityForSurface(db, 'Moskës')
    expect(entity.name).toBe('Moska')
    expect(await findEntityForSurface(db, 'Moska')).toMatchObject({ id: entity.id })
  })

  it('keeps the old name as an alias on rename, so the entity is still found by it', async () => {
    const db = fresh()
    const entity = await entityForSurface(db, 'Shtëpia e Bardhë')
    const renamed = await renameEntity(db, entity.id, 'Administrata Trump')
    expect(renamed).toMatchObject({ name: 'Administrata Trump', aliases: expect.arrayContaining(['Shtëpia e Bardhë']) })
    expect(await findEntityForSurface(db, 'Shtëpisë së Bardhë')).toMatchObject({ id: entity.id })
  })

  it('merges two entities: quotes re-pointed, aliases united, the merged one gone', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'x' })
    const kremlin = await createEntity(db, 'Kremlini')
    const moscow = await entityForSurface(db, 'Moska')
    const [quote] = await confirmQuotes(db, article.id, [{ markId: 'm1', text: 'normalizimin', speaker: null, speakerId: kremlin.id, kind: 'partial' }])
    const merged = await mergeEntities(db, kremlin.id, moscow.id)
    expect(merged.aliases).toContain('Kremlini')
    expect(await db.entities.get(kremlin.id)).toBeUndefined()
    expect(await db.quotes.get(quote.id)).toMatchObject({ speaker: moscow.id })
  })
})

describe('quote rows', () => {
  it('confirms accepted suggestions with their speakers resolved, in one go', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'x' })
    const rows = await confirmQuotes(db, article.id, [
      { id: 'q-a', markId: 'm1', text: 'negociatat teknike', speaker: 'Shtëpia e Bardhë', kind: 'partial' },
      { id: 'q-b', markId: 'm2', text: 'Këto negociata', speaker: 'Shtëpisë së Bardhë', kind: 'direct' },
    ])
    expect(rows.map((row) => row.state)).toEqual(['confirmed', 'confirmed'])
    expect(rows[0].speaker).toBe(rows[1].speaker)
    expect((await quotesOfArticle(db, article.id)).map((row) => row.id).sort()).toEqual(['q-a', 'q-b'])
  })

  it('never overwrites another article’s row that happens to share a suggestion id', async () => {
    const db = fresh()
    const one = await createArticle(db, { plainText: 'x' })
    const two = await createArticle(db, { plainText: 'y' })
    await confirmQuotes(db, one.id, [{ id: 'q-same', markId: 'm1', text: 't', speaker: null, kind: 'direct' }])
    const [row] = await confirmQuotes(db, two.id, [{ id: 'q-same', markId: 'm2', text: 't', speaker: null, kind: 'direct' }])
    expect(row.id).not.toBe('q-same')
    expect(await db.quotes.get('q-same')).toMatchObject({ articleId: one.id })
  })

  it('remembers a rejected suggestion by its text and position, without a mark', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'x' })
    const row = await rejectSuggestion(db, article.id, { id: 'q-r', text: 'normalizimin', start: 865, speaker: 'Moska', kind: 'partial' })
    expect(row).toMatchObject({ state: 'rejected', markId: '', start: 865, text: 'normalizimin' })
    await deleteQuote(db, row.id)
    expect(await quotesOfArticle(db, article.id)).toEqual([])
  })

  it('changes speaker, kind and state of a tag', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'x' })
    const moscow = await entityForSurface(db, 'Moska')
    const [row] = await confirmQuotes(db, article.id, [{ markId: 'm1', text: 't', speaker: 'Shtëpia e Bardhë', kind: 'direct' }])
    await setQuoteSpeaker(db, row.id, moscow.id)
    await setQuoteKind(db, row.id, 'indirect')
    await rejectQuote(db, row.id, 12)
    expect(await db.quotes.get(row.id)).toMatchObject({ speaker: moscow.id, kind: 'indirect', state: 'rejected', start: 12 })
  })

  it('applies a reconciliation: new text, detached tags kept, and rows for marks without one', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'x' })
    const [edited, gone] = await confirmQuotes(db, article.id, [
      { markId: 'm1', text: 'old', speaker: null, kind: 'direct' },
      { markId: 'm2', text: 'gone', speaker: null, kind: 'direct' },
    ])
    await applyQuoteChanges(db, article.id, {
      updates: [
        { id: edited.id, changes: { text: 'new' } },
        { id: gone.id, changes: { orphaned: true } },
      ],
      creates: [{ markId: 'm4', text: 'pasted', speaker: 'Moska', kind: 'indirect' }],
    })
    const rows = await quotesOfArticle(db, article.id)
    expect(rows.find((row) => row.id === edited.id)).toMatchObject({ text: 'new' })
    expect(rows.find((row) => row.id === gone.id)).toMatchObject({ orphaned: true, state: 'confirmed' })
    expect(rows.find((row) => row.markId === 'm4')).toMatchObject({ state: 'confirmed', kind: 'indirect', text: 'pasted' })
  })

  it('deletes a detached tag only on request, keeping the article as it was in a revision first', async () => {
    const db = fresh()
    const article = await createArticle(db, { plainText: 'x' })
    const [detached, anchored] = await confirmQuotes(db, article.id, [
      { markId: 'm1', text: 'fjalët që ikën', speaker: null, kind: 'direct' },
      { markId: 'm2', text: 'në tekst', speaker: null, kind: 'direct' },
    ])
    await applyQuoteChanges(db, article.id, { updates: [{ id: detached.id, changes: { orphaned: true } }], creates: [] })
    await expect(deleteDetachedQuote(db, anchored.id)).rejects.toThrow(/detached/)
    await deleteDetachedQuote(db, detached.id)
    expect(await db.quotes.get(detached.id)).toBeUndefined()
    const [kept] = await revisionsOfArticle(db, article.id)
    expect(kept).toMatchObject({ kind: 'before-delete', detail: 'fjalët që ikën' })
    expect(kept.quotes.map((quote) => quote.id).sort()).toEqual([detached.id, anchored.id].sort())
  })
})
