import { useTranslation } from 'react-i18next'
import type { Attribution, CheckStatus } from '../../db'

export const percent = (score: number) => Math.round(score * 100)

// A shape beside the colour, so the status reads without colour too.
const SYMBOL: Record<CheckStatus, string> = { verbatim: '✓', 'near-verbatim': '≈', paraphrase: '~', 'not-found': '✗' }
const ATTRIBUTION_SYMBOL: Record<Attribution, string> = { consistent: '✓', mismatch: '!', unknown: '?' }

export function StatusBadge({ status }: { status: CheckStatus }) {
  const { t } = useTranslation()
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]}</span> {t(`checks.status.${status}`)}
    </span>
  )
}

export function AttributionFlag({ attribution }: { attribution: Attribution }) {
  const { t } = useTranslation()
  return (
    <span className={`attribution-flag attribution-${attribution}`}>
      <span aria-hidden="true">{ATTRIBUTION_SYMBOL[attribution]}</span> {t(`checks.attribution.${attribution}`)}
    </span>
  )
}
