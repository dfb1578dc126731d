import type { Transaction } from 'dexie'
import { STATUS_RANK } from '../core'
import type { Brief, Check, Entity, Quote, Source } from './types'

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
    const quotes: Brief['quotes'] = []
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
    const upgraded: Brief = {
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
