import { useTranslation } from 'react-i18next'
import { EmptyState } from '../EmptyState'

export function QuotesPane({ articleId }: { articleId: string | null }) {
  const { t } = useTranslation()
  return (
    <section className="pane" data-testid="pane-quotes" data-article-id={articleId ?? undefined} aria-labelledby="pane-quotes-title">
      <h2 id="pane-quotes-title" className="pane-title">{t('panes.quotes')}</h2>
      <EmptyState>{t('panes.quotesEmpty')}</EmptyState>
    </section>
  )
}
