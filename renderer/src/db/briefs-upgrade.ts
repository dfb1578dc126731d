import type { Transaction } from 'dexie'
import { STATUS_RANK } from '../core/status'
import type { BriefModel, PageSize } from '../core/brief/model'
import type { PlacedQuote } from '../core/brief/live'
import type { Brief, Check, Entity, Quote, Source } from './types'

/** A brief as versions 2 to 4 stored it: a snapshot of the draft, quotes and notes included. */
interface BriefV2 {
  id: string
  articleId: string
  headline: string
  lede: string
  ledeState: string | null
  keyPoints: string[]
  quoteIds: string[]
  quotes: BriefModel['quotes']
  notes: BriefModel['notes']
  sources: BriefModel['sources']
  language: BriefModel['language']
  article: BriefModel['article']
  pageSize: PageSize
  updatedAt: number
}

/**
 * Version 1 briefs had quote ids and plain-string notes. Version 2 keeps each quote's words,
 * speaker, best check and include flag in the brief itself, notes as objects, and the sources.
 */
export async function upgradeBriefsToV2(tx: Transaction): Promise<void> {
  const briefs = tx.table('briefs')
  for (const old of (await briefs.toArray()) as Array<Record<string, unknown> & { id: string; articleId: string }>) {
    const article = await tx.table('articles').get(old.articleId)
    const sources: Source[] = await tx.table('sources').where('articleId').equals(old.articleId).sortBy('createdAt')
    const entityName = async (id: string | null) => (id ? ((await tx.table<Entity>('entities').get(id))?.name ?? null) : null)
    const quoteIds = Array.isArray(old.quoteIds) ? (old.quoteIds as string[]) : []
    const quotes: BriefV2['quotes'] = []
    for (const id of quoteIds) {
      const row: Quote | undefined = await tx.table('quotes').get(id)
      if (!row) continue
      const checks: Check[] = await tx.table('checks').where('quoteId').equals(id).toArray()
      const best = checks.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])[0]
      const found = best && best.status !== 'not-found' ? best : undefined
      quotes.push({
        key: row.id,
        text: row.text,
        speaker: await entityName(row.speaker),
        status: best?.status ?? 'not-found',
        verdict: checks.find((c) => c.verdict)?.verdict ?? null,
        attribution: 'unknown',
        sourceId: found?.sourceId ?? null,
        sourceTitle: found ? (sources.find((s) => s.id === found.sourceId)?.title ?? null) : null,
        passage: found?.match?.text ?? null,
        included: true,
      })
    }
    const notes = Array.isArray(old.notes) ? (old.notes as unknown[]) : []
    const upgraded: BriefV2 = {
      id: old.id,
      articleId: old.articleId,
      headline: typeof old.headline === 'string' ? old.headline : '',
      lede: typeof old.lede === 'string' ? old.lede : '',
      ledeState: null,
      keyPoints: Array.isArray(old.keyPoints) ? (old.keyPoints as string[]) : [],
      quoteIds: quotes.map((q) => q.key),
      quotes,
      notes: notes.map((text, i) => ({ id: `n${i + 1}`, text: String(text), quoteKey: null })),
      sources: await Promise.all(
        sources.map(async (s) => ({ id: s.id, title: s.title, author: await entityName(s.author), origin: s.origin })),
      ),
      language: 'sq',
      article: { title: article?.title ?? '', language: article?.language ?? 'sq' },
      pageSize: 'A4',
      updatedAt: typeof old.updatedAt === 'number' ? old.updatedAt : Date.now(),
    }
    await briefs.put(upgraded)
  }
}

/**
 * Version 5 keeps only what the editor wrote over the checks. Everything a version 2 brief held
 * that the editor could have written stays, as an override: the headline, the lede, the key
 * points, the order and include flags of its quotes, its notes. A quote's note as drafted (id
 * "n-<quote>") becomes that quote's attribution line, so a re-worded one is kept; the pane says
 * when the checks now word it differently. Statuses, speakers, verdicts and sources are the
 * checks' again.
 */
export async function upgradeBriefsToV5(tx: Transaction): Promise<void> {
  const briefs = tx.table('briefs')
  for (const old of (await briefs.toArray()) as Array<Partial<BriefV2> & { id: string; articleId: string }>) {
    const notes = Array.isArray(old.notes) ? old.notes : []
    const lineOf = (key: string) => notes.find((n) => n.quoteKey === key && n.id === `n-${key}`)
    const quotes: PlacedQuote[] = (Array.isArray(old.quotes) ? old.quotes : []).map((q) => {
      const line = lineOf(q.key)
      return { key: q.key, text: q.text, included: q.included !== false, line: line ? { text: line.text, basis: line.text } : null }
    })
    const upgraded: Brief = {
      id: old.id,
      articleId: old.articleId,
      headline: typeof old.headline === 'string' ? old.headline : null,
      lede: typeof old.lede === 'string' ? old.lede : null,
      ledeState: typeof old.ledeState === 'string' ? old.ledeState : null,
      keyPoints: Array.isArray(old.keyPoints) ? old.keyPoints : null,
      notes: notes.filter((n) => !(n.quoteKey !== null && n.id === `n-${n.quoteKey}`)),
      quotes,
      omissions: true,
      language: old.language === 'en' ? 'en' : 'sq',
      pageSize: old.pageSize === 'Letter' ? 'Letter' : 'A4',
      composed: null,
      updatedAt: typeof old.updatedAt === 'number' ? old.updatedAt : Date.now(),
    }
    await briefs.put(upgraded)
  }
}
