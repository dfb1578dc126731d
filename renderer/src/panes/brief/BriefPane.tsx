import { useTranslation } from 'react-i18next'
import { EmptyState } from '../EmptyState'

export function BriefPane() {
  const { t } = useTranslation()
  return (
    <section className="pane" data-testid="pane-brief" aria-labelledby="pane-brief-title">
      <h2 id="pane-brief-title" className="pane-title">{t('panes.brief')}</h2>
      <EmptyState>{t('panes.briefEmpty')}</EmptyState>
    </section>
  )
}
