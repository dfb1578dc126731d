import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { STATUSES } from '../../core/status'
import { changedSinceVerdict, checkId, database, removeSource, type Check, type CheckStatus, type Source } from '../../db'
import { Dialog } from '../Dialog'
import { EmptyState } from '../EmptyState'
import type { QuoteItem } from '../quotes/items'
import { AttributionNote } from './AttributionNote'
import { AttributionFlag, StatusBadge, percent } from './badges'
import { VerdictAuthors } from './VerdictAuthors'
import { CompareDrawer, Drawer, SourceText } from './CompareDrawer'
import { quoteView, statusCounts, type Row } from './quoteViews'
import { SourceDialog } from './SourceDialog'
import { useChecksModel } from './ChecksModel'
import { rovingArrows } from './roving'
import type { ChecksModel } from './useChecks'
import { CheckViewTabs, type CheckView } from './translation/CheckViewTabs'
import { TranslationView } from './translation/TranslationView'
import './checks.css'

export function ChecksPane({ articleId, onCount }: { articleId: string | null; onCount?: (count: number | undefined) => void }) {
  const { t } = useTranslation()
  const [view, setView] = useState<CheckView>('quotes')
  const model = useChecksModel()
  const checked = model?.quotes?.length
  useEffect(() => onCount?.(checked), [onCount, checked])
  return (
    <section className="pane checks-pane" data-testid="pane-checks" aria-labelledby="pane-checks-title">
      {articleId ? (
        <>
          <CheckViewTabs view={view} onChange={setView} />
          {/* The quotes view stays mounted: it keeps the embedded sources in line with the text. */}
          <div className="checks-view-slot" hidden={view !== 'quotes'}>
            {model ? <ChecksView key={articleId} articleId={articleId} model={model} /> : <p className="empty-state">{t('checks.checking')}</p>}
          </div>
          {view === 'translation' && <TranslationView key={articleId} articleId={articleId} />}
        </>
      ) : (
        <>
          <h2 id="pane-checks-title" className="pane-title">{t('panes.checks')}</h2>
          <EmptyState>{t('panes.checksEmpty')}</EmptyState>
        </>
      )}
    </section>
  )
}

type Open = { kind: 'compare'; quoteId: string; sourceId: string } | { kind: 'source'; sourceId: string } | { kind: 'add' } | { kind: 'edit'; sourceId: string } | { kind: 'remove'; sourceId: string }

