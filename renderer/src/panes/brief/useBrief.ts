import { useCallback, useEffect, useRef, useState } from 'react'
import type { BriefLanguage } from '../../core/brief'
import { useTranslation } from 'react-i18next'
import { database, errorMessage, type Brief } from '../../db'
import { openBrief, redraftBrief, saveBrief, saveBriefOnExit } from '../../db/briefs'
import { PendingWrite, type WriteState } from '../../editor/pendingWrite'
import { storageMessage } from '../storageMessage'

const SAVE_DELAY_MS = 400

export type SaveState = 'saved' | 'saving' | 'failed'

/**
 * The article's brief, drafted on first open and edited in memory. Every edit is saved as it is
 * made, after a short pause, like the article: it stays pending until the write is confirmed, a
 * failed write is retried, and it is written at once when the page is hidden or closed.
 */
export function useBrief(articleId: string, language: BriefLanguage) {
  const db = database()
  const { t } = useTranslation()
  const [brief, setBrief] = useState<Brief | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [writeState, setWriteState] = useState<WriteState>({ kind: 'saved' })
  const current = useRef<Brief | null>(null)
  const writer = useRef<PendingWrite<Brief> | null>(null)
  // The draft's language is the interface's when it is first opened, not every later switch.
  const draftLanguage = useRef(language)

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
  }, [db])

  const flush = useCallback(async () => {
    await writer.current?.flush()
  }, [])

  const update = useCallback((change: (brief: Brief) => Brief) => {
    if (!current.current) return
    current.current = change(current.current)
    setBrief(current.current)
    writer.current?.set(current.current)
  }, [])

  const redraft = useCallback(async () => {
    if (!current.current) return
    await flush()
    const next = await redraftBrief(db, current.current, language)
    current.current = next
    setBrief(next)
  }, [db, language, flush])

  const saveState: SaveState = writeState.kind === 'failed' ? 'failed' : writeState.kind
  const saveError = writeState.kind === 'failed' ? storageMessage(t, writeState.error) : null
  return { brief, loadError, saveState, saveError, update, flush, redraft }
}
