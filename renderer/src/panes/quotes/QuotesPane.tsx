import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { database, getSetting } from '../../db'
import { useArticleEditor } from '../../editor/articleEditors'
import { setQuoteMarkLooks, type QuoteMarkLook } from '../../editor/plugins/QuoteMarksPlugin'
import { Dialog } from '../Dialog'
import { EmptyState } from '../EmptyState'
import { clearHighlights, highlightSpan, highlightSuggestions, revealSpan } from './highlight'
import type { QuoteItem } from './items'
import { QuoteRow, type RowActions } from './QuoteRow'
import { SpeakerDialog } from './SpeakerDialog'
import { useQuoteTags } from './useQuoteTags'
import './quotes.css'

interface PaneProps {
  articleId: string | null
  /** Opens the list of every pane's keyboard shortcuts. */
  onHelp: () => void
  /** How many quotes the pane lists, for its tab; undefined while unknown. */
  onCount?: (count: number | undefined) => void
}

export function QuotesPane({ articleId, onHelp, onCount }: PaneProps) {
  const { t } = useTranslation()
  return (
    <section className="pane quotes-pane" data-testid="pane-quotes" data-article-id={articleId ?? undefined} aria-labelledby="pane-quotes-title">
      {articleId ? (
        <QuoteTags key={articleId} articleId={articleId} onHelp={onHelp} onCount={onCount} />
      ) : (
        <>
          <h2 id="pane-quotes-title" className="pane-title">{t('panes.quotes')}</h2>
          <EmptyState>{t('panes.quotesEmpty')}</EmptyState>
        </>
      )}
    </section>
  )
}

const isField = (target: EventTarget) => target instanceof HTMLElement && (target.matches('input, select, textarea') || target.isContentEditable)

