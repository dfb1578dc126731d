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

/** The attribution's symbol and word; compact, the symbol alone (the word for screen readers and on hover). */
export function AttributionFlag({ attribution, compact = false }: { attribution: Attribution; compact?: boolean }) {
  const { t } = useTranslation()
  const label = t(`checks.attribution.${attribution}`)
  return (
    <span className={`attribution-flag attribution-${attribution}${compact ? ' compact' : ''}`} title={compact ? label : undefined}>
      <span aria-hidden="true">{ATTRIBUTION_SYMBOL[attribution]}</span> {compact ? <span className="visually-hidden">{label}</span> : label}
    </span>
  )
}
