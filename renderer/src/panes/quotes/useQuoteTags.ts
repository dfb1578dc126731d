import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { COMMAND_PRIORITY_EDITOR, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor } from 'lexical'
import type { DetectedQuote } from '../../core/types'
import {
  applyQuoteChanges,
  confirmQuotes,
  database,
  deleteDetachedQuote,
  deleteQuote,
  entityMatches,
  quotesOfArticle,
  rejectQuote,
  rejectSuggestion,
  setQuoteKind,
  setQuoteSpeaker,
  type Entity,
  type NewQuote,
  type QuoteKind,
} from '../../db'
import { TAG_QUOTE_COMMAND } from '../../editor/commands'
import { $plainTextForMarks, $readQuoteSnapshot, $removeQuoteMark, $selectionOffsets, $wrapSpanInQuoteMark } from '../../editor/quoteMarks'
import { acquireAnalysis, type AnalysisHandle } from './analysisClient'
import { trimSpan } from './attribution'
import { buildItems, type QuoteItem, type Snapshot } from './items'
import { useQuoteNaming } from './namespace'
import { reconcileQuotes } from './reconcile'

const RECONCILE_DELAY_MS = 150
const SHARED_ROW_GRACE_MS = 10_000
const ANALYSIS_DELAY_MS = 400

/** Where words are now: at their offset if unchanged, else the nearest copy of them; -1 when gone. */
function locate(text: string, words: string, near: number | null): number {
  if (!words) return -1
  if (near !== null && text.slice(near, near + words.length) === words) return near
  let best = -1
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    if (best === -1 || Math.abs(at - (near ?? 0)) < Math.abs(best - (near ?? 0))) best = at
  }
  return best
}

interface Options {
  onError: (error: Error) => void
  /** A quote was tagged by hand; its row id, to bring it into view. */
  onTagged?: (id: string) => void
}

/**
 * The Quotes pane's model: suggestions from the worker, tags from the editor's marks and their
 * rows in Dexie, kept in step by reconciliation, and the actions on them. Every action and every
 * reconciliation runs through one queue, so a row and its mark never race each other.
 */
