import { useTranslation } from 'react-i18next'
import type { SaveState } from '../editor/plugins/AutosavePlugin'

export function StatusBar({ words, saveState }: { words: number; saveState: SaveState }) {
  const { t } = useTranslation()
  const saveText =
    saveState === 'saved' ? t('status.saved') : saveState === 'saving' ? t('status.saving') : t('status.saveFailed', { message: saveState.error })
  return (
    <footer className="status-bar">
      <span data-testid="word-count">{t('status.words', { count: words })}</span>
      <span role="status" className={typeof saveState === 'object' ? 'error' : undefined}>{saveText}</span>
    </footer>
  )
}
