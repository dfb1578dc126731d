import { useTranslation } from 'react-i18next'
import { rovingArrows } from '../roving'
import './translation.css'

export type CheckView = 'quotes' | 'translation'

/** Quotes checked against their sources, or a translation against its original. */
export function CheckViewTabs({ view, onChange }: { view: CheckView; onChange: (view: CheckView) => void }) {
  const { t } = useTranslation()
  return (
    <div className="checks-tabs" role="group" aria-label={t('translation.tabs')} onKeyDown={rovingArrows}>
      {(['quotes', 'translation'] as const).map((name) => (
        <button key={name} type="button" aria-pressed={view === name} tabIndex={view === name ? 0 : -1} data-testid={`checks-view-${name}`} onClick={() => onChange(name)}>
          {t(name === 'quotes' ? 'translation.quotesTab' : 'translation.translationTab')}
        </button>
      ))}
    </div>
  )
}
