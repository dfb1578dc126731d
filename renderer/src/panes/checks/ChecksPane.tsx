import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { database } from '../../db'
import { EmptyState } from '../EmptyState'

export function ChecksPane({ articleId }: { articleId: string | null }) {
  const { t } = useTranslation()
  const db = database()
  const sources = useLiveQuery(
    () => (articleId ? db.sources.where('articleId').equals(articleId).sortBy('createdAt') : []),
    [db, articleId],
  )
  return (
    <section className="pane" data-testid="pane-checks" aria-labelledby="pane-checks-title">
      <h2 id="pane-checks-title" className="pane-title">{t('panes.checks')}</h2>
      {sources && sources.length > 0 && (
        <>
          <h3 className="pane-subtitle">{t('panes.sourcesHeading')}</h3>
          <ul className="source-list">
            {sources.map((source) => (
              <li key={source.id} data-testid="source-item" data-source-id={source.id}>
                {source.title}
              </li>
            ))}
          </ul>
        </>
      )}
      <EmptyState>{t('panes.checksEmpty')}</EmptyState>
    </section>
  )
}
