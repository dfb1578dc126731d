import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, saveArticleText, saveArticleTextOnExit, type Article } from '../db'
import { ArticleEditor } from '../editor/ArticleEditor'
import { useWriteState } from '../editor/useWriteState'
import { storageMessage } from '../panes/storageMessage'
import type { ShowNotice } from './notices'
import { useAutoRevisions } from './revisions/useAutoRevisions'
import { StatusBar } from './StatusBar'

// The history dialog and its word diff are not needed to show the article.
const RevisionControls = lazy(() => import('./revisions/RevisionControls').then((module) => ({ default: module.RevisionControls })))

interface Props {
  articleId: string
  /** The article as already read from storage, if it was: then it is not read again. */
  stored?: Article
  /** The stored article was replaced (a revision restored): show it again. */
  onRestored: () => void
  onNotice: ShowNotice
}

/** Loads the chosen article once and hands it to the editor; the editor owns it from then on. */
export function EditorArea({ articleId, stored, onRestored, onNotice }: Props) {
  const { t } = useTranslation()
  const [given] = useState(stored)
  const [document, setDocument] = useState<Article | null>(given ?? null)
  const [saveState, onSaveStateChange] = useWriteState()
  const [words, setWords] = useState(0)

  useEffect(() => {
    if (given) return
    let current = true
    database()
      .articles.get(articleId)
      .then(
        (article) => {
          if (current) setDocument(article ?? null)
        },
        (error: unknown) => current && onNotice({ kind: 'error', text: t('app.storageError', { message: storageMessage(t, error) }) }),
      )
    return () => {
      current = false
    }
  }, [articleId, given, onNotice, t])

  const save = useCallback(async (editorState: string, plainText: string) => void (await saveArticleText(database(), articleId, editorState, plainText)), [articleId])
  const saveOnExit = useCallback((editorState: string, plainText: string) => saveArticleTextOnExit(articleId, editorState, plainText), [articleId])
  const reportError = useCallback((error: Error) => onNotice({ kind: 'error', text: error.message }), [onNotice])
  const reportRevisionError = useCallback((error: unknown) => onNotice({ kind: 'error', text: t('revisions.failed', { message: storageMessage(t, error) }) }), [onNotice, t])
  useAutoRevisions(articleId, reportRevisionError)

  if (!document || document.id !== articleId) return <div className="editor-loading" aria-busy="true">{t('app.loading')}</div>
  return (
    <div className="editor-area">
      <ArticleEditor key={document.id} document={document} onSave={save} onSaveOnExit={saveOnExit} onSaveStateChange={onSaveStateChange} onWordCount={setWords} onError={reportError} />
      <StatusBar words={words} saveState={saveState}>
        <Suspense fallback={null}>
          <RevisionControls articleId={articleId} onRestored={onRestored} onNotice={onNotice} />
        </Suspense>
      </StatusBar>
    </div>
  )
}
