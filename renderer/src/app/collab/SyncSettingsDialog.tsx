import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, getSetting, setSetting } from '../../db'
import { syncServerUrl } from '../../collab/link'
import { Dialog } from '../../panes/Dialog'
import { storageMessage } from '../../panes/storageMessage'
import { setSyncOrigin } from '../../platform'
import './collab.css'

const COLOURS = ['#c2410c', '#15803d', '#1d4ed8', '#a21caf', '#b45309', '#0f766e']

/**
 * The server, the workspace's token and who this editor is. Saving reloads the page: the
 * Content-Security-Policy admits the server's origin only from the next load.
 */
export function SyncSettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [server, setServer] = useState('')
  const [token, setToken] = useState('')
  const [name, setName] = useState('')
  const [color, setColor] = useState(() => COLOURS[Math.floor(Math.random() * COLOURS.length)])
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const db = database()
    void Promise.all([getSetting(db, 'syncServer'), getSetting(db, 'syncUser')]).then(([stored, user]) => {
      if (stored) {
        setServer(stored.url)
        setToken(stored.token)
      }
      if (user) {
        setName(user.name)
        setColor(user.color)
      }
    })
  }, [])

  const save = async () => {
    const url = syncServerUrl(server)
    if (!url) return setProblem(t('sync.badServer'))
    if (!token.trim()) return setProblem(t('sync.needToken'))
    if (!name.trim()) return setProblem(t('sync.needName'))
    try {
      const db = database()
      await setSetting(db, 'syncServer', { url: server.trim(), token: token.trim() })
      await setSetting(db, 'syncUser', { name: name.trim(), color })
      await setSyncOrigin(url.origin)
    } catch (error) {
      return setProblem(storageMessage(t, error))
    }
    location.reload()
  }

  return (
    <Dialog
      title={t('sync.settings')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>{t('sync.cancel')}</button>
          <button type="button" className="primary" data-testid="collab-save" onClick={() => void save()}>{t('sync.save')}</button>
        </>
      }
    >
      <p className="hint">{t('sync.settingsHint')}</p>
      <form className="sync-settings" onSubmit={(event) => (event.preventDefault(), void save())}>
        <label>
          {t('sync.server')}
          <input data-testid="collab-server" type="url" value={server} placeholder={t('sync.serverHint')} spellCheck={false} onChange={(event) => setServer(event.target.value)} />
        </label>
        <label>
          {t('sync.token')}
          <input data-testid="collab-token" type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} />
        </label>
        <label>
          {t('sync.name')}
          <input data-testid="collab-name" value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t('sync.color')}
          <input data-testid="collab-color" type="color" value={color} onChange={(event) => setColor(event.target.value)} />
        </label>
        {problem && <p role="alert" className="error">{problem}</p>}
      </form>
    </Dialog>
  )
}

/** The header's button that opens the settings. */
export function SyncSettingsButton() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" data-testid="collab-settings" onClick={() => setOpen(true)}>{t('sync.settings')}</button>
      {open && <SyncSettingsDialog onClose={() => setOpen(false)} />}
    </>
  )
}
