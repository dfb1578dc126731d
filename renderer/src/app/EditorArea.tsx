import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, saveArticleText } from '../db'
import { ArticleEditor, type EditorDocument } from '../editor/ArticleEditor'
import type { SaveState } from '../editor/plugins/AutosavePlugin'
import { StatusBar } from './StatusBar'

/** Loads the chosen article once and hands it to the editor; the editor owns it from then on. */
export function EditorArea({ articleId }: { articleId: string }) {
  const { t } = useTranslation()
  const [document, setDocument] = useState<EditorDocument | null>(null)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [words, setWords] = useState(0)

  useEffect(() => {
    let current = true
    database()
      .articles.get(articleId)
      .then((article) => current && setDocument(article ?? null))
    return () => {
      current = false
    }
  }, [articleId])

  const save = useCallback((editorState: string, plainText: string) => saveArticleText(database(), articleId, editorState, plainText), [articleId])
  const reportError = useCallback((error: Error) => setSaveState({ error: error.message }), [])

  if (!document || document.id !== articleId) return <div className="editor-loading" aria-busy="true">{t('app.loading')}</div>
  return (
    <div className="editor-area">
      <ArticleEditor key={document.id} document={document} onSave={save} onSaveStateChange={setSaveState} onWordCount={setWords} onError={reportError} />
      <StatusBar words={words} saveState={saveState} />
    </div>
  )
}
