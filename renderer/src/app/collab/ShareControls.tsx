import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, getSetting, setArticleShared, type Article } from '../../db'
import { shareLink } from '../../collab/link'
import type { SyncStatus } from '../../collab/session'
import { articleEditor } from '../../editor/articleEditors'
import { flushAllWrites } from '../../editor/pendingWrite'
import { storageMessage } from '../../panes/storageMessage'
import type { ShowNotice } from '../notices'
import { SyncSettingsDialog } from './SyncSettingsDialog'
import './collab.css'

interface Props {
  article: Article
  status: SyncStatus | null
  /** The article's sharing changed: open it again, shared or not. */
  onChanged: () => void
  onNotice: ShowNotice
}

function refusal(reason: string): 'token' | 'unknown' | 'workspace' | 'other' {
  const text = reason.toLowerCase()
  if (text.includes('workspace')) return 'workspace'
  if (text.includes('unknown') || text.includes('not published')) return 'unknown'
  if (text.includes('token') || text.includes('permission') || text.includes('denied')) return 'token'
  return 'other'
}

/** The status bar's sharing: where the shared copy stands, Share / Stop sharing, and the link to send. */
export function ShareControls({ article, status, onChanged, onNotice }: Props) {
  const { t } = useTranslation()
  const [configuring, setConfiguring] = useState(false)
  const db = database()

  const share = async () => {
    try {
      const [server, user] = await Promise.all([getSetting(db, 'syncServer'), getSetting(db, 'syncUser')])
      if (!server || !user?.name) {
        onNotice({ kind: 'info', text: t('sync.notConfigured') })
        return setConfiguring(true)
      }
      // The document starts as the article is in the editor now, its last keystrokes written first.
      await flushAllWrites()
      const text = articleEditor(article.id)?.getEditorState().toJSON() ?? (article.editorState && JSON.parse(article.editorState))
      if (!text) throw new Error('The article has no text to share yet')
      const doc = crypto.randomUUID()
      const { fillDocument } = await import('./fillDocument')
      await fillDocument(doc, JSON.stringify(text))
      await setArticleShared(db, article.id, { doc, role: 'owner' })
      onChanged()
    } catch (error) {
      onNotice({ kind: 'error', text: t('sync.failed', { reason: storageMessage(t, error) }) })
    }
  }

  const unshare = async () => {
    try {
      await flushAllWrites()
      await setArticleShared(db, article.id, null)
      // The article's own text is the truth again; a later share starts a new document from it.
      const { forgetLocalCopy } = await import('../../collab/session')
      await forgetLocalCopy(article.shared!.doc)
      onNotice({ kind: 'info', text: t('sync.unshareDone') })
      onChanged()
    } catch (error) {
      onNotice({ kind: 'error', text: t('sync.failed', { reason: storageMessage(t, error) }) })
    }
  }

  const state = article.shared ? (status?.state ?? 'connecting') : 'local'
  return (
    <span className="share-controls">
      <span className={`sync-status sync-${state}`} data-testid="collab-status" data-state={state} role="status">
        {status?.state === 'refused' ? t('sync.state.refused', { reason: t(`sync.refusal.${refusal(status.reason)}`, { reason: status.reason }) }) : t(`sync.state.${state}`)}
      </span>
      {article.shared ? (
        <>
          <input className="share-link" data-testid="share-link" readOnly aria-label={t('sync.link')} title={t('sync.copyHint')} value={shareLink(article.shared.doc)} onFocus={(event) => event.target.select()} />
          <button type="button" className="link-button" data-testid="unshare-article" onClick={() => void unshare()}>{t('sync.unshare')}</button>
        </>
      ) : (
        <button type="button" className="link-button" data-testid="share-article" onClick={() => void share()}>{t('sync.share')}</button>
      )}
      {configuring && <SyncSettingsDialog onClose={() => setConfiguring(false)} />}
    </span>
  )
}
