import { useEffect, useRef } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { EditorState } from 'lexical'
import { $getPlainText } from '../plainText'
import { PendingWrite, type WriteState } from '../pendingWrite'

export type SaveState = WriteState

export type SaveArticle = (editorState: string, plainText: string) => Promise<void>

interface Props {
  /** The editor state as stored when the article was opened: an update that leaves it so is not written. */
  stored: string | null
  onSave: SaveArticle
  /** A synchronous copy to the journal, for a page that is going away. */
  onSaveOnExit?: (editorState: string, plainText: string) => void
  onStateChange: (state: SaveState) => void
  /** A shared article's first update is its text arriving from the document: that is saved too. */
  saveFirstUpdate?: boolean
  delayMs?: number
}

const serialise = (state: EditorState): [string, string] => [JSON.stringify(state.toJSON()), state.read($getPlainText)]

/**
 * Saves every edit shortly after typing pauses, and at once when the page is hidden or closed.
 * An edit stays pending until its write is confirmed; a failed write is retried (PendingWrite).
 */
export function AutosavePlugin({ stored, onSave, onSaveOnExit, onStateChange, saveFirstUpdate = false, delayMs = 300 }: Props): null {
  const [editor] = useLexicalComposerContext()
  // What storage holds: opening an article (plugins normalising marks, say) does not count as an edit.
  const lastStored = useRef(stored)

  useEffect(() => {
    const unlessStored = (save: SaveArticle) => async (state: EditorState) => {
      const [json, text] = serialise(state)
      if (json === lastStored.current) return
      await save(json, text)
      lastStored.current = json
    }
    const writer = new PendingWrite<EditorState>({
      write: unlessStored(onSave),
      writeNow: onSaveOnExit && ((state) => onSaveOnExit(...serialise(state))),
      onState: onStateChange,
      delayMs,
    })
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      if (prevEditorState.isEmpty() && !saveFirstUpdate) return
      writer.set(editorState)
    })
    return () => {
      unregister()
      void writer.dispose()
    }
  }, [editor, onSave, onSaveOnExit, onStateChange, saveFirstUpdate, delayMs])

  return null
}
