import { buildBriefDraft, plainFromRich, richFromLexicalJson, richFromPlain, type BriefLanguage, type BriefModel, type PageSize, type QuoteRowInput, type VerdictInput } from '../core/brief'
import type { SourceInput } from '../core'
import type { RedaktorDatabase } from './database'
import { isOriginal } from './sources'
import { writeToJournal } from './exitWrite'
import { editorKnowledge } from './links'
import type { Article, Brief } from './types'

export function briefOfArticle(db: RedaktorDatabase, articleId: string): Promise<Brief | undefined> {
  return db.briefs.where('articleId').equals(articleId).first()
}

/** The document a stored brief describes: what both exports write. */
export function modelOfBrief(brief: Brief): BriefModel {
  const fromState = brief.ledeState ? richFromLexicalJson(brief.ledeState) : null
  return {
    headline: brief.headline,
    lede: fromState ?? richFromPlain(brief.lede),
    keyPoints: brief.keyPoints,
    quotes: brief.quotes,
    notes: brief.notes,
    sources: brief.sources,
    language: brief.language,
    article: brief.article,
  }
}

function briefOfModel(model: BriefModel, articleId: string, pageSize: PageSize): Brief {
  return {
    id: crypto.randomUUID(),
    articleId,
    headline: model.headline,
    lede: plainFromRich(model.lede),
    ledeState: null,
    keyPoints: model.keyPoints,
    quoteIds: model.quotes.filter((q) => q.included).map((q) => q.key),
    quotes: model.quotes,
    notes: model.notes,
    sources: model.sources,
    language: model.language,
    article: model.article,
    pageSize,
    updatedAt: Date.now(),
  }
}

/** Everything the draft builder needs from storage: extra sources, quotes dealt with, verdicts. */
async function draftInputs(db: RedaktorDatabase, article: Article) {
  const entityName = async (id: string | null) => (id ? ((await db.entities.get(id))?.name ?? id) : null)
  const stored = (await db.sources.where('articleId').equals(article.id).sortBy('createdAt')).filter((s) => s.deletedAt === undefined)
  // Embedded sources are found again in the text by the core; only the others are passed.
  const extraSources: SourceInput[] = []
  // An original in another language is compared with its translation, not drafted as a source.
  for (const s of stored.filter((s) => s.origin !== 'embedded' && !isOriginal(s))) {
    extraSources.push({ title: s.title, author: await entityName(s.author), text: s.text, origin: s.origin })
  }
  const rows = await db.quotes.where('articleId').equals(article.id).toArray()
  const quoteRows: QuoteRowInput[] = []
  for (const row of rows.filter((r) => r.state !== 'suggested' && !r.orphaned)) {
    quoteRows.push({ key: row.id, text: row.text, speaker: await entityName(row.speaker), state: row.state as 'confirmed' | 'rejected', start: row.start })
  }
  const checks = (await db.checks.where('articleId').equals(article.id).toArray()).filter((c) => c.deletedAt === undefined)
  const verdicts: VerdictInput[] = []
  for (const check of checks) {
    if (!check.verdict) continue
    const quoteText = check.verdictQuoteText ?? check.quoteText ?? rows.find((r) => r.id === check.quoteId)?.text
    if (quoteText) verdicts.push({ quoteText, verdict: check.verdict, note: check.verdictNote })
  }
  // Who speaks for whom, as the editor linked them: the draft's attributions follow.
  const knowledge = editorKnowledge(await db.entities.toArray(), await db.links.toArray())
  return { extraSources, quoteRows, verdicts, knowledge }
}

/** A fresh draft of the article's brief, not stored. */
export async function draftModel(db: RedaktorDatabase, articleId: string, language: BriefLanguage): Promise<BriefModel> {
  const article = await db.articles.get(articleId)
  if (!article) throw new Error(`No article ${articleId}`)
  const inputs = await draftInputs(db, article)
  return buildBriefDraft({ articleText: article.plainText, articleTitle: article.title, articleLanguage: article.language, language, ...inputs })
}

/**
 * The article's brief, made from a fresh draft the first time it is asked for. Two callers
 * racing (a pane mounted twice) get the same brief.
 */
export async function openBrief(db: RedaktorDatabase, articleId: string, language: BriefLanguage): Promise<Brief> {
  const existing = await briefOfArticle(db, articleId)
  if (existing) return existing
  const model = await draftModel(db, articleId, language)
  return db.transaction('rw', db.briefs, async () => {
    const again = await briefOfArticle(db, articleId)
    if (again) return again
    const brief = briefOfModel(model, articleId, 'A4')
    await db.briefs.add(brief)
    return brief
  })
}

/** Replaces the brief's content with a fresh draft of the article as it is now; keeps its id. */
export async function redraftBrief(db: RedaktorDatabase, brief: Brief, language: BriefLanguage): Promise<Brief> {
  const model = await draftModel(db, brief.articleId, language)
  const next = { ...briefOfModel(model, brief.articleId, brief.pageSize), id: brief.id }
  await db.briefs.put(next)
  return next
}

export type BriefChanges = Partial<Omit<Brief, 'id' | 'articleId' | 'updatedAt'>>

const toStore = (brief: Brief): Brief => ({ ...brief, quoteIds: brief.quotes.filter((q) => q.included).map((q) => q.key), updatedAt: Date.now() })

/** One write per debounced burst of edits; the include list follows the quotes. */
export async function saveBrief(db: RedaktorDatabase, brief: Brief): Promise<Brief> {
  const next = toStore(brief)
  await db.briefs.put(next)
  return next
}

/** The same write, to the journal, when the page is going away (see exitWrite.ts). */
export function saveBriefOnExit(brief: Brief): void {
  const { id: _id, articleId: _articleId, ...changes } = toStore(brief)
  writeToJournal('briefs', brief.id, changes)
}
