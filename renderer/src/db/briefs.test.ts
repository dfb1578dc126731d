import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { importArticle } from './articles'
import { modelOfBrief, openBrief, redraftBrief, saveBrief } from './briefs'
import { confirmQuotes, rejectSuggestion } from './quotes'
import { RedaktorDatabase } from './database'
import { schemaVersions } from './schema'

const seed = readFileSync(new URL('../../../test/fixtures/seed/article.sq.txt', import.meta.url), 'utf8')

let names = 0
const freshName = () => `redaktor-briefs-${++names}`
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

describe('brief upgrade to version 2', () => {
  it('keeps a version 1 brief, with its quotes read from the quote rows and its notes as objects', async () => {
    const name = freshName()
    const v1 = new Dexie(name)
    v1.version(1).stores(schemaVersions[0].stores)
    await v1.table('articles').add({ id: 'a1', title: 'Titulli', language: 'sq', editorState: null, plainText: 'Tekst', createdAt: 1, updatedAt: 1 })
    await v1.table('entities').add({ id: 'e1', name: 'Moska', aliases: [], kind: 'government' })
    await v1.table('quotes').add({ id: 'q1', articleId: 'a1', markId: 'm1', text: 'normalizimin', speaker: 'e1', kind: 'partial', state: 'confirmed', note: '', createdAt: 1, updatedAt: 1 })
    await v1.table('briefs').add({ id: 'b1', articleId: 'a1', headline: 'Kreu', lede: 'Hyrja', keyPoints: ['Pika'], quoteIds: ['q1', 'gone'], notes: ['Shënim'], updatedAt: 5 })
    v1.close()

    const db = new RedaktorDatabase(name)
    await db.open()
    expect(db.verno).toBe(schemaVersions.at(-1)!.version)
    const brief = await db.briefs.get('b1')
    expect(brief).toMatchObject({
      headline: 'Kreu',
      lede: 'Hyrja',
      ledeState: null,
      keyPoints: ['Pika'],
      quoteIds: ['q1'],
      notes: [{ id: 'n1', text: 'Shënim', quoteKey: null }],
      sources: [],
      language: 'sq',
      article: { title: 'Titulli', language: 'sq' },
      pageSize: 'A4',
      updatedAt: 5,
    })
    expect(brief!.quotes).toEqual([
      expect.objectContaining({ key: 'q1', text: 'normalizimin', speaker: 'Moska', status: 'not-found', included: true }),
    ])
    db.close()
  })
})

describe('the brief of an article', () => {
  it('is drafted once and then found again', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await importArticle(db, { plainText: seed, language: 'sq' })
    const [a, b] = await Promise.all([openBrief(db, article.id, 'sq'), openBrief(db, article.id, 'sq')])
    expect(a.id).toBe(b.id)
    expect(await db.briefs.count()).toBe(1)
    expect(a.quotes.map((q) => q.text)).toHaveLength(5)
    expect(a.sources.map((s) => s.title)).toEqual(['Deklarata e Shtëpisë së Bardhë'])
  })

  it('follows the quotes pane: a rejected quote is left out, a confirmed speaker wins', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await importArticle(db, { plainText: seed, language: 'sq' })
    await rejectSuggestion(db, article.id, { text: 'negociatat teknike', speaker: null, kind: 'partial' })
    await confirmQuotes(db, article.id, [{ markId: 'm5', text: 'normalizimin e marrëdhënieve', speaker: 'Kremlini', kind: 'partial' }])
    const brief = await openBrief(db, article.id, 'sq')
    expect(brief.quotes.map((q) => q.text)).not.toContain('negociatat teknike')
    expect(brief.quotes.find((q) => q.text === 'normalizimin e marrëdhënieve')?.speaker).toBe('Kremlini')
  })

  it('reads the editor’s verdicts into the notes', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await importArticle(db, { plainText: seed, language: 'sq' })
    await db.checks.add({
      id: 'c1', articleId: article.id, quoteId: 'x', sourceId: 'y', status: 'not-found', score: 0, match: null, diff: [],
      verdict: 'misquote', verdictNote: 'Deklarata flet për përmirësim', verdictQuoteText: 'normalizimin e marrëdhënieve', checkedAt: 1,
    })
    const brief = await openBrief(db, article.id, 'sq')
    const quote = brief.quotes.find((q) => q.text === 'normalizimin e marrëdhënieve')!
    expect(quote.verdict).toBe('misquote')
    expect(brief.notes.find((n) => n.quoteKey === quote.key)?.text).toMatch(/Vendimi i redaktorit: citim i gabuar \(Deklarata flet për përmirësim\)\.$/)
  })

  it('keeps edits, and a redraft starts over under the same id', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await importArticle(db, { plainText: seed, language: 'sq' })
    const brief = await openBrief(db, article.id, 'sq')
    const quotes = [...brief.quotes].reverse().map((q, i) => ({ ...q, included: i !== 0 }))
    await saveBrief(db, { ...brief, headline: 'I ri', quotes })
    const saved = (await db.briefs.get(brief.id))!
    expect(saved.headline).toBe('I ri')
    expect(saved.quoteIds).toEqual(quotes.slice(1).map((q) => q.key))
    expect(modelOfBrief(saved).quotes[0].text).toBe('normalizimin e marrëdhënieve')
    const again = await redraftBrief(db, saved, 'en')
    expect(again.id).toBe(brief.id)
    expect(again.headline).toBe(article.title)
    expect(again.notes[0].text).toMatch(/^The quote/)
  })

  it('reads the lede from its rich text once it has been edited', () => {
    const state = JSON.stringify({
      root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'E ', format: 0 }, { type: 'text', text: 'trashë', format: 1 }] }] },
    })
    const model = modelOfBrief({
      id: 'b', articleId: 'a', headline: 'H', lede: 'E trashë', ledeState: state, keyPoints: [], quoteIds: [], quotes: [], notes: [],
      sources: [], language: 'sq', article: { title: 'H', language: 'sq' }, pageSize: 'A4', updatedAt: 1,
    })
    expect(model.lede).toEqual([[{ text: 'E ' }, { text: 'trashë', bold: true }]])
  })
})
