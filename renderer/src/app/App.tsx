import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, setSetting } from '../db'
import { BriefPane } from '../panes/brief/BriefPane'
import { ChecksPane } from '../panes/checks/ChecksPane'
import { QuotesPane } from '../panes/quotes/QuotesPane'
import { ArticleList } from './articles/ArticleList'
import { EditorArea } from './EditorArea'
import { LanguagePicker } from './LanguagePicker'
import { Workspace } from './layout/Workspace'

interface Notice {
  kind: 'info' | 'error'
  text: string
}

export function App({ initialArticleId }: { initialArticleId: string | null }) {
  const { t } = useTranslation()
  const [articleId, setArticleId] = useState(initialArticleId)
  const [notice, setNotice] = useState<Notice | null>(null)

  useEffect(() => {
    if (articleId) void setSetting(database(), 'currentArticleId', articleId)
  }, [articleId])

  return (
    <div className="app">
      <header className="top-bar">
        <h1 className="brand">{t('app.name')}</h1>
        <div className={`notice ${notice?.kind ?? ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
          {notice && (
            <>
              {notice.text}
              <button type="button" className="link-button" onClick={() => setNotice(null)} aria-label={t('find.close')}>×</button>
            </>
          )}
        </div>
        <LanguagePicker />
      </header>
      <main className="main">
        <Workspace
          articles={<ArticleList currentId={articleId} onSelect={setArticleId} onNotice={setNotice} />}
          editor={articleId ? <EditorArea articleId={articleId} /> : <p className="empty-state">{t('editor.placeholder')}</p>}
          quotes={<QuotesPane articleId={articleId} />}
          checks={<ChecksPane articleId={articleId} />}
          brief={<BriefPane articleId={articleId} />}
        />
      </main>
    </div>
  )
}
