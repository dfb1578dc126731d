import { useEffect, useRef } from 'react'
import { database, takeRevision } from '../../db'
import { useArticleEditor } from '../../editor/articleEditors'
import { flushAllWrites } from '../../editor/pendingWrite'

/** How long the editor must pause after changes before an automatic revision is taken. */
const IDLE_MS = 30_000

/**
 * Takes an automatic revision when the editor goes idle after changing the article. The
 * database keeps them at least a few minutes apart and thins old ones (db/revisions.ts).
 */
export function useAutoRevisions(articleId: string, onError: (error: unknown) => void): void {
  const editor = useArticleEditor(articleId)
  const reportError = useRef(onError)
  useEffect(() => {
    reportError.current = onError
  })

  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState }) => {
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty()) return
      clearTimeout(timer)
      timer = setTimeout(async () => {
        // A revision copies the stored article: only once the last edits are stored.
        if (!(await flushAllWrites())) return
        takeRevision(database(), articleId, 'auto').catch((error: unknown) => reportError.current(error))
      }, IDLE_MS)
    })
    return () => {
      unregister()
      clearTimeout(timer)
    }
  }, [editor, articleId])
}