function QuoteTags({ articleId, onHelp, onCount }: { articleId: string; onHelp: () => void; onCount?: (count: number | undefined) => void }) {
  const { t } = useTranslation()
  const editor = useArticleEditor(articleId)
  const [error, setError] = useState<string | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [speakerFor, setSpeakerFor] = useState<string | null>(null)
  const [showRejected, setShowRejected] = useState(false)
  // In a shared article, a tag someone else confirmed is not taken off without asking.
  const [askReject, setAskReject] = useState<QuoteItem | null>(null)
  const me = useLiveQuery(() => getSetting(database(), 'syncUser'), [])?.name
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const focusActive = useRef(false)

  const onError = useCallback((failure: Error) => setError(t('quotes.failed', { message: failure.message })), [t])
  const onTagged = useCallback((id: string) => setActiveId(id), [])
  const model = useQuoteTags(articleId, editor, { onError, onTagged })
  const items = useMemo(() => model.items ?? [], [model.items])
  const listed = model.items === null ? undefined : model.items.length
  useEffect(() => onCount?.(listed), [onCount, listed])
  const all = useMemo(() => (showRejected ? [...items, ...model.rejected] : items), [items, model.rejected, showRejected])
  const latest = useRef(all)
  useEffect(() => {
    latest.current = all
  }, [all])
  const fresh = useCallback((item: QuoteItem) => latest.current.find((candidate) => candidate.id === item.id) ?? item, [])

  const activeIndex = Math.max(0, all.findIndex((item) => item.id === activeId))
  const active = all[activeIndex] ?? null

  // The tags in the editor take their look from the rows: kind, and which one is being pointed at.
  useEffect(() => {
    if (!editor) return
    const looks = new Map<string, QuoteMarkLook>()
    for (const item of items) if (item.row && item.state === 'confirmed') looks.set(item.row.markId, { kind: item.kind, active: item.id === activeId })
    setQuoteMarkLooks(editor, looks)
  }, [editor, items, activeId])

  useEffect(() => clearHighlights, [])

  // Highlights are DOM ranges; when the text under them is re-rendered (a tag added, a word
  // typed) they collapse, so they are drawn again from the current rows.
  const hovered = useRef<string | null>(null)
  const focused = useRef<string | null>(null)
  useEffect(() => {
    if (!editor) return
    for (const [name, ref] of [['quote-hover', hovered], ['quote-focus', focused]] as const) {
      const item = ref.current ? all.find((candidate) => candidate.id === ref.current) : null
      highlightSpan(editor, name, item && item.start !== null && item.end !== null ? { start: item.start, end: item.end } : null)
    }
    highlightSuggestions(editor, all.flatMap((item) => (item.state === 'suggested' && item.start !== null && item.end !== null ? [{ start: item.start, end: item.end }] : [])))
  }, [editor, all])

  // The keyboard stays in the list when the row that had it goes away (rejected, or re-rendered
  // after an analysis): the browser would otherwise drop it on the page's body.
  const listFocused = useRef(false)
  const onListBlur = (event: FocusEvent<HTMLElement>) => {
    const left = event.target
    if (event.relatedTarget) listFocused.current = event.currentTarget.contains(event.relatedTarget as Node)
    else queueMicrotask(() => (listFocused.current = !left.isConnected))
  }
  useEffect(() => {
    const dropped = listFocused.current && (document.activeElement === null || document.activeElement === document.body)
    if (!(focusActive.current || dropped) || !active) return
    focusActive.current = false
    buttons.current.get(active.id)?.focus()
  })

  const reveal = useCallback((item: QuoteItem) => {
    focused.current = item.id
    if (editor && item.start !== null && item.end !== null) revealSpan(editor, { start: item.start, end: item.end })
  }, [editor])

  const move = (delta: number) => {
    if (all.length === 0) return
    const next = all[Math.min(all.length - 1, Math.max(0, activeIndex + delta))]
    focusActive.current = true
    setActiveId(next.id)
    reveal(next)
  }

  /** After an item is handled, the next one is ready for the keyboard. */
  const advance = (item: QuoteItem, stays: boolean) => {
    const index = all.findIndex((candidate) => candidate.id === item.id)
    const next = all[index + 1] ?? (stays ? item : all[index - 1])
    if (!next) return
    focusActive.current = buttons.current.has(item.id) && document.activeElement === buttons.current.get(item.id)
    setActiveId(next.id)
  }

  const { accept, reject, reanchor, remove, restore, setKind } = model
  const actions = useMemo<RowActions>(
    () => ({
      activate: setActiveId,
      open: (item) => {
        setActiveId(item.id)
        reveal(fresh(item))
      },
      hover: (item) => {
        if (!editor) return
        const current = item ? fresh(item) : null
        hovered.current = current?.id ?? null
        highlightSpan(editor, 'quote-hover', current && current.start !== null && current.end !== null ? { start: current.start, end: current.end } : null)
      },
      accept: (item) => void accept([fresh(item)]),
      reject: (item) => {
        const current = fresh(item)
        const by = current.state === 'confirmed' ? current.row?.confirmedBy : undefined
        if (by && by !== me) return setAskReject(current)
        void reject(current)
      },
      reanchor: (item) => {
        void reanchor(fresh(item)).then((placed) => placed === false && setError(t('quotes.reanchorNeedsSelection', { text: item.text })))
      },
      remove: (item) => void remove(fresh(item)),
      restore: (item) => void restore(item),
      speaker: (item) => {
        setActiveId(item.id)
        setSpeakerFor(item.id)
      },
      kind: (item, kind) => void setKind(item, kind),
      register: (id, element) => {
        if (element) buttons.current.set(id, element)
        else buttons.current.delete(id)
      },
    }),
    [editor, accept, reject, reanchor, remove, restore, setKind, reveal, fresh, t, me],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isField(event.target) || event.ctrlKey || event.metaKey) return
    const key = event.key
    const handled = () => {
      event.preventDefault()
      event.stopPropagation()
    }
    if (!active || !(event.target instanceof HTMLElement) || !event.target.closest('.quote-list')) return
    if (key === 'j' || key === 'ArrowDown') return handled(), move(1)
    if (key === 'k' || key === 'ArrowUp') return handled(), move(-1)
    if (event.altKey) return
    if (key === 'Home') return handled(), move(-all.length)
    if (key === 'End') return handled(), move(all.length)
    if ((key === 'Enter' || key === 'a') && active.state === 'suggested') {
      handled()
      advance(active, true)
      return actions.accept(active)
    }
    if (key === 'Enter' && event.target.classList.contains('quote-main')) return handled(), actions.open(active)
    if ((key === 'Delete' || key === 'r') && active.state !== 'rejected') {
      handled()
      advance(active, active.state === 'confirmed' && !active.gone)
      return active.gone ? actions.remove(active) : actions.reject(active)
    }
    if (key === 's' && active.state !== 'rejected') return handled(), actions.speaker(active)
  }

  /** A closed dialog hands the keyboard back to the row it was opened from. */
  const closeDialog = (close: () => void) => {
    focusActive.current = true
    close()
  }

  const suggestions = items.filter((item) => item.state === 'suggested')
  const confirmed = items.filter((item) => item.state === 'confirmed' && !item.gone)
  const speakerItem = speakerFor ? all.find((item) => item.id === speakerFor) ?? null : null

  return (
    <div className="quote-tags" onKeyDown={onKeyDown}>
      <header className="quotes-header">
        <h2 id="pane-quotes-title" className="pane-title">{t('panes.quotes')}</h2>
        <span className="quotes-summary" role="status">
          {model.items === null ? t('quotes.analysing') : t('quotes.summary', { suggested: suggestions.length, confirmed: confirmed.length })}
          {model.analysing && model.items !== null && <span className="quotes-busy" aria-hidden="true"> ·</span>}
        </span>
        <span className="quotes-tools">
          <button type="button" className="primary" disabled={suggestions.length === 0} onClick={() => void accept(suggestions)}>
            {t('quotes.acceptAll')}
          </button>
          <button type="button" className="help-button" onClick={onHelp} aria-label={t('quotes.shortcuts')} title={t('quotes.shortcutsHint')} aria-keyshortcuts="?">
            ?
          </button>
        </span>
      </header>
      {error && (
        <p role="alert" className="error quotes-error">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => setError(null)} aria-label={t('quotes.close')}>×</button>
        </p>
      )}
      {model.restarted && (
        <p role="status" className="quotes-restarted">
          {t('quotes.restarted')}{' '}
          <button type="button" className="link-button" onClick={model.dismissRestarted} aria-label={t('quotes.close')}>×</button>
        </p>
      )}
      {model.items !== null && items.length === 0 && !model.analysing && <EmptyState>{t('quotes.empty')}</EmptyState>}
      {all.length > 0 && (
        <ul className="quote-list" aria-label={t('quotes.list')} onFocus={() => (listFocused.current = true)} onBlur={onListBlur}>
          {all.map((item, index) => (
            <QuoteRow key={item.id} item={item} number={index + 1} active={activeId !== null && item.id === active?.id} tabbable={item.id === active?.id} actions={actions} />
          ))}
        </ul>
      )}
      {model.rejected.length > 0 && (
        <button type="button" className="link-button rejected-toggle" aria-expanded={showRejected} onClick={() => setShowRejected((value) => !value)}>
          {showRejected ? t('quotes.hideRejected') : t('quotes.showRejected', { count: model.rejected.length })}
        </button>
      )}
      {askReject && (
        <Dialog
          title={t('sync.confirmRejectTitle', { name: askReject.row?.confirmedBy })}
          onClose={() => closeDialog(() => setAskReject(null))}
          actions={
            <>
              <button type="button" onClick={() => closeDialog(() => setAskReject(null))}>{t('sync.cancel')}</button>
              <button
                type="button"
                className="danger"
                data-testid="confirm-reject"
                onClick={() => {
                  const item = askReject
                  closeDialog(() => setAskReject(null))
                  void reject(item)
                }}
              >
                {t('sync.confirmRejectAction')}
              </button>
            </>
          }
        >
          <p>{t('sync.confirmReject', { name: askReject.row?.confirmedBy })}</p>
          <blockquote className="quote-text">{askReject.text}</blockquote>
        </Dialog>
      )}
      {speakerItem && (
        <SpeakerDialog
          item={speakerItem}
          entities={model.entities}
          onError={onError}
          onClose={() => closeDialog(() => setSpeakerFor(null))}
          onChoose={(entity) => {
            closeDialog(() => setSpeakerFor(null))
            void model.setSpeaker(speakerItem, entity)
          }}
        />
      )}
    </div>
  )
}
