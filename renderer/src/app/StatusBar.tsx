import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaveState } from '../editor/plugins/AutosavePlugin'
import { flushAllWrites } from '../editor/pendingWrite'
import { storageMessage } from '../panes/storageMessage'

/** Seconds until a retry, counted down while a save is failing. */
function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (at === null) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [at])
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000))
}

export function StatusBar({ words, saveState, children }: { words: number; saveState: SaveState; children?: ReactNode }) {
  const { t } = useTranslation()
  const failed = saveState.kind === 'failed' ? saveState : null
  const seconds = useSecondsUntil(failed?.retryAt ?? null)
  return (
    <footer className="status-bar">
      <span data-testid="word-count">{t('status.words', { count: words })}</span>
      {failed ? (
        <span role="alert" className="error save-failed" data-testid="save-state" data-state="failed">
          {t('status.notSaved', { reason: storageMessage(t, failed.error) })}{' '}
          {seconds > 0 ? t('status.retryIn', { seconds }) : t('status.retrying')}{' '}
          <button type="button" className="link-button" onClick={() => void flushAllWrites()}>{t('status.retryNow')}</button>
        </span>
      ) : (
        <span role="status" data-testid="save-state" data-state={saveState.kind}>
          {saveState.kind === 'saved' ? t('status.saved') : t('status.saving')}
        </span>
      )}
      {children && <span className="status-tools">{children}</span>}
    </footer>
  )
}
