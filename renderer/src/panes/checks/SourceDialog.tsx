import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { resolveEntity } from '../../core/entities/resolve'
import { MAX_IMPORT_BYTES } from '../../core/textImport'
import { addSource, database, entityForSurface, entityMatches, updateSource, type Entity, type Source } from '../../db'
import { Dialog } from '../Dialog'
import { cleanSourceText, pastedTextError, sourceFromFile, type SourceImportError } from './sourceImport'

export const SOURCE_LANGUAGES = ['sq', 'en', 'ru', 'uk', 'other'] as const

interface Props {
  articleId: string
  /** The source to edit; absent to add a new one. */
  source?: Source
  entities: readonly Entity[]
  defaultLanguage: string
  onClose: () => void
}

const LIMIT_MB = MAX_IMPORT_BYTES / 1024 / 1024

/**
 * Adds a source (pasted, or read from a file) or edits one: title, author and language.
 * A failed import or a refused text leaves what was typed in place.
 */
export function SourceDialog({ articleId, source, entities, defaultLanguage, onClose }: Props) {
  const { t } = useTranslation()
  const db = database()
  const ids = useId()
  const editing = source !== undefined
  const embedded = source?.origin === 'embedded'
  const authorName = source?.author ? entities.find((entity) => entity.id === source.author)?.name ?? '' : ''
  const [title, setTitle] = useState(source?.title ?? '')
  const [author, setAuthor] = useState(authorName)
  const [language, setLanguage] = useState(source?.language ?? (SOURCE_LANGUAGES.includes(defaultLanguage as never) ? defaultLanguage : 'sq'))
  const [text, setText] = useState('')
  const [origin, setOrigin] = useState<'pasted' | 'file'>('pasted')
  const [error, setError] = useState<string | null>(null)
  const [info, setInfo] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const importError = (code: SourceImportError | 'encoding') => t(`checks.sources.errors.${code}`, { limit: LIMIT_MB })
  const typedAuthor = author.trim()
  const known = typedAuthor ? entities.find((entity) => entityMatches(entity, typedAuthor)) : undefined
  const resolved = typedAuthor && !known ? resolveEntity(typedAuthor).name : null

  const readFile = async (file: File) => {
    setError(null)
    setInfo(null)
    const result = await sourceFromFile(file)
    if (!result.ok) return setError(importError(result.error))
    setText(result.text)
    setOrigin('file')
    if (!title.trim()) setTitle(result.title)
    setInfo(result.warning ? importError('encoding') : t('checks.sources.imported', { name: file.name }))
  }

  const save = async () => {
    if (!title.trim()) return setError(t('checks.sources.errors.noTitle'))
    if (!editing) {
      const refused = pastedTextError(text)
      if (refused) return setError(importError(refused))
    }
    setSaving(true)
    try {
      const authorId = typedAuthor ? (known ?? (await entityForSurface(db, typedAuthor))).id : null
      if (source) await updateSource(db, source.id, embedded ? { author: authorId, language } : { title, author: authorId, language })
      else await addSource(db, articleId, { title, author: authorId, language, text: cleanSourceText(text), origin })
      onClose()
    } catch (failure) {
      setError(t('checks.sources.errors.failed', { message: failure instanceof Error ? failure.message : String(failure) }))
      setSaving(false)
    }
  }

  return (
    <Dialog
      title={editing ? t('checks.sources.editTitle') : t('checks.sources.addTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>{t('checks.sources.cancel')}</button>
          <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
            {editing ? t('checks.sources.save') : t('checks.sources.addSubmit')}
          </button>
        </>
      }
    >
      <div className="source-form">
        {embedded && <p className="source-form-hint">{t('checks.sources.embeddedHint')}</p>}
        <label className="stacked">
          {t('checks.sources.title')}
          <input value={title} disabled={embedded} onChange={(event) => setTitle(event.target.value)} autoFocus={!embedded} />
        </label>
        <div className="source-form-row">
          <label className="stacked">
            {t('checks.sources.author')}
            <input list={`${ids}-entities`} value={author} onChange={(event) => setAuthor(event.target.value)} aria-describedby={`${ids}-author-hint`} autoFocus={embedded} />
          </label>
          <label className="stacked">
            {t('checks.sources.language')}
            <select value={language} onChange={(event) => setLanguage(event.target.value)}>
              {SOURCE_LANGUAGES.map((code) => (
                <option key={code} value={code}>{t(`checks.sources.languages.${code}`)}</option>
              ))}
            </select>
          </label>
        </div>
        <datalist id={`${ids}-entities`}>
          {entities.map((entity) => (
            <option key={entity.id} value={entity.name} />
          ))}
        </datalist>
        <p id={`${ids}-author-hint`} className="source-form-hint">
          {resolved ? t('checks.sources.resolvesTo', { name: resolved }) : t('checks.sources.authorHint')}
        </p>
        {!editing && (
          <>
            <label className="stacked">
              {t('checks.sources.text')}
              <textarea
                rows={10}
                value={text}
                onChange={(event) => {
                  setText(event.target.value)
                  setOrigin('pasted')
                  setError(null)
                }}
              />
            </label>
            <label className="file-button source-file">
              {t('checks.sources.importFile')}
              <input
                type="file"
                data-testid="import-source"
                accept=".txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(event) => {
                  const file = event.target.files?.[0]
                  event.target.value = ''
                  if (file) void readFile(file)
                }}
              />
            </label>
          </>
        )}
        {info && !error && <p role="status" className="source-form-hint">{info}</p>}
        {error && <p role="alert" className="error">{error}</p>}
      </div>
    </Dialog>
  )
}