export function useQuoteTags(articleId: string, editor: LexicalEditor | null, { onError, onTagged }: Options) {
  const db = database()
  const rows = useLiveQuery(() => quotesOfArticle(db, articleId), [db, articleId])
  const entities = useLiveQuery(() => db.entities.toArray(), [db])
  const [current, setCurrent] = useState<Snapshot | null>(null)
  const [analysed, setAnalysed] = useState<{ snapshot: Snapshot; quotes: DetectedQuote[] } | null>(null)
  const [analysing, setAnalysing] = useState(true)
  const [restarted, setRestarted] = useState(false)
  const client = useRef<AnalysisHandle | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const errors = useRef(onError)
  const tagged = useRef(onTagged)
  const naming = useQuoteNaming(db, articleId)
  const namespace = naming?.namespace ?? null
  const sharedRef = useRef(false)
  useEffect(() => {
    errors.current = onError
    tagged.current = onTagged
    sharedRef.current = naming?.shared ?? false
  })

  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T | undefined> => {
    const next = queue.current.then(task).catch((error: unknown) => {
      errors.current(error instanceof Error ? error : new Error(String(error)))
      return undefined
    })
    queue.current = next
    return next
  }, [])

  useEffect(() => {
    if (!editor) return
    const analysis = acquireAnalysis(() => setRestarted(true))
    client.current = analysis
    let live = true
    let analysisSeq = 0
    let reconcileTimer: ReturnType<typeof setTimeout> | undefined
    let analysisTimer: ReturnType<typeof setTimeout> | undefined
    let graceTimer: ReturnType<typeof setTimeout> | undefined
    const read = (): Snapshot => editor.getEditorState().read($readQuoteSnapshot)
    // In a shared article another editor's tag arrives as a mark first and its row a moment later:
    // a row is made here only for a mark still without one after a while (pasted from elsewhere, say).
    const firstMissed = new Map<string, number>()
    const awaitingRows = (missing: Snapshot['marks']) => {
      if (!sharedRef.current) return missing
      const now = Date.now()
      const due = missing.filter((mark) => {
        if (!firstMissed.has(mark.markId)) firstMissed.set(mark.markId, now)
        return now - firstMissed.get(mark.markId)! >= SHARED_ROW_GRACE_MS
      })
      if (due.length < missing.length) {
        clearTimeout(graceTimer)
        graceTimer = setTimeout(reconcile, SHARED_ROW_GRACE_MS)
      }
      return due
    }

    const reconcile = () =>
      enqueue(async () => {
        if (!live) return
        const snapshot = read()
        setCurrent(snapshot)
        const plan = reconcileQuotes(await quotesOfArticle(db, articleId), snapshot.marks)
        if (plan.unwrap.length) {
          const unwrap = [...plan.unwrap].sort((a, b) => b.occurrence - a.occurrence)
          editor.update(() => unwrap.forEach(({ markId, occurrence }) => $removeQuoteMark(markId, occurrence)), { tag: HISTORY_MERGE_TAG })
        }
        const creates: NewQuote[] = []
        for (const mark of awaitingRows(plan.missing)) {
          const found = await analysis.attribute(snapshot.text, mark.start, mark.end)
          // The row takes its mark's id: in a shared article the mark may arrive before the row, and
          // both copies must then name the same quote.
          creates.push({ id: mark.markId, markId: mark.markId, text: mark.text, speaker: found.speaker?.surface ?? null, kind: found.kind, start: mark.start })
        }
        await applyQuoteChanges(db, articleId, { updates: plan.updates, creates })
      })

    const analyse = () => {
      const snapshot = read()
      const seq = ++analysisSeq
      setAnalysing(true)
      analysis.detect(snapshot.text).then(
        ({ quotes }) => {
          if (!live || seq !== analysisSeq) return
          setAnalysed({ snapshot, quotes })
          setAnalysing(false)
        },
        (error: Error) => live && errors.current(error),
      )
    }

    void reconcile()
    analyse()
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      clearTimeout(reconcileTimer)
      reconcileTimer = setTimeout(reconcile, RECONCILE_DELAY_MS)
      clearTimeout(analysisTimer)
      analysisTimer = setTimeout(analyse, ANALYSIS_DELAY_MS)
    })
    return () => {
      live = false
      unregister()
      clearTimeout(reconcileTimer)
      clearTimeout(analysisTimer)
      clearTimeout(graceTimer)
      analysis.release()
      client.current = null
    }
  }, [editor, articleId, db, enqueue])

  const entityById = useMemo(() => new Map((entities ?? []).map((entity) => [entity.id, entity])), [entities])
  const speakerName = useCallback(
    (quote: DetectedQuote) => {
      if (!quote.speaker) return null
      const stored = (entities ?? []).find((entity) => entityMatches(entity, quote.speaker!.surface) || entityMatches(entity, quote.speaker!.entity))
      return stored?.name ?? quote.speaker.entity
    },
    [entities],
  )

  const view = useMemo(() => {
    if (!current || !rows || !namespace) return null
    return buildItems({ namespace, current, analysed, rows, entityName: (id) => entityById.get(id)?.name ?? null, speakerName })
  }, [namespace, current, analysed, rows, entityById, speakerName])

  /** Turns suggestions into tags: marks in one editor update (one undo step), rows in one transaction. */
  const accept = useCallback(
    (items: readonly QuoteItem[], speakerId?: string | null) =>
      enqueue(async () => {
        if (!editor) return
        const placed: NewQuote[] = []
        editor.update(
          () => {
            const text = $plainTextForMarks()
            for (const item of items) {
              if (item.state !== 'suggested') continue
              const at = locate(text, item.text, item.start)
              if (at < 0) continue
              // A tag's mark and row share one id (see reconcile above).
              const markId = item.id
              if (!$wrapSpanInQuoteMark(at, at + item.text.length, markId)) continue
              placed.push({
                id: item.id,
                markId,
                text: item.text,
                speaker: item.suggestion?.speaker?.surface ?? null,
                ...(speakerId !== undefined ? { speakerId } : {}),
                kind: item.kind,
                start: at,
              })
            }
          },
          { discrete: true, tag: [HISTORY_PUSH_TAG, SKIP_SCROLL_INTO_VIEW_TAG] },
        )
        if (placed.length) await confirmQuotes(db, articleId, placed)
      }),
    [editor, enqueue, db, articleId],
  )

  const reject = useCallback(
    (item: QuoteItem) =>
      enqueue(async () => {
        if (item.state === 'suggested') {
          await rejectSuggestion(db, articleId, { id: item.id, text: item.text, start: item.start ?? undefined, speaker: item.suggestion?.speaker?.surface ?? null, kind: item.kind })
        } else if (item.state === 'confirmed' && item.row && !item.gone) {
          const markId = item.row.markId
          editor?.update(() => $removeQuoteMark(markId), { discrete: true, tag: [HISTORY_PUSH_TAG, SKIP_SCROLL_INTO_VIEW_TAG] })
          await rejectQuote(db, item.row.id, item.start ?? undefined)
        }
      }),
    [editor, enqueue, db, articleId],
  )

  /**
   * Puts a detached tag back on words: the editor's selection when there is one, else the nearest
   * copy of the tag's words. False when there is neither, so the pane can ask for a selection.
   */
  const reanchor = useCallback(
    (item: QuoteItem) =>
      enqueue(async () => {
        const row = item.row
        if (!editor || !row || !item.gone) return false
        let placed: { start: number; text: string } | null = null
        editor.update(
          () => {
            const plain = $plainTextForMarks()
            const selected = $selectionOffsets()
            const span = selected && selected.end > selected.start ? trimSpan(plain, selected.start, selected.end) : null
            const start = span && span.end > span.start ? span.start : locate(plain, row.text, row.start ?? null)
            const end = span && span.end > span.start ? span.end : start + row.text.length
            if (start < 0 || !$wrapSpanInQuoteMark(start, end, row.markId)) return
            placed = { start, text: plain.slice(start, end) }
          },
          { discrete: true, tag: HISTORY_PUSH_TAG },
        )
        const done = placed as { start: number; text: string } | null
        if (!done) return false
        await applyQuoteChanges(db, articleId, { updates: [{ id: row.id, changes: { orphaned: false, text: done.text, start: done.start } }], creates: [] })
        return true
      }),
    [editor, enqueue, db, articleId],
  )

  /** Deletes a detached tag for good (a revision keeps the article as it was). */
  const remove = useCallback((item: QuoteItem) => enqueue(() => deleteDetachedQuote(db, item.id)), [enqueue, db])

  /** Takes a rejection back; the suggestion returns with the next analysis. */
  const restore = useCallback((item: QuoteItem) => enqueue(() => deleteQuote(db, item.id)), [enqueue, db])

  const setSpeaker = useCallback(
    (item: QuoteItem, entity: Entity | null) => {
      if (item.state === 'suggested') return accept([item], entity?.id ?? null)
      return enqueue(() => setQuoteSpeaker(db, item.id, entity?.id ?? null))
    },
    [accept, enqueue, db],
  )

  const setKind = useCallback((item: QuoteItem, kind: QuoteKind) => enqueue(() => setQuoteKind(db, item.id, kind)), [enqueue, db])

  /** Tags the editor's selection: the mark at once, the row when the speaker has been read from the context. */
  const tagSelection = useCallback(
    () =>
      enqueue(async () => {
        const analysis = client.current
        if (!editor || !analysis) return
        type Placed = { markId: string; start: number; end: number; text: string; plain: string }
        const placed: Placed[] = []
        editor.update(
          () => {
            const selected = $selectionOffsets()
            if (!selected) return
            const plain = $plainTextForMarks()
            const { start, end } = trimSpan(plain, selected.start, selected.end)
            if (end <= start) return
            const markId = crypto.randomUUID()
            if ($wrapSpanInQuoteMark(start, end, markId)) placed.push({ markId, start, end, text: plain.slice(start, end), plain })
          },
          { discrete: true, tag: HISTORY_PUSH_TAG },
        )
        const [mark] = placed
        if (!mark) return
        const found = await analysis.attribute(mark.plain, mark.start, mark.end)
        const [row] = await confirmQuotes(db, articleId, [
          { id: mark.markId, markId: mark.markId, text: mark.text, speaker: found.speaker?.surface ?? null, kind: found.kind, start: mark.start },
        ])
        tagged.current?.(row.id)
      }),
    [editor, enqueue, db, articleId],
  )

  useEffect(() => {
    if (!editor) return
    return editor.registerCommand(
      TAG_QUOTE_COMMAND,
      () => {
        void tagSelection()
        return true
      },
      COMMAND_PRIORITY_EDITOR,
    )
  }, [editor, tagSelection])

  return {
    items: view?.items ?? null,
    rejected: view?.rejected ?? [],
    entities: entities ?? [],
    analysing,
    /** The analysis worker crashed and was replaced: the pane says so. */
    restarted,
    dismissRestarted: () => setRestarted(false),
    accept,
    reject,
    reanchor,
    remove,
    restore,
    setSpeaker,
    setKind,
  }
}
