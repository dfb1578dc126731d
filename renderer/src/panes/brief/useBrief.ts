import { useCallback, useEffect, useRef, useState } from 'react'
import type { BriefLanguage } from '../../core/brief'
import { database, type Brief } from '../../db'
import { openBrief, redraftBrief, saveBrief } from '../../db/briefs'

const SAVE_DELAY_MS = 400

export type SaveState = 'saved' | 'saving' | 'failed'

/**
 * The article's brief, drafted on first open, edited in memory and saved after a pause in the
 * edits (and at once when the pane goes away or an export needs the stored copy).
 */
export function useBrief(articleId: string, language: BriefLanguage) {
  const db = database()
  const [brief, setBrief] = useState<Brief | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<string | null>(null)
  const current = useRef<Brief | null>(null)
  const pending = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
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
      (error: unknown) => live && setLoadError(error instanceof Error ? error.message : String(error)),
    )
    return () => {
      live = false
    }
  }, [db, articleId])

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    if (!pending.current || !current.current) return
    pending.current = false
    setSaveState('saving')
    try {
      await saveBrief(db, current.current)
      setSaveState('saved')
      setSaveError(null)
    } catch (error) {
      pending.current = true
      setSaveState('failed')
      setSaveError(error instanceof Error ? error.message : String(error))
    }
  }, [db])

  const update = useCallback(
    (change: (brief: Brief) => Brief) => {
      if (!current.current) return
      current.current = change(current.current)
      pending.current = true
      setBrief(current.current)
      setSaveState('saving')
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  const redraft = useCallback(async () => {
    if (!current.current) return
    clearTimeout(timer.current)
    pending.current = false
    const next = await redraftBrief(db, current.current, language)
    current.current = next
    setBrief(next)
    setSaveState('saved')
  }, [db, language])

  useEffect(() => () => void flush(), [flush])

  return { brief, loadError, saveState, saveError, update, flush, redraft }
}
