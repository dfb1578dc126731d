import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { explainAttribution } from '../../core/attribution'
import { changedSinceVerdict, clearVerdict, database, setVerdict, type Check, type Source, type Verdict } from '../../db'
import type { QuoteItem } from '../quotes/items'
import { explanationLanguage } from './AttributionNote'
import { AttributionFlag, StatusBadge, percent } from './badges'
import { diffPieces, passageContext, type Piece } from './passage'
import { OriginalSentence } from './translation/OriginalSentence'

const VERDICTS: Verdict[] = ['confirmed', 'misquote', 'acceptable-paraphrase', 'follow-up']

/** A wide panel over the workspace, on the native <dialog>: the pane itself may be narrow. */
export function Drawer({ title, onClose, wide, children }: { title: string; onClose: () => void; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog ref={ref} className={`drawer${wide ? ' wide' : ''}`} aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid="check-drawer">
      <header className="drawer-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="drawer-close" onClick={onClose}>{t('checks.close')}</button>
      </header>
      <div className="drawer-body">{children}</div>
    </dialog>
  )
}

function Pieces({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((piece, index) => {
        if (!piece.emphasis) return <span key={index}>{piece.text}</span>
        const className = `diff-${piece.emphasis}${piece.hard ? ' hard' : ''}`
        if (piece.emphasis === 'added') return <ins key={index} className={className}>{piece.text}</ins>
        if (piece.emphasis === 'omitted') return <del key={index} className={className}>{piece.text}</del>
        return <mark key={index} className={className}>{piece.text}</mark>
      })}
    </>
  )
}

/** The whole source, read-only, with the matched passage marked and brought into view. */
export function SourceText({ source, span }: { source: Source; span: { start: number; end: number } | null }) {
  const { t } = useTranslation()
  const marked = useRef<HTMLElement>(null)
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center' })
  }, [span?.start, span?.end])
  const text = source.text
  return (
    // A scrollable region is focusable so it can be read with the keyboard.
    <div className="source-text" tabIndex={0} role="region" aria-label={t('checks.sourceText', { title: source.title })} data-testid="source-text">
      {span ? (
        <>
          {text.slice(0, span.start)}
          <mark ref={marked} className="source-passage">{text.slice(span.start, span.end)}</mark>
          {text.slice(span.end)}
        </>
      ) : (
        text
      )}
    </div>
  )
}

interface Props {
  item: QuoteItem
  source: Source
  check: Check | undefined
  speaker: string | null
  author: string | null
  onClose: () => void
  onError: (message: string) => void
}

/**
 * The quote beside the source passage, with the sentences around it and the word diff marked;
 * the full source alongside on request; the editor's verdict at the foot.
 */