function ChecksView({ articleId, model }: { articleId: string; model: ChecksModel }) {
  const { t } = useTranslation()
  const db = database()
  const [statusFilter, setStatusFilter] = useState<CheckStatus | null>(null)
  const [sourceFilter, setSourceFilter] = useState<string | null>(null)
  const [open, setOpen] = useState<Open | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  // A failed round's message, once closed, stays closed until a round fails differently.
  const [closedFailure, setClosedFailure] = useState<string | null>(null)
  const list = useRef<HTMLUListElement>(null)
  // A closed drawer hands the keyboard back to the check that opened it.
  const closeCompare = () => {
    const opened = open?.kind === 'compare' ? open : null
    setOpen(null)
    if (opened) requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-testid="check-item"][data-quote-id="${CSS.escape(opened.quoteId)}"][data-source-id="${CSS.escape(opened.sourceId)}"] .check-open`)?.focus())
  }
  // J/K and the arrows move between checks; Enter opens one (it is a button).
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !(event.target instanceof HTMLElement) || !event.target.classList.contains('check-open')) return
    const step = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[event.key]
    if (!step) return
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>('.check-open') ?? [])]
    const next = buttons[buttons.indexOf(event.target) + step]
    if (!next) return
    event.preventDefault()
    next.focus()
  }
  const { sources, checks, entities } = model
  const quotes = useMemo(() => model.quotes ?? [], [model.quotes])

  const entityName = (id: string | null) => (id ? entities.find((entity) => entity.id === id)?.name ?? null : null)
  const sourceById = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources])
  const shownSources = sourceFilter && sourceById.has(sourceFilter) ? sources.filter((source) => source.id === sourceFilter) : sources

  // Each quote judged once, by its best match among the sources shown: the chips count what the rows show.
  const views = useMemo(() => quotes.map((quote) => quoteView(quote, shownSources, checks)), [quotes, shownSources, checks])
  const counts = useMemo(() => statusCounts(views), [views])
  const groups = views.filter((view) => view.main.length + view.elsewhere.length > 0 && (!statusFilter || view.status === statusFilter))

  const speakerOf = (quote: QuoteItem) => quote.speaker

  const compared = open?.kind === 'compare' ? { quote: quotes.find((quote) => quote.id === open.quoteId), source: sourceById.get(open.sourceId) } : null
  const viewed = open?.kind === 'source' ? sourceById.get(open.sourceId) : undefined
  const edited = open?.kind === 'edit' ? sourceById.get(open.sourceId) : undefined
  const removing = open?.kind === 'remove' ? sourceById.get(open.sourceId) : undefined
  const failure = model.error !== null && model.error !== closedFailure ? t('checks.failed', { message: model.error }) : null
  const error = actionError ?? failure
  const closeError = () => (actionError !== null ? setActionError(null) : setClosedFailure(model.error))

  return (
    <div className="checks-view">
      <header className="checks-header">
        <h2 id="pane-checks-title" className="pane-title">{t('panes.checks')}</h2>
        <span className="checks-summary" role="status">
          {model.quotes === null ? t('checks.checking') : t('checks.quotesCount', { count: quotes.length })}
          {model.busy && model.quotes !== null && <span className="checks-busy"> · {t('checks.checking')}</span>}
        </span>
      </header>
      {error && (
        <p role="alert" className="error checks-error">
          {error}{' '}
          <button type="button" className="link-button" onClick={closeError} aria-label={t('checks.close')}>×</button>
        </p>
      )}

      {model.restarted && <p role="status" className="checks-restarted">{t('checks.restarted')}</p>}

      <div className="checks-sources">
        <div className="checks-sources-head">
          <h3 id="checks-sources-title" className="pane-subtitle">{t('checks.sources.heading')}</h3>
          <button type="button" className="add-source" onClick={() => setOpen({ kind: 'add' })}>
            <span aria-hidden="true">+</span> {t('checks.sources.add')}
          </button>
        </div>
        {sources.length > 0 && (
          <ul className="source-rows" aria-label={t('checks.sources.list')}>
            {sources.map((source) => (
              <SourceRow
                key={source.id}
                source={source}
                author={entityName(source.author)}
                onView={() => setOpen({ kind: 'source', sourceId: source.id })}
                onEdit={() => setOpen({ kind: 'edit', sourceId: source.id })}
                onRemove={() => setOpen({ kind: 'remove', sourceId: source.id })}
              />
            ))}
          </ul>
        )}
      </div>

      {sources.length === 0 ? (
        <EmptyState>{t('checks.noSources')}</EmptyState>
      ) : model.quotes !== null && quotes.length === 0 ? (
        <EmptyState>{t('checks.noQuotes')}</EmptyState>
      ) : (
        <>
          <div className="checks-filters" role="group" aria-label={t('checks.filters')}>
            <div className="status-filters" role="group" aria-label={t('checks.filterStatus')} onKeyDown={rovingArrows}>
              <button type="button" className="status-filter" aria-pressed={statusFilter === null} tabIndex={statusFilter === null ? 0 : -1} onClick={() => setStatusFilter(null)}>
                {t('checks.allStatuses')} <span className="count">{quotes.length}</span>
              </button>
              {/* A status no quote has is no filter: its chip goes, unless it is the one chosen. */}
              {STATUSES.filter((status) => counts[status] > 0 || statusFilter === status).map((status) => (
                <button
                  key={status}
                  type="button"
                  className={`status-filter status-${status}`}
                  aria-pressed={statusFilter === status}
                  tabIndex={statusFilter === status ? 0 : -1}
                  data-status={status}
                  onClick={() => setStatusFilter((current) => (current === status ? null : status))}
                >
                  {t(`checks.status.${status}`)} <span className="count">{counts[status]}</span>
                </button>
              ))}
            </div>
            {sources.length > 1 && (
              <label className="source-filter">
                {t('checks.filterSource')}
                <select value={sourceFilter ?? ''} onChange={(event) => setSourceFilter(event.target.value || null)}>
                  <option value="">{t('checks.allSources')}</option>
                  {sources.map((source) => (
                    <option key={source.id} value={source.id}>{source.title}</option>
                  ))}
                </select>
              </label>
            )}
          </div>
          {groups.length === 0 && quotes.length > 0 && <EmptyState>{t('checks.noMatches')}</EmptyState>}
          <ul ref={list} className="check-quotes" aria-label={t('checks.list')} onKeyDown={onListKey}>
            {groups.map(({ quote, main, elsewhere, attributed }, groupIndex) => {
              const row = (result: Row, index: number, elsewhere = false) => (
                <CheckRow
                  first={groupIndex === 0 && index === 0}
                  elsewhere={elsewhere}
                  key={result.source.id}
                  quote={quote}
                  source={result.source}
                  check={result.check}
                  attributed={attributed}
                  active={open?.kind === 'compare' && open.quoteId === quote.id && open.sourceId === result.source.id}
                  onOpen={() => setOpen({ kind: 'compare', quoteId: quote.id, sourceId: result.source.id })}
                />
              )
              return (
                <li key={quote.id} className="check-quote">
                  <p className="check-quote-text">{quote.kind === 'indirect' ? quote.text : `“${quote.text}”`}</p>
                  {/* The results first, under the words they judge; who said it and the attribution after. */}
                  <ul className="check-results">{main.map((result, index) => row(result, index))}</ul>
                  <div className="check-quote-head">
                    <p className="check-quote-meta">
                      <span>
                        {t('checks.speaker')}: <strong>{speakerOf(quote) ?? t('checks.noSpeaker')}</strong>
                      </span>
                      {quote.state === 'suggested' && <span className="check-suggested">{t('checks.suggested')}</span>}
                    </p>
                    {attributed?.attribution && attributed.attributionReason && (
                      <AttributionNote
                        attribution={attributed.attribution}
                        reason={attributed.attributionReason}
                        speakerId={quote.row?.speaker ?? null}
                        onError={(message) => setActionError(t('checks.failed', { message }))}
                      />
                    )}
                  </div>
                  {elsewhere.length > 0 && (
                    <div className="check-elsewhere">
                      <p className="check-elsewhere-title">{t('checks.elsewhere', { count: elsewhere.length })}</p>
                      <ul className="check-results quiet">{elsewhere.map((result) => row(result, -1, true))}</ul>
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}

      {open?.kind === 'add' && <SourceDialog articleId={articleId} entities={entities} defaultLanguage="sq" onClose={() => setOpen(null)} />}
      {edited && <SourceDialog articleId={articleId} source={edited} entities={entities} defaultLanguage={edited.language} onClose={() => setOpen(null)} />}
      {removing && (
        <Dialog
          title={t('checks.sources.removeTitle')}
          onClose={() => setOpen(null)}
          actions={
            <>
              <button type="button" onClick={() => setOpen(null)} autoFocus>{t('checks.sources.cancel')}</button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setOpen(null)
                  removeSource(db, removing.id).catch((failure: unknown) => setActionError(t('checks.failed', { message: failure instanceof Error ? failure.message : String(failure) })))
                }}
              >
                {t('checks.sources.confirmRemove')}
              </button>
            </>
          }
        >
          <p>{t('checks.sources.removeBody', { title: removing.title })}</p>
        </Dialog>
      )}
      {viewed && (
        <Drawer title={viewed.title} onClose={() => setOpen(null)}>
          <SourceText source={viewed} span={null} />
        </Drawer>
      )}
      {compared?.quote && compared.source && (
        <CompareDrawer
          item={compared.quote}
          source={compared.source}
          check={checks.get(checkId(compared.quote.id, compared.source.id))}
          speaker={speakerOf(compared.quote)}
          author={entityName(compared.source.author)}
          onClose={closeCompare}
          onError={(message) => setActionError(t('checks.failed', { message }))}
        />
      )}
    </div>
  )
}

interface SourceRowProps {
  source: Source
  author: string | null
  onView: () => void
  onEdit: () => void
  onRemove: () => void
}

function SourceRow({ source, author, onView, onEdit, onRemove }: SourceRowProps) {
  const { t } = useTranslation()
  const language = ['sq', 'en', 'ru', 'uk'].includes(source.language) ? t(`checks.sources.languages.${source.language as 'sq'}`) : source.language
  return (
    <li className={`source-row origin-${source.origin}`}>
      <button type="button" className="source-title" data-testid="source-item" data-source-id={source.id} data-origin={source.origin} onClick={onView} title={t('checks.sources.viewLabel', { title: source.title })}>
        {source.title}
      </button>
      <span className="source-meta">
        {author ?? t('checks.sources.noAuthor')} · {language} · {t(`checks.sources.origin.${source.origin}`)}
      </span>
      <span className="source-tools">
        <button type="button" onClick={onEdit} aria-label={t('checks.sources.editLabel', { title: source.title })}>{t('checks.sources.edit')}</button>
        {source.origin !== 'embedded' && (
          <button type="button" className="remove" onClick={onRemove} aria-label={t('checks.sources.removeLabel', { title: source.title })}>{t('checks.sources.remove')}</button>
        )}
      </span>
    </li>
  )
}

function CheckRow({ quote, source, check, attributed, active, first, elsewhere, onOpen }: { quote: QuoteItem; source: Source; check: Check | undefined; attributed: Check | undefined; active: boolean; first: boolean; elsewhere: boolean; onOpen: () => void }) {
  const { t } = useTranslation()
  const current = check
  const changed = current ? changedSinceVerdict(current, quote.text) : false
  // The attribution belongs to the quote and its best match: only that row carries the flag.
  const best = current !== undefined && current.status !== 'not-found' && attributed?.attributionSource === source.id
  // A source the quote was never expected in: not being there is no error.
  const quiet = current?.status === 'not-found' && (elsewhere || (!current.ownSource && attributed?.attributionSource !== undefined && attributed.attributionSource !== null))
  return (
    <li
      data-testid="check-item"
      data-quote-id={quote.id}
      data-source-id={source.id}
      data-status={current?.status ?? 'pending'}
      data-attribution={current?.attribution ?? undefined}
      data-best={best || undefined}
      data-verdict={current?.verdict ?? undefined}
      data-changed-since-verdict={changed || undefined}
      className={`check-item ${quiet ? 'quiet' : `status-${current?.status ?? 'pending'}`}${active ? ' active' : ''}`}
    >
      <button
        type="button"
        className="check-open"
        data-pane-focus={first || undefined}
        aria-expanded={active}
        onClick={onOpen}
        aria-label={current ? t('checks.resultLabel', { status: t(`checks.status.${current.status}`), source: source.title, percent: percent(current.score) }) : `${t('checks.pending')}: ${source.title}`}
      >
        {quiet ? (
          <span className="status-badge status-absent">{t('checks.absent')}</span>
        ) : current ? (
          <StatusBadge status={current.status} />
        ) : (
          <span className="status-badge status-pending">{t('checks.pending')}</span>
        )}
        {current && !quiet && <span className="check-score">{t('checks.score', { percent: percent(current.score) })}</span>}
        <span className="check-source">{source.title}</span>
        {best && current.attribution && <AttributionFlag attribution={current.attribution} compact />}
      </button>
      {(Boolean(current?.verdict) || changed || Boolean(current?.verdictHistory?.length)) && (
        <span className="check-verdict-line">
          {current?.verdict && <span className={`verdict-badge verdict-${current.verdict}`}>{t('checks.verdictShort', { verdict: t(`checks.verdicts.${current.verdict}`) })}</span>}
          {changed && <span className="changed-badge">⚠ {t('checks.changedSinceVerdict')}</span>}
          {current && <VerdictAuthors check={current} />}
        </span>
      )}
    </li>
  )
}
