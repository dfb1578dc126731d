import { useEffect, type RefObject } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $setSelection, COLLABORATION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical'
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext'
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin'
import type { Collaboration } from '../ArticleEditor'

const CURSOR_REDRAW_MS = 2000

interface Props {
  collaboration: Collaboration
  cursors: RefObject<HTMLDivElement | null>
}

/**
 * Lexical places the others' cursors where their words are on screen when someone moves, not when
 * the article scrolls or its column changes width: then they are drawn again, once a frame, and
 * every two seconds besides.
 */
function useCursorsFollowLayout(redraw: () => void): void {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let frame = 0
    const place = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(redraw)
    }
    const resized = new ResizeObserver(place)
    // A cursor that could not be placed while a change was arriving would stay away until its
    // owner moves again.
    const every = setInterval(place, CURSOR_REDRAW_MS)
    const unregister = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('scroll', place)
      if (previous) resized.unobserve(previous)
      root?.addEventListener('scroll', place, { passive: true })
      if (root) resized.observe(root)
    })
    return () => {
      unregister()
      resized.disconnect()
      clearInterval(every)
      cancelAnimationFrame(frame)
    }
  }, [editor, redraw])
}

/**
 * The binding tells the others where this editor's selection is from every local update, but skips
 * an update that also applied someone else's change: a selection moved in that same update is told
 * again, in an update of its own.
 */
function useSelectionToldAfterRemoteChanges(): void {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerUpdateListener(({ tags, editorState, prevEditorState }) => {
        const selection = editorState._selection
        if (!tags.has(COLLABORATION_TAG) || !selection || selection.is(prevEditorState._selection)) return
        queueMicrotask(() => editor.update(() => $setSelection($getSelection()?.clone() ?? null), { tag: SKIP_SCROLL_INTO_VIEW_TAG }))
      }),
    [editor],
  )
}

/** Binds the editor to a shared document through Lexical's own binding; its undo is the document's. */
export default function SharedTextPlugin({ collaboration, cursors }: Props) {
  useCursorsFollowLayout(collaboration.redrawCursors)
  useSelectionToldAfterRemoteChanges()
  return (
    <LexicalCollaboration>
      <CollaborationPlugin
        id={collaboration.id}
        providerFactory={collaboration.providerFactory}
        // The document is filled when the article is shared (app/collab/fillDocument.ts), never here.
        shouldBootstrap={false}
        username={collaboration.userName}
        cursorColor={collaboration.userColor}
        cursorsContainerRef={cursors}
      />
    </LexicalCollaboration>
  )
}