export function CompareDrawer({ item, source, check, speaker, author, onClose, onError }: Props) {
  const { t, i18n } = useTranslation()
  const [showSource, setShowSource] = useState(false)
  const match = check?.match ?? null
  // Not found: the passage that came closest, so the editor sees what the score measured.
  const closest = !match && check?.status === 'not-found' ? (check.closest ?? null) : null
  const shown = match ?? closest
  // The attribution is the quote's, judged at its best match: told where that match is.
  const judgedHere = check?.attributionReason && check.attributionSource === source.id
  const diff = useMemo(() => check?.diff ?? [], [check?.diff])
  const quotePieces = useMemo(() => diffPieces(item.text, diff, 'quote'), [item.text, diff])
  const context = useMemo(() => (shown ? passageContext(source.text, shown.start, shown.end) : null), [source.text, shown])
  const passagePieces = useMemo(() => (context ? diffPieces(context.passage, diff, 'source') : []), [context, diff])
  const changes = diff.filter((op) => op.op !== 'equal')
  const status = check?.status ?? null

  return (
    <Drawer title={t('checks.compare')} onClose={onClose} wide={showSource}>
      <div className={`compare${showSource ? ' with-source' : ''}`}>
        <div className="compare-main">
          <div className="compare-meta">
            {status && <StatusBadge status={status} />}
            {check && <span className="check-score">{t('checks.scoreLabel', { percent: percent(check.score) })}</span>}
            {judgedHere && check?.attribution && <AttributionFlag attribution={check.attribution} />}
          </div>
          {judgedHere && check?.attributionReason && <p className="attribution-detail">{explainAttribution(check.attributionReason, explanationLanguage(i18n.language))}</p>}
          <div className="side-by-side">
            <section className="side quote-side" aria-labelledby="compare-quote-title">
              <h3 id="compare-quote-title">{t('checks.inArticle')}</h3>
              <p className="side-speaker">
                {t('checks.speaker')}: <strong>{speaker ?? t('checks.noSpeaker')}</strong>
              </p>
              <blockquote className="side-text" data-testid="compare-quote">
                <Pieces pieces={quotePieces} />
              </blockquote>
            </section>
            <section className="side source-side" aria-labelledby="compare-source-title">
              <h3 id="compare-source-title">{t('checks.inSource', { title: source.title })}</h3>
              <p className="side-speaker">
                {t('checks.sources.author')}: <strong>{author ?? t('checks.sources.noAuthor')}</strong>
              </p>
              {closest && <p className="closest-note">{t('checks.closest')}</p>}
              {context ? (
                <div className="side-text" data-testid="compare-source">
                  <span className="context">{context.clippedBefore ? '…' : ''}{context.before}</span>
                  <span className="passage">
                    <Pieces pieces={passagePieces} />
                  </span>
                  <span className="context">{context.after}{context.clippedAfter ? '…' : ''}</span>
                </div>
              ) : (
                <p className="side-text empty-state">{t('checks.notFoundInSource')}</p>
              )}
              <OriginalSentence source={source} match={match} />
            </section>
          </div>
          {check && check.status === 'not-found' && (
            <p className="score-meaning">{closest ? t('checks.scoreMeaning', { percent: percent(check.score) }) : t('checks.nothingClose')}</p>
          )}
          {shown && (
            <button type="button" className="jump" aria-expanded={showSource} onClick={() => setShowSource((open) => !open)}>
              {showSource ? t('checks.closeSource') : t('checks.jump')}
            </button>
          )}
          {check && check.status !== 'not-found' && (
            <section className="changes" aria-labelledby="compare-changes-title">
              <h3 id="compare-changes-title">{t('checks.changes')}</h3>
              {changes.length === 0 ? (
                <p className="changes-none">{t('checks.noChanges')}</p>
              ) : (
                <ul className="change-list" data-testid="diff-list">
                  {changes.map((op, index) => (
                    <li key={index} className={`change op-${op.op}${op.kind === 'number' || op.kind === 'name' ? ' hard' : ''}`}>
                      {op.op === 'changed' && (
                        <span className="change-words" aria-label={t('checks.op.changed', { quote: op.quote, source: op.source })}>
                          <span className="diff-changed">{op.quote}</span> → <span className="diff-changed">{op.source}</span>
                        </span>
                      )}
                      {op.op === 'added' && (
                        <span className="change-words">
                          <ins className="diff-added">{op.quote}</ins> <span className="change-what">({t('checks.op.added')})</span>
                        </span>
                      )}
                      {op.op === 'omitted' && (
                        <span className="change-words">
                          <del className="diff-omitted">{op.source}</del> <span className="change-what">({t('checks.op.omitted')})</span>
                        </span>
                      )}
                      {op.kind && <span className="change-kind">{t(`checks.kinds.${op.kind}`)}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {check.missingNumbers && check.missingNumbers.length > 0 && (
                <p className="missing-numbers">{t('checks.missingNumbers', { numbers: check.missingNumbers.join(', ') })}</p>
              )}
              <p className="legend">{t('checks.legend')}</p>
            </section>
          )}
          {check && <VerdictForm key={check.id} check={check} quoteText={item.text} onError={onError} />}
        </div>
        {showSource && shown && (
          <section className="compare-source" aria-labelledby="compare-full-title">
            <h3 id="compare-full-title">{t('checks.fullSource')}: {source.title}</h3>
            <SourceText source={source} span={shown} />
          </section>
        )}
      </div>
    </Drawer>
  )
}

function VerdictForm({ check, quoteText, onError }: { check: Check; quoteText: string; onError: (message: string) => void }) {
  const { t } = useTranslation()
  const db = database()
  const name = useId()
  const [verdict, setChoice] = useState<Verdict | null>(check.verdict)
  const [note, setNote] = useState(check.verdictNote)
  const [saved, setSaved] = useState(false)
  const changed = changedSinceVerdict(check, quoteText)
  const run = (task: Promise<unknown>) =>
    task.then(
      () => setSaved(true),
      (failure: unknown) => onError(failure instanceof Error ? failure.message : String(failure)),
    )
  return (
    <form
      className="verdict-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (verdict) void run(setVerdict(db, check.id, verdict, note, quoteText))
      }}
    >
      <fieldset>
        <legend>{t('checks.verdict')}</legend>
        {changed && (
          <p className="verdict-changed" role="note">
            <strong>{t('checks.changedSinceVerdict')}.</strong> {t('checks.changedSinceVerdictDetail', { text: check.verdictQuoteText })}
          </p>
        )}
        <div className="verdict-options">
          {VERDICTS.map((option) => (
            <label key={option} className={`verdict-option verdict-${option}`} data-testid="verdict-option" data-verdict={option}>
              <input
                type="radio"
                name={name}
                value={option}
                checked={verdict === option}
                onChange={() => {
                  setChoice(option)
                  setSaved(false)
                }}
              />
              {t(`checks.verdicts.${option}`)}
            </label>
          ))}
        </div>
        <label className="stacked verdict-note">
          {t('checks.note')}
          <textarea
            rows={2}
            value={note}
            onChange={(event) => {
              setNote(event.target.value)
              setSaved(false)
            }}
          />
        </label>
        <div className="verdict-actions">
          <button type="submit" className="primary" data-testid="save-verdict" disabled={!verdict}>{t('checks.saveVerdict')}</button>
          <button
            type="button"
            disabled={check.verdict === null}
            onClick={() => {
              setChoice(null)
              setNote('')
              void run(clearVerdict(db, check.id))
            }}
          >
            {t('checks.clearVerdict')}
          </button>
          <span role="status" className="verdict-saved">{saved ? t('checks.verdictSaved') : ''}</span>
        </div>
      </fieldset>
    </form>
  )
}
