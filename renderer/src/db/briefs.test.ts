import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { composeBrief, NO_OVERRIDES, type BriefFacts } from '../core/brief'
import { importArticle } from './articles'
import { openBrief, overridesOf, redraftBrief, saveBrief } from './briefs'
import { RedaktorDatabase } from './database'
import { schemaVersions } from './schema'
import type { Brief } from './types'

const seed = readFileSync(new URL('../../../test/fixtures/seed/article.sq.txt', import.meta.url), 'utf8')

let names = 0
const freshName = () => `redaktor-briefs-${++names}`
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

/** A database written by version `version`: its schema entries only, and what the callback adds. */
async function writtenAt(version: number, fill: (db: Dexie) => Promise<void>): Promise<string> {
  const name = freshName()
  const old = new Dexie(name)
  for (const entry of schemaVersions.filter((entry) => entry.version <= version)) old.version(entry.version).stores(entry.stores)
  await old.open()
  await fill(old)
  old.close()
  return name
}

describe('brief upgrade to version 2', () => {
  it('keeps a version 1 brief, and carries it on to the overrides of version 5', async () => {
    const name = await writtenAt(1, async (v1) => {
      await v1.table('articles').add({ id: 'a1', title: 'Titulli', language: 'sq', editorState: null, plainText: 'Tekst', createdAt: 1, updatedAt: 1 })
      await v1.table('entities').add({ id: 'e1', name: 'Moska', aliases: [], kind: 'government' })
      await v1.table('quotes').add({ id: 'q1', articleId: 'a1', markId: 'm1', text: 'normalizimin', speaker: 'e1', kind: 'partial', state: 'confirmed', note: '', createdAt: 1, updatedAt: 1 })
      await v1.table('briefs').add({ id: 'b1', articleId: 'a1', headline: 'Kreu', lede: 'Hyrja', keyPoints: ['Pika'], quoteIds: ['q1', 'gone'], notes: ['Shënim'], updatedAt: 5 })
    })
    const db = new RedaktorDatabase(name)
    await db.open()
    expect(db.verno).toBe(schemaVersions.at(-1)!.version)
    expect(await db.briefs.get('b1')).toEqual({
      id: 'b1',
      articleId: 'a1',
      headline: 'Kreu',
      lede: 'Hyrja',
      ledeState: null,
      keyPoints: ['Pika'],
      notes: [{ id: 'n1', text: 'Shënim', quoteKey: null }],
      quotes: [{ key: 'q1', text: 'normalizimin', included: true, line: null }],
      omissions: true,
      language: 'sq',
      pageSize: 'A4',
      composed: null,
      updatedAt: 5,
    })
    db.close()
  })
})

