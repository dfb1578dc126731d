import { useTranslation } from 'react-i18next'
import type { Check } from '../../db'

/**
 * Who gave a shared article's verdict, and the verdicts it replaced: when two editors decide on one
 * check, the later decision stands and the earlier stays in sight.
 */
export function VerdictAuthors({ check }: { check: Check }) {
  const { t } = useTranslation()
  const history = check.verdictHistory ?? []
  if (!check.verdictBy && history.length === 0) return null
  return (
    <span className="verdict-authors">
      {check.verdictBy && check.verdict && <span data-testid="verdict-by">{t('sync.verdictBy', { name: check.verdictBy })}</span>}
      {history.length > 0 && (
        <span className="verdict-history" data-testid="verdict-history" aria-label={t('sync.history')}>
          {t('sync.history')}:{' '}
          {history.map((earlier, index) => (
            <span key={`${earlier.by}-${earlier.at}-${index}`} className="verdict-history-item" title={new Date(earlier.at).toLocaleString()}>
              {t('sync.historyItem', { verdict: earlier.verdict ? t(`checks.verdicts.${earlier.verdict}`) : t('sync.withdrawn'), name: earlier.by })}
            </span>
          ))}
        </span>
      )}
    </span>
  )
}
