import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { originalOf } from '../../../core/translation'
import { database, type Source } from '../../../db'
import { comparisonOf, originalOfSource } from './comparison'
import './translation.css'

/** For a quote matched in a translation: the sentence of the original it renders. */
export function OriginalSentence({ source, match }: { source: Source; match: { start: number; end: number } | null }) {
  const { t } = useTranslation()
  const db = database()
  const original = useLiveQuery(async () => originalOfSource(await db.sources.where('articleId').equals(source.articleId).toArray(), source), [db, source])
  const sentence = useMemo(() => {
    if (!original || !match) return null
    const { report } = comparisonOf(source, original)
    return report ? originalOf(report, match.start, match.end) : null
  }, [source, original, match])
  if (!original || !match) return null
  const language = ['sq', 'en', 'ru', 'uk'].includes(original.language) ? t(`checks.sources.languages.${original.language as 'sq'}`) : original.language
  return (
    <section className="original-sentence" data-testid="original-sentence" lang={original.language}>
      <h3>{t('translation.inOriginal', { language })}</h3>
      {sentence ? <blockquote>{sentence.text}</blockquote> : <p className="muted">{t('translation.notInOriginal')}</p>}
    </section>
  )
}
