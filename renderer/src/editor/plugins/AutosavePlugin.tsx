import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { EditorState } from 'lexical'
import { $getPlainText } from '../plainText'

export type SaveState = 'saved' | 'saving' | { error: string }

interface Props {
  onSave: (editorState: string, plainText: string) => Promise<void>
  onStateChange: (state: SaveState) => void
  delayMs?: number
}

/** Saves every edit shortly after typing pauses, and at once when the page is hidden or closed. */
export function AutosavePlugin({ onSave, onStateChange, delayMs = 300 }: Props): null {
  const [editor] = useLexicalComposerContext()

  useEffect(() => {
    let pending: EditorState | null = null
    let timer: ReturnType<typeof setTimeout> | undefined

    const flush = () => {
      clearTimeout(timer)
      if (!pending) return
      const state = pending
      pending = null
      const plainText = state.read($getPlainText)
      onSave(JSON.stringify(state.toJSON()), plainText).then(
        () => onStateChange(pending ? 'saving' : 'saved'),
        (error: unknown) => onStateChange({ error: error instanceof Error ? error.message : String(error) }),
      )
    }

    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      if (prevEditorState.isEmpty()) return
      pending = editorState
      onStateChange('saving')
      clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    })
    const onHide = () => flush()
    window.addEventListener('pagehide', onHide)
    window.addEventListener('beforeunload', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      unregister()
      window.removeEventListener('pagehide', onHide)
      window.removeEventListener('beforeunload', onHide)
      document.removeEventListener('visibilitychange', onHide)
      flush()
    }
  }, [editor, onSave, onStateChange, delayMs])

  return null
}
