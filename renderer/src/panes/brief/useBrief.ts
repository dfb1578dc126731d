import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { composeBrief, type BriefLanguage, type LiveBrief } from '../../core/brief'
import { database, errorMessage, sourcesOfArticle, type Brief } from '../../db'
import { openBrief, overridesOf, redraftBrief, saveBrief, saveBriefOnExit } from '../../db/briefs'
import { PendingWrite } from '../../editor/pendingWrite'
import { useWriteState } from '../../editor/useWriteState'
import { useChecksModel } from '../checks/ChecksModel'
import { storageMessage } from '../storageMessage'
import { briefFacts, omissionsOf } from './briefFacts'

const SAVE_DELAY_MS = 400

export type SaveState = 'saved' | 'saving' | 'failed'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The article's brief: the editor's overrides, stored as they are edited (after a short pause,
 * retried when a write fails, written at once when the page goes away), merged with the checks
 * as they are now. The brief record is made the first time the pane opens.
 */
export function useBrief(articleId: string, language: BriefLanguage) {
  const db = database()
  const { t } = useTranslation()
  const checks = useChecksModel()
  const [brief, setBrief] = useState<Brief | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [writeState, setWriteState] = useWriteState()
  const current = useRef<Brief | null>(null)
  const writer = useRef<PendingWrite<Brief> | null>(null)
  // The brief's language is the interface's when it is first opened, not every later switch.
  const draftLanguage = useRef(language)
  const article = useLiveQuery(() => db.articles.get(articleId), [db, articleId])
  const allSources = useLiveQuery(() => sourcesOfArticle(db, articleId), [db, articleId])

  useEffect(() => {
    let live = true
    openBrief(db, articleId, draftLanguage.current).then(
      (opened) => {
        if (!live) return
        current.current = opened
        setBrief(opened)
      },
      (error: unknown) => live && setLoadError(errorMessage(error)),
    )
    return () => {
      live = false
    }
  }, [db, articleId])

  useEffect(() => {
    const pending = new PendingWrite<Brief>({
      write: async (value) => void (await saveBrief(db, value)),
      writeNow: saveBriefOnExit,
      onState: setWriteState,
      delayMs: SAVE_DELAY_MS,
    })
    writer.current = pending
    return () => {
      writer.current = null
      void pending.dispose()
    }
  }, [db, setWriteState])

  const flush = useCallback(async () => {
    await writer.current?.flush()
  }, [])

  const update = useCallback((change: (brief: Brief) => Brief) => {
    if (!current.current) return
    current.current = change(current.current)
    setBrief(current.current)
    writer.current?.set(current.current)
  }, [])

  // Translations' omissions change only with the sources' texts.
  const omissions = useMemo(() => omissionsOf(allSources ?? []), [allSources])
  const quotes = checks?.quotes ?? null
  const sources = checks?.sources
  const results = checks?.checks
  const text = checks?.text
  const entities = checks?.entities
  const facts = useMemo(() => {
    if (!quotes || !sources || !results || !article) return null
    const byId = new Map((entities ?? []).map((entity) => [entity.id, entity.name]))
    return briefFacts({
      // The text as the editor has it now (the stored one lags by the autosave's pause).
      article: { text: text || article.plainText, title: article.title, language: article.language },
      quotes,
      sources,
      checks: results,
      authorName: (id) => byId.get(id) ?? null,
      omissions,
    })
  }, [quotes, sources, results, text, entities, article, omissions])

  const live: LiveBrief | null = useMemo(() => (brief && facts ? composeBrief(facts, overridesOf(brief), brief.language) : null), [brief, facts])

  // New quotes placed (with their words, to tell later when they change) and quotes nobody worked
  // on forgotten: written when the placement changes, not when only the checks do, so that opening
  // a brief or a re-check is not an edit.
  useEffect(() => {
    if (!live) return
    const stored = current.current
    if (!stored) return
    const { quotes, notes } = live.overrides
    if (same(quotes, stored.quotes) && same(notes, stored.notes) && stored.composed !== null) return
    update((b) => ({ ...b, quotes, notes, composed: live.model }))
  }, [live, update])

  /** Before an export: the print view reads the brief as composed now. */
  const storeComposed = useCallback(async () => {
    if (live && current.current && !same(live.model, current.current.composed)) update((b) => ({ ...b, composed: live.model }))
    await writer.current?.flush()
  }, [live, update])

  const redraft = useCallback(async () => {
    if (!current.current) return
    await flush()
    const next = await redraftBrief(db, current.current, language)
    current.current = next
    setBrief(next)
  }, [db, language, flush])

  const saveState: SaveState = writeState.kind === 'failed' ? 'failed' : writeState.kind
  const saveError = writeState.kind === 'failed' ? storageMessage(t, writeState.error) : null
  const busy = checks === null || checks.quotes === null
  return { brief, live, omissions, busy, loadError, saveState, saveError, update, storeComposed, redraft }
}
