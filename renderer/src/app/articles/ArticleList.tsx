import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { articlesNewestFirst, createArticle, database, deleteArticle, importArticle, type Article } from '../../db'
import { flushAllWrites } from '../../editor/pendingWrite'
import { storageMessage } from '../../panes/storageMessage'
import { OpenSharedButton } from '../collab/OpenSharedDialog'
import { FileButton } from '../FileButton'
import { formatDateTime } from '../formatDate'
import type { ShowNotice } from '../notices'
import { articleFromFile, articleFromText } from './importFile'
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog'
import { PasteDialog } from './PasteDialog'

interface Props {
  currentId: string | null
  onSelect: (id: string | null) => void
  onNotice: ShowNotice
}

export function ArticleList({ currentId, onSelect, onNotice }: Props) {
  const { t, i18n } = useTranslation()
  const db = database()
  const articles = useLiveQuery(() => articlesNewestFirst(db), [db])
  const [pasting, setPasting] = useState(false)
  const [deleting, setDeleting] = useState<Article | null>(null)

  // Every storage failure here is told (role="alert" in the top bar); nothing fails silently.
  const failed = (key: string, values: Record<string, string> = {}) => (error: unknown) =>
    onNotice({ kind: 'error', text: t(key, { ...values, reason: storageMessage(t, error) }) })

  const create = async () => {
    try {
      onSelect((await createArticle(db, { plainText: '' })).id)
    } catch (error) {
      failed('articles.createFailed')(error)
    }
  }

  const createFromText = async (text: string) => {
    try {
      const article = await importArticle(db, articleFromText(text))
      setPasting(false)
      onSelect(article.id)
    } catch (error) {
      failed('articles.createFailed')(error)
    }
  }

  const importFile = async (file: File) => {
    let result: Awaited<ReturnType<typeof articleFromFile>>
    try {
      result = await articleFromFile(file)
    } catch (error) {
      return failed('articles.importFailed', { name: file.name })(error)
    }
    if (!result.ok) {
      onNotice({ kind: 'error', text: t('articles.importFailed', { name: file.name, reason: t(`importErrors.${result.error}`, { limit: 5 }) }) })
      return
    }
    let article
    try {
      article = await importArticle(db, result.article)
    } catch (error) {
      return failed('articles.importFailed', { name: file.name })(error)
    }
    onSelect(article.id)
    onNotice(
      result.warning
        ? { kind: 'error', text: `${t('articles.imported', { name: file.name })} ${t('importErrors.encoding')}` }
        : { kind: 'info', text: t('articles.imported', { name: file.name }) },
    )
  }

  const confirmDelete = async (article: Article) => {
    setDeleting(null)
    try {
      // The open article's last keystrokes are written before it goes, so none is left retrying.
      await flushAllWrites()
      await deleteArticle(db, article.id)
      if (article.id === currentId) onSelect((await articlesNewestFirst(db))[0]?.id ?? null)
      // Its copy of a shared document goes too, once closed; the document stays on the server for the others.
      if (article.shared) void import('../../collab/session').then(({ forgetLocalCopy }) => forgetLocalCopy(article.shared!.doc)).catch(failed('articles.deleteFailed', { title: article.title }))
    } catch (error) {
      failed('articles.deleteFailed', { title: article.title || t('articles.untitled') })(error)
    }
  }

  return (
    <nav className="article-list" aria-labelledby="articles-heading">
      <h2 id="articles-heading" className="pane-title">{t('articles.heading')}</h2>
      <div className="article-actions">
        <button type="button" data-testid="new-article" onClick={() => void create()}>
          {t('articles.new')}
        </button>
        <button type="button" onClick={() => setPasting(true)}>{t('articles.paste')}</button>
        <FileButton
          label={t('articles.import')}
          hint={t('articles.importHint')}
          testId="import-article"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onFile={(file) => void importFile(file)}
        />
        <OpenSharedButton onOpen={onSelect} />
      </div>
      <ul className="article-items">
        {articles?.map((article) => (
          <li key={article.id} className={article.id === currentId ? 'current' : undefined}>
            <button
              type="button"
              className="article-open"
              data-testid="article-item"
              data-article-id={article.id}
              aria-current={article.id === currentId ? 'page' : undefined}
              onClick={() => onSelect(article.id)}
            >
              <span className="article-title">{article.title || t('articles.untitled')}</span>
              <span className="article-meta">{t('articles.updated', { date: formatDateTime(article.updatedAt, i18n.language) })}</span>
            </button>
            <button
              type="button"
              className="article-delete"
              aria-label={`${t('articles.delete')}: ${article.title || t('articles.untitled')}`}
              title={t('articles.delete')}
              onClick={() => setDeleting(article)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {pasting && <PasteDialog onCreate={createFromText} onClose={() => setPasting(false)} />}
      {deleting && (
        <ConfirmDeleteDialog title={deleting.title || t('articles.untitled')} onConfirm={() => confirmDelete(deleting)} onClose={() => setDeleting(null)} />
      )}
    </nav>
  )
}
