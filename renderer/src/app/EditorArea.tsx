import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, saveArticleText, saveArticleTextOnExit, type Article } from '../db'
import { ArticleEditor, type Collaboration } from '../editor/ArticleEditor'
import { useWriteState } from '../editor/useWriteState'
import { storageMessage } from '../panes/storageMessage'
import type { ShowNotice } from './notices'
import { lexicalProvider } from './collab/lexicalProvider'
import { pushStoredText } from './collab/pushStoredText'
import { ShareControls } from './collab/ShareControls'
import { useSharedSession } from './collab/useSharedSession'
import { useAutoRevisions } from './revisions/useAutoRevisions'
import { StatusBar } from './StatusBar'
import { usePaintedOnce } from './usePaintedOnce'

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
  const painted = usePaintedOnce()

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
  const reportSyncError = useCallback((error: unknown) => onNotice({ kind: 'error', text: t('sync.failed', { reason: storageMessage(t, error) }) }), [onNotice, t])
  const shared = useSharedSession(document, reportSyncError)
  const collaboration = useMemo<Collaboration | undefined>(() => {
    if (!shared) return undefined
    const { session, user } = shared
    const provider = lexicalProvider(session)
    return {
      id: session.docName,
      providerFactory: (id, docs) => {
        docs.set(id, session.doc)
        return provider
      },
      redrawCursors: provider.redrawCursors,
      userName: user.name,
      userColor: user.color,
    }
    // A new status is not a new document: the editor keeps its binding.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shared?.session])

  const restored = useCallback(() => void pushStoredText(articleId).catch(reportSyncError).finally(onRestored), [articleId, onRestored, reportSyncError])

  if (!document || document.id !== articleId) return <div className="editor-loading" aria-busy="true">{t('app.loading')}</div>
  if (document.shared && !collaboration) return <div className="editor-loading" aria-busy="true">{t('sync.loading')}</div>
  return (
    <div className="editor-area">
      <ArticleEditor key={`${document.id}:${collaboration?.id ?? 'local'}`} document={document} collaboration={collaboration} onSave={save} onSaveOnExit={saveOnExit} onSaveStateChange={onSaveStateChange} onWordCount={setWords} onError={reportError} />
      <StatusBar words={words} saveState={saveState}>
        <ShareControls article={document} status={shared?.status ?? null} onChanged={onRestored} onNotice={onNotice} />
        {painted && (
          <Suspense fallback={null}>
            <RevisionControls articleId={articleId} onRestored={restored} onNotice={onNotice} />
          </Suspense>
        )}
      </StatusBar>
    </div>
  )
}
