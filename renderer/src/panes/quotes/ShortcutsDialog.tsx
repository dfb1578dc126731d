import { useTranslation } from 'react-i18next'
import { Dialog } from '../Dialog'

/** What each key does in the Quotes pane; the keys are the same in both languages. */
export const QUOTE_SHORTCUTS = [
  { keys: ['J', 'Alt+↓'], action: 'next' },
  { keys: ['K', 'Alt+↑'], action: 'previous' },
  { keys: ['Enter', 'A'], action: 'accept' },
  { keys: ['Delete', 'R'], action: 'reject' },
  { keys: ['S'], action: 'speaker' },
  { keys: ['Space'], action: 'open' },
  { keys: ['Ctrl+Shift+Q', '⌘+Shift+Q'], action: 'tag' },
  { keys: ['?'], action: 'help' },
] as const

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('quotes.shortcuts')} onClose={onClose} actions={<button type="button" className="primary" onClick={onClose}>{t('quotes.close')}</button>}>
      <table className="shortcuts">
        <tbody>
          {QUOTE_SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <th scope="row">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' / '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{t(`quotes.keys.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
