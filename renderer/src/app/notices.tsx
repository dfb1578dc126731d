import { useTranslation } from 'react-i18next'

/** A message in the top bar: an error is announced (role="alert"), with an optional action such as Undo. */
export interface Notice {
  kind: 'info' | 'error'
  text: string
  action?: { label: string; run: () => void }
}

export type ShowNotice = (notice: Notice | null) => void

export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <div className={`notice ${notice?.kind ?? ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
      {notice && (
        <>
          {notice.text}
          {notice.action && (
            <button type="button" className="notice-action" onClick={notice.action.run}>{notice.action.label}</button>
          )}
          <button type="button" className="link-button" onClick={onClose} aria-label={t('find.close')}>×</button>
        </>
      )}
    </div>
  )
}
