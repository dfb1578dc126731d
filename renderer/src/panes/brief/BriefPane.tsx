import { useEffect, useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { assessmentOf, briefLabels, flagOf, type BriefLanguage, type BriefNote, type LiveQuote, type PageSize, type PlacedQuote } from '../../core/brief'
import { database, getSetting, setSetting } from '../../db'
import { Dialog } from '../Dialog'
import { EmptyState } from '../EmptyState'
import { exportClaimReview, exportMarkdown, exportPdf, type ExportOutcome } from './exportBrief'
import { LedeEditor } from './LedeEditor'
import { moved, ReorderList } from './ReorderList'
import { useBrief } from './useBrief'
import './brief.css'

interface PaneProps {
  articleId: string | null
  /** How many quotes the brief exports, for its tab; undefined while unknown. */
  onCount?: (count: number | undefined) => void
}

export function BriefPane({ articleId, onCount }: PaneProps) {
  const { t } = useTranslation()
  if (!articleId) {
    return (
      <section className="pane" data-testid="pane-brief" aria-labelledby="pane-brief-title">
        <h2 id="pane-brief-title" className="pane-title">{t('panes.brief')}</h2>
        <EmptyState>{t('panes.briefEmpty')}</EmptyState>
      </section>
    )
  }
  return <BriefEditor key={articleId} articleId={articleId} onCount={onCount} />
}

type Busy = 'markdown' | 'pdf' | 'claimreview' | null
interface Message {
  kind: 'info' | 'error'
  text: string
}

function BriefEditor({ articleId, onCount }: { articleId: string; onCount?: (count: number | undefined) => void }) {
  const { t, i18n } = useTranslation()
  const db = database()
  const language: BriefLanguage = i18n.language === 'en' ? 'en' : 'sq'
  const { brief, live, omissions, busy: checking, loadError, saveState, saveError, update, storeComposed, redraft } = useBrief(articleId, language)
  const newsroom = useLiveQuery(async () => (await getSetting(db, 'newsroom')) ?? '', [db])
  const [busy, setBusy] = useState<Busy>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [confirmRedraft, setConfirmRedraft] = useState(false)
  const [askNewsroom, setAskNewsroom] = useState(false)
  const ids = useId()
  const exported = live?.model.quotes.filter((q) => q.included).length
  useEffect(() => onCount?.(exported), [onCount, exported])

  const say = (outcome: ExportOutcome) => {
    switch (outcome.kind) {
      case 'saved':
        return setMessage({ kind: 'info', text: outcome.web || !outcome.path ? t('brief.downloaded', { name: outcome.name }) : t('brief.savedTo', { path: outcome.path }) })
      case 'print-opened':
        return setMessage({ kind: 'info', text: t('brief.printOpened') })
      case 'cancelled':
        return setMessage({ kind: 'info', text: t('brief.cancelled') })
      case 'failed':
        return setMessage({ kind: 'error', text: t('brief.failed', { reason: t(`brief.reasons.${outcome.reason}`, { message: outcome.message }) }) })
    }
  }

  const run = async (kind: Exclude<Busy, null>, name = newsroom ?? '') => {
    if (!brief || !live || busy) return
    if (kind === 'claimreview' && name.trim() === '') return setAskNewsroom(true)
    setBusy(kind)
    setMessage({ kind: 'info', text: t(kind === 'markdown' ? 'brief.exportingMarkdown' : kind === 'pdf' ? 'brief.exportingPdf' : 'brief.exportingClaimReview') })
    try {
      // The print view reads the stored brief: it must have the last edit and the checks as they are.
      await storeComposed()
      if (kind === 'markdown') say(await exportMarkdown(live.model))
      else if (kind === 'pdf') say(await exportPdf(brief.id, live.model, brief.pageSize))
      else say(await exportClaimReview(live.model, name))
    } finally {
      setBusy(null)
    }
  }

  const ready = brief !== null && live !== null
  const header = (
    <div className="brief-header">
      <h2 id="pane-brief-title" className="pane-title">{t('panes.brief')}</h2>
      {brief && (
        <div className="brief-export" role="group" aria-label={t('brief.export')}>
          <button type="button" data-testid="export-markdown" aria-busy={busy === 'markdown'} disabled={busy !== null || !ready} onClick={() => void run('markdown')}>
            {busy === 'markdown' && <span className="spinner" aria-hidden="true" />}
            {t('brief.exportMarkdown')}
          </button>
          <button type="button" data-testid="export-pdf" aria-busy={busy === 'pdf'} disabled={busy !== null || !ready} onClick={() => void run('pdf')}>
            {busy === 'pdf' && <span className="spinner" aria-hidden="true" />}
            {t('brief.exportPdf')}
          </button>
          <button type="button" data-testid="export-claimreview" aria-busy={busy === 'claimreview'} disabled={busy !== null || !ready} onClick={() => void run('claimreview')} title={t('brief.claimReviewHint')}>
            {busy === 'claimreview' && <span className="spinner" aria-hidden="true" />}
            {t('brief.exportClaimReview')}
          </button>
        </div>
      )}
      <p className={`brief-status ${message?.kind === 'error' ? 'error' : ''}`} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  )

  if (!brief || !live) {
    return (
      <section className="pane brief-pane" data-testid="pane-brief" data-brief-id={brief?.id} aria-labelledby="pane-brief-title" aria-busy={!loadError}>
        {header}
        {loadError ? <p role="alert" className="brief-status error">{t('brief.loadFailed', { message: loadError })}</p> : <p className="empty-state">{brief && checking ? t('brief.checking') : t('brief.loading')}</p>}
      </section>
    )
  }

  const { model } = live
  const labels = briefLabels(brief.language)
  const setPlaced = (change: (quotes: PlacedQuote[]) => PlacedQuote[]) => update((b) => ({ ...b, quotes: change(live.overrides.quotes) }))
  const setQuote = (key: string, change: (quote: PlacedQuote) => PlacedQuote) => setPlaced((quotes) => quotes.map((q) => (q.key === key ? change(q) : q)))
  const setNotes = (change: (notes: BriefNote[]) => BriefNote[]) => update((b) => ({ ...b, notes: change(live.overrides.notes) }))
  const setNote = (id: string, text: string) => setNotes((notes) => notes.map((n) => (n.id === id ? { ...n, text } : n)))
  const addNote = (quoteKey: string | null) => setNotes((notes) => [...notes, { id: crypto.randomUUID(), text: '', quoteKey }])
  const removeNote = (id: string) => setNotes((notes) => notes.filter((n) => n.id !== id))
  const general = live.overrides.notes.filter((n) => n.quoteKey === null)
  const keyPoints = model.keyPoints
  const setKeyPoints = (change: (points: string[]) => string[]) => update((b) => ({ ...b, keyPoints: change(b.keyPoints ?? keyPoints) }))

  return (
    <section className="pane brief-pane" data-testid="pane-brief" data-brief-id={brief.id} aria-labelledby="pane-brief-title">
      {header}
      <p className="brief-visually-hidden" role="status" aria-live="polite">{announcement}</p>

      <div className="brief-field">
        <div className="brief-field-head">
          <label htmlFor={`${ids}-headline`}>{t('brief.headline')}</label>
          {brief.headline !== null && (
            <button type="button" className="link-button brief-reset" onClick={() => update((b) => ({ ...b, headline: null }))}>{t('brief.useDraft')}</button>
          )}
        </div>
        <textarea
          id={`${ids}-headline`}
          className="brief-headline"
          rows={1}
          data-pane-focus
          value={model.headline}
          placeholder={t('brief.headlinePrompt')}
          aria-describedby={model.headline === '' ? `${ids}-headline-prompt` : undefined}
          onChange={(event) => update((b) => ({ ...b, headline: event.target.value.replace(/\n/g, ' ') }))}
        />
        {model.headline === '' && <p id={`${ids}-headline-prompt`} className="brief-hint">{t('brief.headlinePromptDetail')}</p>}
      </div>

      <div className="brief-field">
        <div className="brief-field-head">
          <span className="brief-label" onClick={() => document.getElementById(`${ids}-lede`)?.focus()}>{t('brief.lede')}</span>
          {brief.ledeState !== null && (
            <button type="button" className="link-button brief-reset" onClick={() => update((b) => ({ ...b, lede: null, ledeState: null }))}>{t('brief.useDraft')}</button>
          )}
        </div>
        <LedeEditor
          id={`${ids}-lede`}
          label={t('brief.lede')}
          hint={t('brief.ledeHint')}
          state={brief.ledeState}
          value={model.lede}
          onChange={(ledeState, lede) => {
            if (ledeState !== brief.ledeState) update((b) => ({ ...b, ledeState, lede }))
          }}
          onError={(error) => setMessage({ kind: 'error', text: error.message })}
        />
      </div>

      <div className="brief-section" role="group" aria-labelledby={`${ids}-points`}>
        <div className="brief-field-head">
          <h3 id={`${ids}-points`} className="pane-subtitle">{t('brief.keyPoints')}</h3>
          <span className="brief-head-tools">
            {brief.keyPoints !== null && (
              <button type="button" className="link-button brief-reset" onClick={() => update((b) => ({ ...b, keyPoints: null }))}>{t('brief.useDraft')}</button>
            )}
            <button type="button" className="link-button brief-reset" onClick={() => setKeyPoints((points) => [...points, ''])}>
              {t('brief.addKeyPoint')}
            </button>
          </span>
        </div>
        <ReorderList
          items={keyPoints}
          keyOf={(_, index) => String(index)}
          nameOf={(_, index) => t('brief.keyPoint', { number: index + 1 })}
          onMove={(from, to) => setKeyPoints((points) => moved(points, from, to))}
          onAnnounce={setAnnouncement}
          testId="brief-key-points"
          render={(point, index) => (
            <div className="brief-point">
              <textarea
                rows={1}
                value={point}
                aria-label={t('brief.keyPoint', { number: index + 1 })}
                onChange={(event) => setKeyPoints((points) => points.map((p, i) => (i === index ? event.target.value : p)))}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('brief.removeLabel', { item: t('brief.keyPoint', { number: index + 1 }) })}
                title={t('brief.remove')}
                onClick={() => setKeyPoints((points) => points.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </div>
          )}
        />
      </div>

      <div className="brief-section" role="group" aria-labelledby={`${ids}-quotes`}>
        <h3 id={`${ids}-quotes`} className="pane-subtitle">{labels.quotes}</h3>
        {live.quotes.length === 0 && <p className="empty-state">{t('brief.noQuotes')}</p>}
        <ReorderList
          items={live.quotes}
          keyOf={(q) => q.key}
          nameOf={(_, index) => t('brief.quote', { number: index + 1 })}
          onMove={(from, to) => setPlaced((quotes) => moved(quotes, from, to))}
          onAnnounce={setAnnouncement}
          testId="brief-quotes"
          itemClassName={(q) => `brief-quote brief-check-${assessmentOf(q)} ${q.included ? '' : 'excluded'} ${q.gone ? 'gone' : ''}`}
          render={(quote, index) => (
            <QuoteCard
              quote={quote}
              number={index + 1}
              language={brief.language}
              notes={live.overrides.notes.filter((n) => n.quoteKey === quote.key)}
              onInclude={(included) => setQuote(quote.key, (q) => ({ ...q, included }))}
              onLine={(text) => setQuote(quote.key, (q) => ({ ...q, line: { text, basis: quote.autoLine } }))}
              onResetLine={() => setQuote(quote.key, (q) => ({ ...q, line: null }))}
              onKeepWords={() => setQuote(quote.key, (q) => ({ ...q, text: quote.text }))}
              onForget={() => {
                setNotes((notes) => notes.filter((n) => n.quoteKey !== quote.key))
                setPlaced((quotes) => quotes.filter((q) => q.key !== quote.key))
              }}
              onNote={setNote}
              onAddNote={() => addNote(quote.key)}
              onRemoveNote={removeNote}
            />
          )}
        />
      </div>

      <div className="brief-section" role="group" aria-labelledby={`${ids}-notes`}>
        <h3 id={`${ids}-notes`} className="pane-subtitle">{t('brief.notes')}</h3>
        {general.map((note, index) => (
          <NoteField key={note.id} note={note} label={t('brief.generalNote', { number: index + 1 })} onChange={setNote} onRemove={removeNote} />
        ))}
        <button type="button" className="brief-add" onClick={() => addNote(null)}>{t('brief.addNote')}</button>
      </div>

      {omissions.some((o) => o.sentences.length > 0) && (
        <div className="brief-section" role="group" aria-labelledby={`${ids}-omissions`} data-testid="brief-omissions">
          <h3 id={`${ids}-omissions`} className="pane-subtitle">{labels.omissions}</h3>
          <label className="brief-include">
            <input type="checkbox" checked={brief.omissions} onChange={(event) => update((b) => ({ ...b, omissions: event.target.checked }))} />
            {t('brief.includeOmissions')}
          </label>
          {brief.omissions &&
            omissions.filter((o) => o.sentences.length > 0).map((omission) => (
              <div key={omission.sourceTitle} className="brief-omission">
                <p className="brief-muted">{labels.omissionsIntro(omission.sourceTitle)}</p>
                <ul>
                  {omission.sentences.map((sentence) => (
                    <li key={sentence} lang={omission.language}>{sentence}</li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      )}

      <div className="brief-section" role="group" aria-labelledby={`${ids}-sources`}>
        <h3 id={`${ids}-sources`} className="pane-subtitle">{labels.sources}</h3>
        {model.sources.length === 0 ? (
          <p className="empty-state">{t('brief.noSources')}</p>
        ) : (
          <ul className="brief-sources">
            {model.sources.map((s) => (
              <li key={s.id}>
                {s.title}
                {s.author && <span className="brief-muted"> · {s.author}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="brief-footer">
        <span className={`brief-save ${saveState === 'failed' ? 'error' : ''}`} role={saveState === 'failed' ? 'alert' : undefined}>
          {saveState === 'failed' ? t('brief.saveFailed', { message: saveError ?? '' }) : saveState === 'saving' ? t('brief.saving') : t('brief.saved')}
        </span>
        <button type="button" className="link-button" onClick={() => setAskNewsroom(true)}>
          {newsroom ? t('brief.newsroomIs', { name: newsroom }) : t('brief.newsroomSet')}
        </button>
        <label className="brief-page-size">
          <span>{t('brief.pageSize')}</span>
          <select value={brief.pageSize} onChange={(event) => update((b) => ({ ...b, pageSize: event.target.value as PageSize }))}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <button type="button" onClick={() => setConfirmRedraft(true)}>{t('brief.redraft')}</button>
      </div>

      {confirmRedraft && (
        <Dialog
          title={t('brief.redraftTitle')}
          onClose={() => setConfirmRedraft(false)}
          actions={
            <>
              <button type="button" onClick={() => setConfirmRedraft(false)}>{t('brief.cancel')}</button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirmRedraft(false)
                  redraft().catch((error: unknown) => setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) }))
                }}
              >
                {t('brief.redraft')}
              </button>
            </>
          }
        >
          <p>{t('brief.redraftConfirm')}</p>
        </Dialog>
      )}
      {askNewsroom && (
        <NewsroomDialog
          current={newsroom ?? ''}
          onClose={() => setAskNewsroom(false)}
          onSave={(name) => {
            setAskNewsroom(false)
            setSetting(db, 'newsroom', name).then(
              () => void run('claimreview', name),
              (error: unknown) => setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
            )
          }}
        />
      )}
    </section>
  )
}

function NewsroomDialog({ current, onClose, onSave }: { current: string; onClose: () => void; onSave: (name: string) => void }) {
  const { t } = useTranslation()
  const [name, setName] = useState(current)
  const id = useId()
  return (
    <Dialog
      title={t('brief.newsroomTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>{t('brief.cancel')}</button>
          <button type="submit" form={id} className="primary" disabled={name.trim() === ''}>{t('brief.newsroomSave')}</button>
        </>
      }
    >
      <form
        id={id}
        className="stacked"
        onSubmit={(event) => {
          event.preventDefault()
          if (name.trim() !== '') onSave(name.trim())
        }}
      >
        <label className="stacked">
          {t('brief.newsroomLabel')}
          <input value={name} onChange={(event) => setName(event.target.value)} autoFocus maxLength={200} />
        </label>
        <p className="brief-hint">{t('brief.newsroomHint')}</p>
      </form>
    </Dialog>
  )
}

interface QuoteCardProps {
  quote: LiveQuote
  number: number
  language: BriefLanguage
  notes: BriefNote[]
  onInclude: (included: boolean) => void
  onLine: (text: string) => void
  onResetLine: () => void
  onKeepWords: () => void
  onForget: () => void
  onNote: (id: string, text: string) => void
  onAddNote: () => void
  onRemoveNote: (id: string) => void
}

function QuoteCard({ quote, number, language, notes, onInclude, onLine, onResetLine, onKeepWords, onForget, onNote, onAddNote, onRemoveNote }: QuoteCardProps) {
  const { t } = useTranslation()
  const id = useId()
  // The same words the exported brief uses for statuses and verdicts.
  const labels = briefLabels(language)
  const flag = flagOf(quote)
  const assessment = assessmentOf(quote)
  return (
    <div
      className={`brief-quote-card${flag ? ` flag-${flag}` : ''}`}
      data-testid="brief-quote"
      data-quote-id={quote.key}
      data-status={quote.status}
      data-verdict={quote.verdict ?? undefined}
      data-attribution={quote.gone ? undefined : quote.attribution}
      data-included={quote.included}
      data-gone={quote.gone || undefined}
    >
      {flag && <p className="brief-flag">⚠ {labels.verdicts[flag]}</p>}
      {quote.gone ? (
        <p className="brief-warning">{t('brief.gone')}</p>
      ) : (
        <label className="brief-include">
          <input type="checkbox" checked={quote.included} onChange={(event) => onInclude(event.target.checked)} aria-describedby={`${id}-text`} />
          {t('brief.include')}
        </label>
      )}
      <blockquote id={`${id}-text`} className="brief-quote-text" lang="sq">„{quote.text}“</blockquote>
      {quote.placedText !== null && (
        <p className="brief-warning" role="note">
          {t('brief.wordsChanged', { text: quote.placedText })}{' '}
          <button type="button" className="link-button" onClick={onKeepWords}>{t('brief.keepWords')}</button>
        </p>
      )}
      {!quote.gone && (
        <p className="brief-quote-meta">
          <span className="brief-speaker">{quote.speaker ?? t('brief.noSpeaker')}</span>
          <span className={`brief-badge brief-check-${assessment}`}>{quote.pending ? t('brief.pending') : labels.status[assessment]}</span>
          {quote.verdict && !flag && <span className="brief-badge verdict">{labels.verdicts[quote.verdict]}</span>}
        </p>
      )}
      {quote.passage && (
        <p className="brief-passage">
          <span className="brief-muted">{t('brief.inSource', { source: quote.sourceTitle ?? '' })}:</span> <span lang="sq">«{quote.passage}»</span>
        </p>
      )}
      {quote.verdict && quote.verdictNote && (
        <p className="brief-verdict-note">
          <span className="brief-muted">{labels.verdict}:</span> {quote.verdictNote}
        </p>
      )}
      <div className="brief-note">
        <textarea rows={2} value={quote.line} aria-label={t('brief.noteFor', { number })} onChange={(event) => onLine(event.target.value)} />
        {quote.lineEdited && !quote.gone && (
          <button type="button" className="icon-button" aria-label={t('brief.resetLineLabel', { number })} title={t('brief.resetLine')} onClick={onResetLine}>
            ↺
          </button>
        )}
      </div>
      {quote.lineOutdated && (
        <p className="brief-warning" role="note">
          {t('brief.lineOutdated', { text: quote.autoLine })}
        </p>
      )}
      {notes.map((note, i) => (
        <NoteField key={note.id} note={note} label={`${t('brief.extraNoteFor', { number })}${notes.length > 1 ? ` (${i + 1})` : ''}`} onChange={onNote} onRemove={onRemoveNote} />
      ))}
      <div className="brief-card-actions">
        {!quote.gone && <button type="button" className="brief-add" onClick={onAddNote}>{t('brief.addNote')}</button>}
        {quote.gone && <button type="button" className="brief-add" onClick={onForget}>{t('brief.forget')}</button>}
      </div>
    </div>
  )
}

function NoteField({ note, label, onChange, onRemove }: { note: BriefNote; label: string; onChange: (id: string, text: string) => void; onRemove: (id: string) => void }) {
  const { t } = useTranslation()
  return (
    <div className="brief-note">
      <textarea rows={2} value={note.text} aria-label={label} onChange={(event) => onChange(note.id, event.target.value)} />
      <button type="button" className="icon-button" aria-label={t('brief.removeLabel', { item: label })} title={t('brief.remove')} onClick={() => onRemove(note.id)}>
        ×
      </button>
    </div>
  )
}
