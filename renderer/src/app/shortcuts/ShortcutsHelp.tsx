import { useTranslation } from 'react-i18next'
import { Dialog } from '../../panes/Dialog'
import { BRIEF_SHORTCUTS } from '../../panes/brief/shortcuts'
import { CHECK_SHORTCUTS } from '../../panes/checks/shortcuts'
import { QUOTE_SHORTCUTS } from '../../panes/quotes/shortcuts'

interface Shortcut {
  keys: readonly string[]
  /** An i18n key. */
  action: string
}

/** Keys that work anywhere in the workspace. */
export const WORKSPACE_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Alt+0'], action: 'shortcuts.workspace.editor' },
  { keys: ['Alt+1'], action: 'shortcuts.workspace.quotes' },
  { keys: ['Alt+2'], action: 'shortcuts.workspace.checks' },
  { keys: ['Alt+3'], action: 'shortcuts.workspace.brief' },
  { keys: ['?'], action: 'shortcuts.workspace.help' },
]

const EDITOR_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl+Shift+Q', '⌘+Shift+Q'], action: 'quotes.keys.tag' },
  { keys: ['Ctrl+F'], action: 'shortcuts.editor.find' },
  { keys: ['Ctrl+B', 'Ctrl+I'], action: 'shortcuts.editor.format' },
  { keys: ['Ctrl+Z', 'Ctrl+Y'], action: 'shortcuts.editor.undo' },
]

const GROUPS: ReadonlyArray<{ title: string; rows: readonly Shortcut[] }> = [
  { title: 'shortcuts.groups.workspace', rows: WORKSPACE_SHORTCUTS },
  { title: 'shortcuts.groups.editor', rows: EDITOR_SHORTCUTS },
  { title: 'shortcuts.groups.quotes', rows: QUOTE_SHORTCUTS },
  { title: 'shortcuts.groups.checks', rows: CHECK_SHORTCUTS },
  { title: 'shortcuts.groups.brief', rows: BRIEF_SHORTCUTS },
]

/** Every pane's keys in one list, opened with ? from anywhere but a text field. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('quotes.shortcuts')} onClose={onClose} actions={<button type="button" className="primary" onClick={onClose}>{t('quotes.close')}</button>}>
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <table key={group.title} className="shortcuts">
            <caption>{t(group.title)}</caption>
            <tbody>
              {group.rows.map(({ keys, action }) => (
                <tr key={action}>
                  <th scope="row">
                    {keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && ' / '}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>{t(action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  )
}
