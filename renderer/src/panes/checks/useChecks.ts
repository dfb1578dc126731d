import { useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { DetectedQuote, EmbeddedSource, QuoteCheck } from '../../core/types'
import {
  checksOfArticle,
  database,
  editorKnowledge,
  entityMatches,
  quotesOfArticle,
  saveCheckResults,
  sourcesOfArticle,
  isOriginal,
  syncEmbeddedSources,
  type Check,
  type CheckResult,
  type DiffOp,
  type Entity,
  type Link,
  type Source,
} from '../../db'
import { useArticleEditor } from '../../editor/articleEditors'
import { $readQuoteSnapshot } from '../../editor/quoteMarks'
// The Quotes pane's own rules for which quotes exist and what they are called, so a quote has
// the same id in both panes (data-quote-id) and a rejected suggestion is not checked.
import { buildItems, type QuoteItem, type Snapshot } from '../quotes/items'
import { useQuoteNaming } from '../quotes/namespace'
// The article's quotes and embedded sources come from the analysis worker the Quotes pane uses too:
// detected once per text, whichever pane asks first.
import { acquireAnalysis, type AnalysisHandle } from '../quotes/analysisClient'
import { checkInputs } from './checker'
import { ChecksClient } from './checksClient'

const READ_DELAY_MS = 400

export interface ChecksModel {
  /** The quotes being checked: the article's tags and its live suggestions, in text order. */
  quotes: QuoteItem[] | null
  sources: Source[]
  /** Stored results by check id (quote|source). */
  checks: Map<string, Check>
  entities: Entity[]
  links: Link[]
  /** Text of the article as last read, for the side-by-side view's quote context. */
  text: string
  busy: boolean
  error: string | null
  /** The checks worker crashed and was replaced (what it was asked is asked again). */
  restarted: boolean
}

const toDiff = (diff: QuoteCheck['diff']): DiffOp[] =>
  diff.map((op) => {
    const quote = op.op === 'omitted' ? '' : op.quote
    const source = op.op === 'added' ? '' : op.source
    return op.op !== 'equal' && op.kind ? { op: op.op, quote, source, kind: op.kind } : { op: op.op, quote, source }
  })

/**
 * Keeps the checks table in step with the article: reads the text off the editor a moment
 * after typing stops, lets the worker find the quotes and embedded sources, keeps the embedded
 * sources in the table in line with the text, and has the worker re-check. The worker aligns only
 * pairs it has not seen, so a round after a small edit is cheap; results are written only when they change.
 */
export function useChecks(articleId: string): ChecksModel {
  const db = database()
  const editor = useArticleEditor(articleId)
  const article = useLiveQuery(() => db.articles.get(articleId), [db, articleId])
  const rows = useLiveQuery(() => quotesOfArticle(db, articleId), [db, articleId])
  const entities = useLiveQuery(() => db.entities.toArray(), [db])
  const links = useLiveQuery(() => db.links.toArray(), [db])
  // Originals in another language are compared in the Translation view, not checked quote by quote.
  const sources = useLiveQuery(async () => (await sourcesOfArticle(db, articleId)).filter((source) => !isOriginal(source)), [db, articleId])
  const stored = useLiveQuery(() => checksOfArticle(db, articleId), [db, articleId])
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null)
  const [analysed, setAnalysed] = useState<{ snapshot: Snapshot; quotes: DetectedQuote[]; embedded: EmbeddedSource[] } | null>(null)
  const [checked, setChecked] = useState<{ quotes: QuoteItem[]; sources: Source[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [restarted, setRestarted] = useState(false)
  const client = useRef<ChecksClient | null>(null)
  const analysis = useRef<AnalysisHandle | null>(null)
  const language = article?.language ?? 'sq'
  const fallbackText = editor ? null : article?.plainText ?? null

  useEffect(() => {
    const checks = new ChecksClient(() => setRestarted(true))
    const detection = acquireAnalysis()
    client.current = checks
    analysis.current = detection
    return () => {
      checks.dispose()
      detection.release()
      client.current = null
      analysis.current = null
    }
  }, [])

  // The text and its tags, read from the live editor once typing pauses (or from the stored article).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    if (!editor) {
      if (fallbackText !== null) timer = setTimeout(() => setSnapshot({ text: fallbackText, marks: [] }), 0)
      return () => clearTimeout(timer)
    }
    const read = () => setSnapshot(editor.getEditorState().read($readQuoteSnapshot))
    timer = setTimeout(read, 0)
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      clearTimeout(timer)
      timer = setTimeout(read, READ_DELAY_MS)
    })
    return () => {
      unregister()
      clearTimeout(timer)
    }
  }, [editor, fallbackText])

  // Quotes and embedded sources of the text; the embedded sources are kept in the sources table.
  useEffect(() => {
    if (!snapshot) return
    let live = true
    analysis.current
      ?.detect(snapshot.text)
      .then(async (found) => {
        if (!live) return
        setAnalysed({ snapshot, ...found })
        await syncEmbeddedSources(db, articleId, language, found.embedded)
      })
      .catch((failure: unknown) => live && setError(String(failure instanceof Error ? failure.message : failure)))
    return () => {
      live = false
    }
  }, [snapshot, db, articleId, language])

  const entityById = useMemo(() => new Map((entities ?? []).map((entity) => [entity.id, entity])), [entities])
  // Who speaks for whom, as the editor linked them: a link changes every attribution at once.
  const knowledge = useMemo(() => (entities && links ? editorKnowledge(entities, links) : null), [entities, links])

  const namespace = useQuoteNaming(db, articleId)?.namespace
  const quotes = useMemo(() => {
    if (!snapshot || !analysed || !rows || !namespace) return null
    const speakerName = (quote: DetectedQuote) => {
      if (!quote.speaker) return null
      const match = (entities ?? []).find((entity) => entityMatches(entity, quote.speaker!.surface) || entityMatches(entity, quote.speaker!.entity))
      return match?.name ?? quote.speaker.entity
    }
    const { items } = buildItems({ namespace, current: snapshot, analysed, rows, entityName: (id) => entityById.get(id)?.name ?? null, speakerName })
    return items.filter((item) => !item.gone && item.text.trim() !== '')
  }, [namespace, snapshot, analysed, rows, entities, entityById])

  // Re-check whenever the quotes, the sources or their authors change.
  useEffect(() => {
    if (!quotes || !sources || !knowledge || !client.current) return
    let live = true
    const inputs = checkInputs(quotes, (id) => entityById.get(id)?.name ?? null)
    const sourceInputs = sources.map((source) => ({ id: source.id, title: source.title, text: source.text, author: source.author ? entityById.get(source.author)?.name ?? null : null }))
    client.current
      .check(inputs, sourceInputs, { articleText: snapshot?.text ?? '', knowledge })
      .then(async ({ results }) => {
        if (!live) return
        const flat: CheckResult[] = results.flatMap((result) =>
          result.checks.map((check) => ({
            quoteId: result.quoteId,
            sourceId: check.source,
            quoteText: result.text,
            status: check.status,
            score: check.score,
            match: check.match,
            diff: toDiff(check.diff),
            attribution: result.attribution,
            attributionReason: result.attributionReason,
            attributionSource: result.attributionSource,
            ownSource: result.ownSources.includes(check.source),
            missingNumbers: check.missingNumbers,
            ...(check.closest ? { closest: check.closest } : {}),
          })),
        )
        await saveCheckResults(db, articleId, flat, { quoteIds: new Set(inputs.map((quote) => quote.id)), sourceIds: new Set(sourceInputs.map((source) => source.id)) })
        if (live) {
          setChecked({ quotes, sources })
          setError(null)
        }
      })
      .catch((failure: unknown) => live && setError(String(failure instanceof Error ? failure.message : failure)))
    return () => {
      live = false
    }
  }, [quotes, sources, entityById, knowledge, db, articleId, snapshot])

  const checks = useMemo(() => new Map((stored ?? []).map((check) => [check.id, check])), [stored])

  // Busy from the moment the text is read until the results for exactly these quotes and sources are stored.
  // A failed round is not busy: the error says what happened.
  const busy = error === null && (!snapshot || analysed?.snapshot !== snapshot || checked?.quotes !== quotes || checked?.sources !== sources)
  return { quotes, sources: sources ?? [], checks, entities: entities ?? [], links: links ?? [], text: snapshot?.text ?? '', busy, error, restarted }
}
