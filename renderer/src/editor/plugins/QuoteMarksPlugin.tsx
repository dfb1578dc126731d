import { useEffect } from 'react'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNodeByKey, COMMAND_PRIORITY_HIGH, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, type LexicalEditor } from 'lexical'
import { mergeRegister } from '@lexical/utils'
import { registerArticleEditor } from '../articleEditors'
import { TAG_QUOTE_COMMAND } from '../commands'
import { $isQuoteMarkNode, QuoteMarkNode } from '../nodes/QuoteMarkNode'
import { $quoteMarkIds, $quoteMarkNodes, $unwrapDuplicateMarks } from '../quoteMarks'

/** How a tag looks: its kind, and whether the editor is pointing at it in the pane. */
export interface QuoteMarkLook {
  kind: 'direct' | 'partial' | 'indirect'
  active?: boolean
}

const looks = new WeakMap<LexicalEditor, ReadonlyMap<string, QuoteMarkLook>>()

/**
 * Styles the tags from the metadata kept outside the editor state. It touches only the DOM,
 * so it costs no update and no undo step.
 */
export function setQuoteMarkLooks(editor: LexicalEditor, next: ReadonlyMap<string, QuoteMarkLook>): void {
  looks.set(editor, next)
  const keys = editor.getEditorState().read(() => $quoteMarkNodes().map((node) => [node.getKey(), node.getIDs()] as const))
  for (const [key, ids] of keys) paint(editor, key, ids)
}

function paint(editor: LexicalEditor, key: string, ids: readonly string[]): void {
  const element = editor.getElementByKey(key)
  if (!element) return
  const map = looks.get(editor)
  const look = ids.map((id) => map?.get(id)).find(Boolean)
  if (look) element.dataset.kind = look.kind
  else delete element.dataset.kind
  element.classList.toggle('ed-quote-mark-active', ids.some((id) => map?.get(id)?.active))
}

/**
 * Quote tags in the editor: Ctrl/Cmd+Shift+Q asks to tag the selection, a pasted copy of a
 * tag loses its id, and the panes can reach this editor by its article id.
 */
export function QuoteMarksPlugin({ articleId }: { articleId: string }): null {
  const [editor] = useLexicalComposerContext()

  useEffect(
    () =>
      mergeRegister(
        registerArticleEditor(articleId, editor),
        editor.registerCommand(
          SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
          ({ nodes }) => {
            $unwrapDuplicateMarks(nodes, $quoteMarkIds())
            return false
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return false
            if (event.code !== 'KeyQ' && event.key.toLowerCase() !== 'q') return false
            event.preventDefault()
            editor.dispatchCommand(TAG_QUOTE_COMMAND, undefined)
            return true
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerMutationListener(
          QuoteMarkNode,
          (mutations) => {
            const changed = [...mutations].filter(([, mutation]) => mutation !== 'destroyed').map(([key]) => key)
            if (changed.length === 0) return
            const ids = editor.getEditorState().read(() =>
              changed.flatMap((key) => {
                const node = $getNodeByKey(key)
                return $isQuoteMarkNode(node) ? [[key, node.getIDs()] as const] : []
              }),
            )
            for (const [key, markIds] of ids) paint(editor, key, markIds)
          },
          { skipInitialization: false },
        ),
      ),
    [editor, articleId],
  )

  return null
}