describe('brief upgrade to version 5', () => {
  it('opens a database written at version 4: every edit the snapshot held stays, as an override', async () => {
    const name = await writtenAt(4, async (v4) => {
      await v4.table('articles').add({ id: 'a1', title: 'T', language: 'sq', editorState: null, plainText: seed, createdAt: 1, updatedAt: 1 })
      await v4.table('briefs').add({
        id: 'b1',
        articleId: 'a1',
        headline: 'Putin pranon armëpushimin energjetik',
        lede: 'Hyrja ime.',
        ledeState: '{"root":{"children":[{"type":"paragraph","children":[{"type":"text","text":"Hyrja ime.","format":1}]}]}}',
        keyPoints: ['Pika ime.'],
        quoteIds: ['q2'],
        quotes: [
          { key: 'q1', text: 'negociatat teknike', speaker: 'Shtëpia e Bardhë', status: 'near-verbatim', verdict: null, attribution: 'consistent', sourceId: 's1', sourceTitle: 'D', passage: 'x', included: false },
          { key: 'q2', text: 'normalizimin e marrëdhënieve', speaker: 'Moska', status: 'not-found', verdict: null, attribution: 'unknown', sourceId: null, sourceTitle: null, passage: null, included: true },
        ],
        notes: [
          { id: 'n-q1', text: 'Citimi gjendet në deklaratë.', quoteKey: 'q1' },
          { id: 'n-q2', text: 'Rishkruar nga redaktori.', quoteKey: 'q2' },
          { id: 'extra', text: 'Pyet Kremlinin.', quoteKey: 'q2' },
          { id: 'general', text: 'Shënim i përgjithshëm.', quoteKey: null },
        ],
        sources: [{ id: 's1', title: 'D', author: null, origin: 'embedded' }],
        language: 'sq',
        article: { title: 'T', language: 'sq' },
        pageSize: 'Letter',
        updatedAt: 9,
      })
    })
    const db = new RedaktorDatabase(name)
    await db.open()
    const brief = (await db.briefs.get('b1'))!
    expect(brief).toMatchObject({
      headline: 'Putin pranon armëpushimin energjetik',
      lede: 'Hyrja ime.',
      keyPoints: ['Pika ime.'],
      quotes: [
        { key: 'q1', text: 'negociatat teknike', included: false, line: { text: 'Citimi gjendet në deklaratë.', basis: 'Citimi gjendet në deklaratë.' } },
        { key: 'q2', text: 'normalizimin e marrëdhënieve', included: true, line: { text: 'Rishkruar nga redaktori.', basis: 'Rishkruar nga redaktori.' } },
      ],
      notes: [
        { id: 'extra', text: 'Pyet Kremlinin.', quoteKey: 'q2' },
        { id: 'general', text: 'Shënim i përgjithshëm.', quoteKey: null },
      ],
      pageSize: 'Letter',
      composed: null,
      updatedAt: 9,
    })
    expect(overridesOf(brief).lede).toEqual([[{ text: 'Hyrja ime.', bold: true }]])
    expect(brief).not.toHaveProperty('sources')
    db.close()
  })
})

describe('the brief of an article', () => {
  it('is made once, when first opened, with no override', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await importArticle(db, { plainText: seed, language: 'sq' })
    expect(await db.briefs.count()).toBe(0)
    const [a, b] = await Promise.all([openBrief(db, article.id, 'sq'), openBrief(db, article.id, 'sq')])
    expect(a.id).toBe(b.id)
    expect(await db.briefs.count()).toBe(1)
    expect(overridesOf(a)).toEqual(NO_OVERRIDES)
  })

  it('keeps edits, and starting over drops every override under the same id', async () => {
    const db = new RedaktorDatabase(freshName())
    const article = await importArticle(db, { plainText: seed, language: 'sq' })
    const brief = await openBrief(db, article.id, 'sq')
    const edited: Brief = { ...brief, headline: 'I ri', pageSize: 'Letter', quotes: [{ key: 'q1', text: 'x', included: false, line: null }], notes: [{ id: 'n', text: 'Shënim', quoteKey: null }] }
    await saveBrief(db, edited)
    const saved = (await db.briefs.get(brief.id))!
    expect(overridesOf(saved)).toMatchObject({ headline: 'I ri', quotes: [{ key: 'q1', included: false }] })
    const again = await redraftBrief(db, saved, 'en')
    expect(again).toMatchObject({ id: brief.id, headline: null, quotes: [], notes: [], language: 'en', pageSize: 'Letter' })
    const facts: BriefFacts = { articleText: seed, articleTitle: article.title, articleLanguage: 'sq', sources: [], quotes: [] }
    expect(composeBrief(facts, overridesOf(again), 'en').model.headline).toBe('Presidenti Vladimir Putin ka rënë dakord të ndalojë sulmet në infrastrukturën energjetike të Ukrainës')
  })

  it('reads the lede from its rich text once it has been edited', () => {
    const state = JSON.stringify({
      root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'E ', format: 0 }, { type: 'text', text: 'trashë', format: 1 }] }] },
    })
    const brief: Brief = {
      id: 'b', articleId: 'a', headline: null, lede: 'E trashë', ledeState: state, keyPoints: null, quotes: [], notes: [],
      omissions: true, language: 'sq', pageSize: 'A4', composed: null, updatedAt: 1,
    }
    expect(overridesOf(brief).lede).toEqual([[{ text: 'E ' }, { text: 'trashë', bold: true }]])
  })
})
