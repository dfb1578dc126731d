import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { database, nameRevision, revisionsOfArticle, type Revision } from '../../db'
import { storageMessage } from '../../panes/storageMessage'
import { formatDateTime } from '../formatDate'
import { countWords } from '../../core/text/tokenize'
import { wordDiff } from './wordDiff'
import './revisions.css'

interface Props {
  articleId: string
  onRestore: (revision: Revision) => void
  onClose: () => void
}

/** How the list names a revision: its name if it has one, else why it was taken. */
export function useRevisionLabel() {
  const { t, i18n } = useTranslation()
  return (revision: Revision) => {
    const detail = revision.kind === 'before-restore' ? formatDateTime(Number(revision.detail), i18n.language, { seconds: true }) : revision.detail
    return t(`revisions.kinds.${revision.kind}`, { detail })
  }
}


/** The article's revisions, newest first, each with a word diff against the current text. */
export function RevisionsDialog({ articleId, onRestore, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const db = database()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const revisions = useLiveQuery(() => revisionsOfArticle(db, articleId), [db, articleId])
  const current = useLiveQuery(() => db.articles.get(articleId), [db, articleId])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const label = useRevisionLabel()

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const selected = revisions?.find((revision) => revision.id === selectedId) ?? revisions?.[0] ?? null

  return (
    <dialog ref={ref} className="revisions-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid="revisions-dialog">
      <header className="revisions-header">
        <h2 id={titleId}>{t('revisions.title')}</h2>
        <button type="button" onClick={onClose}>{t('revisions.close')}</button>
      </header>
      {revisions && revisions.length === 0 && <p className="empty-state revisions-empty">{t('revisions.empty')}</p>}
      {revisions && revisions.length > 0 && (
        <div className="revisions-body">
          <ul className="revision-list" aria-label={t('revisions.list')}>
            {revisions.map((revision) => (
              <li
                key={revision.id}
                data-testid="revision-item"
                data-revision-id={revision.id}
                data-kind={revision.kind}
                className={`revision-item kind-${revision.kind}${revision.id === selected?.id ? ' selected' : ''}`}
              >
                <button type="button" className="revision-open" aria-pressed={revision.id === selected?.id} onClick={() => setSelectedId(revision.id)}>
                  <span className="revision-when">{formatDateTime(revision.createdAt, i18n.language, { seconds: true })}</span>
                  {revision.note && <span className="revision-name">{revision.note}</span>}
                  <span className="revision-kind">{label(revision)}</span>
                  <span className="revision-meta">
                    {t('revisions.words', { count: countWords(revision.plainText) })} ·{' '}
                    {t('revisions.tags', { count: revision.quotes.filter((quote) => quote.state === 'confirmed').length })} ·{' '}
                    {t('revisions.verdicts', { count: revision.checks.filter((check) => check.verdict !== null).length })}
                  </span>
                </button>
                <button
                  type="button"
                  className="revision-restore"
                  data-testid="restore-revision"
                  aria-label={t('revisions.restoreLabel', { date: formatDateTime(revision.createdAt, i18n.language, { seconds: true }) })}
                  onClick={() => onRestore(revision)}
                >
                  {t('revisions.restore')}
                </button>
              </li>
            ))}
          </ul>
          {selected && <Compare key={selected.id} revision={selected} currentText={current?.plainText ?? ''} />}
        </div>
      )}
    </dialog>
  )
}

function Compare({ revision, currentText }: { revision: Revision; currentText: string }) {
  const { t } = useTranslation()
  const diff = useMemo(() => wordDiff(currentText, revision.plainText), [currentText, revision.plainText])
  const [name, setName] = useState(revision.note)
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
  const same = diff.onlyInVersion === 0 && diff.onlyNow === 0

  const saveName = async () => {
    try {
      await nameRevision(database(), revision.id, name)
      setMessage({ kind: 'info', text: t('revisions.named') })
    } catch (error) {
      setMessage({ kind: 'error', text: t('revisions.failed', { message: storageMessage(t, error) }) })
    }
  }

  return (
    <section className="revision-compare" aria-label={t('revisions.compare')}>
      <form
        className="revision-naming"
        onSubmit={(event) => {
          event.preventDefault()
          void saveName()
        }}
      >
        <label>
          {t('revisions.name')}
          <input value={name} placeholder={t('revisions.namePlaceholder')} onChange={(event) => setName(event.target.value)} maxLength={200} />
        </label>
        <button type="submit" disabled={name.trim() === revision.note}>{t('revisions.saveName')}</button>
        {message && <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'revision-named'}>{message.text}</span>}
      </form>
      <p className="revision-summary" data-testid="revision-summary">
        {same ? t('revisions.same') : t('revisions.changes', { version: diff.onlyInVersion, now: diff.onlyNow })}
      </p>
      {!same && (
        <p className="revision-legend">
          <ins className="diff-version">{t('revisions.onlyInVersion')}</ins> <del className="diff-current">{t('revisions.onlyNow')}</del>
        </p>
      )}
      <div className="revision-diff" data-testid="revision-diff" lang="sq">
        {diff.pieces.map((piece, index) =>
          piece.kind === 'version' ? (
            <ins key={index} className="diff-version">{piece.text}</ins>
          ) : piece.kind === 'current' ? (
            <del key={index} className="diff-current">{piece.text}</del>
          ) : piece.kind === 'folded' ? (
            <span key={index} className="diff-folded">{t('revisions.folded', { count: piece.words })} </span>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
      </div>
    </section>
  )
}
