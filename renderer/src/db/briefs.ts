import { NO_OVERRIDES, richFromLexicalJson, richFromPlain, type BriefLanguage, type BriefModel, type BriefOverrides } from '../core/brief'
import type { RedaktorDatabase } from './database'
import { writeToJournal } from './exitWrite'
import type { Brief } from './types'

export function briefOfArticle(db: RedaktorDatabase, articleId: string): Promise<Brief | undefined> {
  return db.briefs.where('articleId').equals(articleId).first()
}

/** What the editor wrote over the checks, as the core merges it (core/brief/live.ts). */
export function overridesOf(brief: Brief): BriefOverrides {
  const lede = brief.ledeState ? richFromLexicalJson(brief.ledeState) : brief.lede !== null ? richFromPlain(brief.lede) : null
  return { headline: brief.headline, lede, keyPoints: brief.keyPoints, notes: brief.notes, quotes: brief.quotes, omissions: brief.omissions }
}

/** A brief with no override: everything as the article and its checks say. */
export function freshBrief(articleId: string, language: BriefLanguage): Brief {
  return {
    id: crypto.randomUUID(),
    articleId,
    headline: NO_OVERRIDES.headline,
    lede: null,
    ledeState: null,
    keyPoints: NO_OVERRIDES.keyPoints,
    notes: [],
    quotes: [],
    omissions: NO_OVERRIDES.omissions,
    language,
    pageSize: 'A4',
    composed: null,
    updatedAt: Date.now(),
  }
}

/**
 * The article's brief, made the first time it is asked for (when the Brief pane first opens).
 * Two callers racing (a pane mounted twice) get the same brief.
 */
export async function openBrief(db: RedaktorDatabase, articleId: string, language: BriefLanguage): Promise<Brief> {
  const existing = await briefOfArticle(db, articleId)
  if (existing) return existing
  return db.transaction('rw', db.briefs, async () => {
    const again = await briefOfArticle(db, articleId)
    if (again) return again
    const brief = freshBrief(articleId, language)
    await db.briefs.add(brief)
    return brief
  })
}

/** Drops every override: the brief is the article's and its checks' again. Keeps its id and paper. */
export async function redraftBrief(db: RedaktorDatabase, brief: Brief, language: BriefLanguage): Promise<Brief> {
  const next: Brief = { ...freshBrief(brief.articleId, language), id: brief.id, pageSize: brief.pageSize }
  await db.briefs.put(next)
  return next
}

/** What the print view prints: the brief as last composed in the pane. */
export function printedModel(brief: Brief): BriefModel | null {
  return brief.composed
}

const toStore = (brief: Brief): Brief => ({ ...brief, updatedAt: Date.now() })

/** One write per debounced burst of edits. */
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
