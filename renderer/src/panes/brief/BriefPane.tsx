import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { briefLabels, type BriefLanguage, type BriefNote, type BriefQuote, type PageSize } from '../../core/brief'
import { Dialog } from '../Dialog'
import { EmptyState } from '../EmptyState'
import { exportMarkdown, exportPdf, type ExportOutcome } from './exportBrief'
import { LedeEditor } from './LedeEditor'
import { moved, ReorderList } from './ReorderList'
import { useBrief } from './useBrief'
import './brief.css'

export function BriefPane({ articleId }: { articleId: string | null }) {
  const { t } = useTranslation()
  if (!articleId) {
    return (
      <section className="pane" data-testid="pane-brief" aria-labelledby="pane-brief-title">
        <h2 id="pane-brief-title" className="pane-title">{t('panes.brief')}</h2>
        <EmptyState>{t('panes.briefEmpty')}</EmptyState>
      </section>
    )
  }
  return <BriefEditor key={articleId} articleId={articleId} />
}

type Busy = 'markdown' | 'pdf' | null
interface Message {
  kind: 'info' | 'error'
  text: string
}

function BriefEditor({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation()
  const language: BriefLanguage = i18n.language === 'en' ? 'en' : 'sq'
  const { brief, loadError, saveState, saveError, update, flush, redraft } = useBrief(articleId, language)
  const [busy, setBusy] = useState<Busy>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [confirmRedraft, setConfirmRedraft] = useState(false)
  const ids = useId()

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

  const run = async (kind: Exclude<Busy, null>) => {
    if (!brief || busy) return
    setBusy(kind)
    setMessage({ kind: 'info', text: kind === 'markdown' ? t('brief.exportingMarkdown') : t('brief.exportingPdf') })
    try {
      // The print view reads the stored brief: it must have the last edit.
      await flush()
      say(kind === 'markdown' ? await exportMarkdown(brief) : await exportPdf(brief))
    } finally {
      setBusy(null)
    }
  }

  const header = (
    <div className="brief-header">
      <h2 id="pane-brief-title" className="pane-title">{t('panes.brief')}</h2>
      {brief && (
        <div className="brief-export" role="group" aria-label={t('brief.export')}>
          <button type="button" data-testid="export-markdown" aria-busy={busy === 'markdown'} disabled={busy !== null} onClick={() => void run('markdown')}>
            {busy === 'markdown' && <span className="spinner" aria-hidden="true" />}
            {t('brief.exportMarkdown')}
          </button>
          <button type="button" data-testid="export-pdf" aria-busy={busy === 'pdf'} disabled={busy !== null} onClick={() => void run('pdf')}>
            {busy === 'pdf' && <span className="spinner" aria-hidden="true" />}
            {t('brief.exportPdf')}
          </button>
          <label className="brief-page-size">
            <span>{t('brief.pageSize')}</span>
            <select value={brief.pageSize} onChange={(event) => update((b) => ({ ...b, pageSize: event.target.value as PageSize }))}>
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
        </div>
      )}
      <p className={`brief-status ${message?.kind === 'error' ? 'error' : ''}`} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  )

  if (!brief) {
    return (
      <section className="pane brief-pane" data-testid="pane-brief" aria-labelledby="pane-brief-title" aria-busy={!loadError}>
        {header}
        {loadError ? <p role="alert" className="brief-status error">{t('brief.loadFailed', { message: loadError })}</p> : <p className="empty-state">{t('brief.loading')}</p>}
      </section>
    )
  }

  const setQuotes = (quotes: BriefQuote[]) => update((b) => ({ ...b, quotes }))
  const setNotes = (change: (notes: BriefNote[]) => BriefNote[]) => update((b) => ({ ...b, notes: change(b.notes) }))
  const setNote = (id: string, text: string) => setNotes((notes) => notes.map((n) => (n.id === id ? { ...n, text } : n)))
  const addNote = (quoteKey: string | null) => setNotes((notes) => [...notes, { id: crypto.randomUUID(), text: '', quoteKey }])
  const removeNote = (id: string) => setNotes((notes) => notes.filter((n) => n.id !== id))
  const general = brief.notes.filter((n) => n.quoteKey === null)

  return (
    <section className="pane brief-pane" data-testid="pane-brief" data-brief-id={brief.id} aria-labelledby="pane-brief-title">
      {header}
      <p className="brief-visually-hidden" role="status" aria-live="polite">{announcement}</p>

      <div className="brief-field">
        <label htmlFor={`${ids}-headline`}>{t('brief.headline')}</label>
        <input id={`${ids}-headline`} className="brief-headline" value={brief.headline} onChange={(event) => update((b) => ({ ...b, headline: event.target.value }))} />
      </div>

      <div className="brief-field">
        <span className="brief-label" onClick={() => document.getElementById(`${ids}-lede`)?.focus()}>{t('brief.lede')}</span>
        <LedeEditor
          id={`${ids}-lede`}
          label={t('brief.lede')}
          hint={t('brief.ledeHint')}
          state={brief.ledeState}
          text={brief.lede}
          onChange={(ledeState, lede) => {
            if (ledeState !== brief.ledeState) update((b) => ({ ...b, ledeState, lede }))
          }}
          onError={(error) => setMessage({ kind: 'error', text: error.message })}
        />
      </div>

      <section className="brief-section" aria-labelledby={`${ids}-points`}>
        <h3 id={`${ids}-points`} className="pane-subtitle">{t('brief.keyPoints')}</h3>
        <ReorderList
          items={brief.keyPoints}
          keyOf={(_, index) => String(index)}
          nameOf={(_, index) => t('brief.keyPoint', { number: index + 1 })}
          onMove={(from, to) => update((b) => ({ ...b, keyPoints: moved(b.keyPoints, from, to) }))}
          onAnnounce={setAnnouncement}
          testId="brief-key-points"
          render={(point, index) => (
            <div className="brief-point">
              <textarea
                rows={2}
                value={point}
                aria-label={t('brief.keyPoint', { number: index + 1 })}
                onChange={(event) => update((b) => ({ ...b, keyPoints: b.keyPoints.map((p, i) => (i === index ? event.target.value : p)) }))}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('brief.removeLabel', { item: t('brief.keyPoint', { number: index + 1 }) })}
                title={t('brief.remove')}
                onClick={() => update((b) => ({ ...b, keyPoints: b.keyPoints.filter((_, i) => i !== index) }))}
              >
                ×
              </button>
            </div>
          )}
        />
        <button type="button" className="brief-add" onClick={() => update((b) => ({ ...b, keyPoints: [...b.keyPoints, ''] }))}>
          {t('brief.addKeyPoint')}
        </button>
      </section>

      <section className="brief-section" aria-labelledby={`${ids}-quotes`}>
        <h3 id={`${ids}-quotes`} className="pane-subtitle">{t('brief.quotes')}</h3>
        {brief.quotes.length === 0 && <p className="empty-state">{t('brief.noQuotes')}</p>}
        <ReorderList
          items={brief.quotes}
          keyOf={(q) => q.key}
          nameOf={(_, index) => t('brief.quote', { number: index + 1 })}
          onMove={(from, to) => setQuotes(moved(brief.quotes, from, to))}
          onAnnounce={setAnnouncement}
          testId="brief-quotes"
          itemClassName={(q) => `brief-quote brief-check-${q.status} ${q.included ? '' : 'excluded'}`}
          render={(quote, index) => (
            <QuoteCard
              quote={quote}
              number={index + 1}
              notes={brief.notes.filter((n) => n.quoteKey === quote.key)}
              onInclude={(included) => setQuotes(brief.quotes.map((q) => (q.key === quote.key ? { ...q, included } : q)))}
              onNote={setNote}
              onAddNote={() => addNote(quote.key)}
              onRemoveNote={removeNote}
            />
          )}
        />
      </section>

      <section className="brief-section" aria-labelledby={`${ids}-notes`}>
        <h3 id={`${ids}-notes`} className="pane-subtitle">{t('brief.notes')}</h3>
        {general.map((note, index) => (
          <NoteField key={note.id} note={note} label={t('brief.generalNote', { number: index + 1 })} onChange={setNote} onRemove={removeNote} />
        ))}
        <button type="button" className="brief-add" onClick={() => addNote(null)}>{t('brief.addNote')}</button>
      </section>

      <section className="brief-section" aria-labelledby={`${ids}-sources`}>
        <h3 id={`${ids}-sources`} className="pane-subtitle">{t('brief.sources')}</h3>
        {brief.sources.length === 0 ? (
          <p className="empty-state">{t('brief.noSources')}</p>
        ) : (
          <ul className="brief-sources">
            {brief.sources.map((s) => (
              <li key={s.id}>
                {s.title}
                {s.author && <span className="brief-muted"> · {s.author}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="brief-footer">
        <span className={`brief-save ${saveState === 'failed' ? 'error' : ''}`} role={saveState === 'failed' ? 'alert' : undefined}>
          {saveState === 'failed' ? t('brief.saveFailed', { message: saveError ?? '' }) : saveState === 'saving' ? t('brief.saving') : t('brief.saved')}
        </span>
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
    </section>
  )
}

interface QuoteCardProps {
  quote: BriefQuote
  number: number
  notes: BriefNote[]
  onInclude: (included: boolean) => void
  onNote: (id: string, text: string) => void
  onAddNote: () => void
  onRemoveNote: (id: string) => void
}

function QuoteCard({ quote, number, notes, onInclude, onNote, onAddNote, onRemoveNote }: QuoteCardProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  // The same words the exported brief uses for statuses and verdicts.
  const labels = briefLabels(i18n.language === 'en' ? 'en' : 'sq')
  return (
    <div className="brief-quote-card" data-quote-key={quote.key} data-included={quote.included}>
      <label className="brief-include">
        <input type="checkbox" checked={quote.included} onChange={(event) => onInclude(event.target.checked)} aria-describedby={`${id}-text`} />
        {t('brief.include')}
      </label>
      <blockquote id={`${id}-text`} className="brief-quote-text" lang="sq">„{quote.text}“</blockquote>
      <p className="brief-quote-meta">
        <span className="brief-speaker">{quote.speaker ?? t('brief.noSpeaker')}</span>
        <span className={`brief-badge brief-check-${quote.status}`}>{labels.status[quote.status]}</span>
        {quote.verdict && <span className="brief-badge verdict">{labels.verdicts[quote.verdict]}</span>}
      </p>
      {quote.passage && (
        <p className="brief-passage">
          <span className="brief-muted">{t('brief.inSource', { source: quote.sourceTitle ?? '' })}:</span> <span lang="sq">«{quote.passage}»</span>
        </p>
      )}
      {notes.map((note, i) => (
        <NoteField
          key={note.id}
          note={note}
          label={notes.length > 1 ? `${t('brief.noteFor', { number })} (${i + 1})` : t('brief.noteFor', { number })}
          onChange={onNote}
          onRemove={onRemoveNote}
        />
      ))}
      {notes.length === 0 && (
        <button type="button" className="brief-add" onClick={onAddNote}>{t('brief.addNote')}</button>
      )}
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

