import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, setSetting } from '../db'
import { onBackgroundWrite } from '../editor/pendingWrite'
import { BriefPane } from '../panes/brief/BriefPane'
import { ChecksPane } from '../panes/checks/ChecksPane'
import { QuotesPane } from '../panes/quotes/QuotesPane'
import { storageMessage } from '../panes/storageMessage'
import { ArticleList } from './articles/ArticleList'
import { BackupControls } from './backup/BackupControls'
import { EditorArea } from './EditorArea'
import { LanguagePicker } from './LanguagePicker'
import { Workspace } from './layout/Workspace'
import { NoticeBar, type Notice } from './notices'
import { onDatabaseClosed } from './storageEvents'

export function App({ initialArticleId }: { initialArticleId: string | null }) {
  const { t } = useTranslation()
  const [articleId, setArticleId] = useState(initialArticleId)
  const [notice, setNotice] = useState<Notice | null>(null)
  // Bumped when stored data changed under the open views (a revision or a backup restored):
  // the editor and the panes are mounted again and read it afresh.
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    if (articleId) setSetting(database(), 'currentArticleId', articleId).catch((error: unknown) => setNotice({ kind: 'error', text: storageMessage(t, error) }))
  }, [articleId, t])

  // Edits of an article no longer open are still being retried; their failures are told here.
  useEffect(
    () =>
      onBackgroundWrite((state) => {
        if (state.kind === 'failed') setNotice({ kind: 'error', text: t('status.backgroundNotSaved', { reason: storageMessage(t, state.error) }) })
      }),
    [t],
  )
  // The last net: a storage failure no caller handled is still told, never lost in the console.
  useEffect(() => {
    const told = (event: PromiseRejectionEvent) => {
      event.preventDefault()
      setNotice({ kind: 'error', text: t('app.unexpected', { message: storageMessage(t, event.reason) }) })
    }
    window.addEventListener('unhandledrejection', told)
    return () => window.removeEventListener('unhandledrejection', told)
  }, [t])
  useEffect(
    () =>
      onDatabaseClosed(() =>
        setNotice({ kind: 'error', text: t('storage.closedByUpgrade'), action: { label: t('storage.reload'), run: () => location.reload() } }),
      ),
    [t],
  )

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  const restoredBackup = useCallback(
    async (preferred: string | null) => {
      const keep = articleId && (await database().articles.get(articleId))
      setArticleId(keep ? articleId : preferred)
      reload()
    },
    [articleId, reload],
  )
  const key = `${articleId}:${generation}`

  return (
    <div className="app">
      <header className="top-bar">
        <h1 className="brand">{t('app.name')}</h1>
        <NoticeBar notice={notice} onClose={() => setNotice(null)} />
        <BackupControls onRestored={(preferred) => void restoredBackup(preferred)} onNotice={setNotice} />
        <LanguagePicker />
      </header>
      <main className="main">
        <Workspace
          articles={<ArticleList currentId={articleId} onSelect={setArticleId} onNotice={setNotice} />}
          editor={articleId ? <EditorArea key={key} articleId={articleId} onRestored={reload} onNotice={setNotice} /> : <p className="empty-state">{t('editor.placeholder')}</p>}
          quotes={<QuotesPane key={key} articleId={articleId} />}
          checks={<ChecksPane key={key} articleId={articleId} />}
          brief={<BriefPane key={key} articleId={articleId} />}
        />
      </main>
    </div>
  )
}
