import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { database, isOriginal, markOriginal, sourcesOfArticle, type Source } from '../../../db'
import { EmptyState } from '../../EmptyState'
import { AlignedRows } from './AlignedRows'
import { comparisonOf } from './comparison'
import './translation.css'

function useLanguageName() {
  const { t } = useTranslation()
  return (code: string) => (['sq', 'en', 'ru', 'uk'].includes(code) ? t(`checks.sources.languages.${code as 'sq'}`) : code)
}

/** Both texts of a translation pair side by side, with what the translation left out, added or changed. */
export function TranslationView({ articleId }: { articleId: string }) {
  const { t } = useTranslation()
  const db = database()
  const sources = useLiveQuery(() => sourcesOfArticle(db, articleId), [db, articleId])
  const [chosen, setChosen] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const pairs = useMemo(() => {
    const byId = new Map((sources ?? []).map((source) => [source.id, source]))
    return (sources ?? []).flatMap((original) => {
      const translation = original.originalOf ? byId.get(original.originalOf) : undefined
      return translation ? [{ original, translation }] : []
    })
  }, [sources])
  const pair = pairs.find((p) => p.original.id === chosen) ?? pairs[0]
  const fail = (failure: unknown) => setError(t('translation.failed', { message: failure instanceof Error ? failure.message : String(failure) }))

  return (
    <div className="translation-view">
      <header className="checks-header">
        <h2 className="pane-title">{t('translation.heading')}</h2>
      </header>
      {error && (
        <p role="alert" className="error checks-error">{error}</p>
      )}
      {sources === undefined ? null : pair ? (
        <>
          {pairs.length > 1 && (
            <label className="source-filter">
              {t('translation.choose')}
              <select value={pair.original.id} onChange={(event) => setChosen(event.target.value)}>
                {pairs.map((p) => (
                  <option key={p.original.id} value={p.original.id}>{`${p.translation.title} ← ${p.original.title}`}</option>
                ))}
              </select>
            </label>
          )}
          <Comparison translation={pair.translation} original={pair.original} onUnmark={() => markOriginal(db, pair.original.id, null).catch(fail)} />
        </>
      ) : (
        <MarkOriginal sources={sources} onMark={(originalId, translationId) => markOriginal(db, originalId, translationId).catch(fail)} />
      )}
    </div>
  )
}

function Comparison({ translation, original, onUnmark }: { translation: Source; original: Source; onUnmark: () => void }) {
  const { t } = useTranslation()
  const languageName = useLanguageName()
  const result = useMemo(() => comparisonOf(translation, original), [translation, original])
  if (!result.report) {
    const message = 'language' in result.error ? t('translation.noLanguage', { language: result.error.language }) : t('translation.failed', { message: result.error.message })
    return <EmptyState>{message}</EmptyState>
  }
  const report = result.report
  const changed = report.pairs.filter((pair) => pair.issues.length > 0).length
  return (
    <section className="translation-comparison" data-testid="translation-view">
      <p className="translation-summary" role="status">
        <span className={report.omitted.length ? 'count-omitted' : undefined}>{t('translation.omitted', { count: report.omitted.length })}</span>
        {' · '}
        <span className={report.added.length ? 'count-added' : undefined}>{t('translation.added', { count: report.added.length })}</span>
        {' · '}
        <span className={changed ? 'count-changed' : undefined}>{t('translation.changed', { count: changed })}</span>
        {' · '}
        {t('translation.pairs', { count: report.pairs.length })}
        <button type="button" className="link-button unmark" onClick={onUnmark}>{t('translation.unmark')}</button>
      </p>
      <AlignedRows
        rows={report.rows}
        translationHeading={t('translation.column', { title: translation.title, language: languageName(translation.language) })}
        originalHeading={t('translation.column', { title: original.title, language: languageName(original.language) })}
      />
    </section>
  )
}

function MarkOriginal({ sources, onMark }: { sources: Source[]; onMark: (originalId: string, translationId: string) => void }) {
  const { t } = useTranslation()
  const candidates = sources.filter((source) => !isOriginal(source))
  const [translationId, setTranslationId] = useState(candidates.find((s) => s.origin === 'embedded')?.id ?? candidates[0]?.id ?? '')
  const others = candidates.filter((source) => source.id !== translationId)
  const [originalId, setOriginalId] = useState('')
  const original = others.find((s) => s.id === originalId) ?? others.find((s) => s.language !== candidates.find((c) => c.id === translationId)?.language) ?? others[0]
  if (candidates.length < 2) return <EmptyState>{`${t('translation.none')} ${t('translation.noCandidates')}`}</EmptyState>
  return (
    <form
      className="mark-original"
      onSubmit={(event) => {
        event.preventDefault()
        if (original && translationId) onMark(original.id, translationId)
      }}
    >
      <p>{t('translation.none')}</p>
      <label>
        {t('translation.translationLabel')}
        <select value={translationId} onChange={(event) => setTranslationId(event.target.value)}>
          {candidates.map((s) => (
            <option key={s.id} value={s.id}>{s.title}</option>
          ))}
        </select>
      </label>
      <label>
        {t('translation.originalLabel')}
        <select value={original?.id ?? ''} onChange={(event) => setOriginalId(event.target.value)}>
          {others.map((s) => (
            <option key={s.id} value={s.id}>{s.title}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!original}>{t('translation.markSubmit')}</button>
    </form>
  )
}
