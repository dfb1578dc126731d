// An imported file as the article editor's state: blocks of text as they are, clean HTML
// through @lexical/html, the way a paste is read.
import { $createParagraphNode, $getEditor, $getRoot, $isDecoratorNode, $isElementNode, type LexicalNode } from 'lexical'
import { createHeadlessEditor } from '@lexical/headless'
import { $generateNodesFromDOM } from '@lexical/html'
import { textFileBlocks } from '../../core/textImport'
import { $insertBlocks } from '../blocks'
import { editorNodes } from '../nodes/nodes'
import { $getPlainText } from '../plainText'
import type { ImportRead } from './read'

export interface ImportedDocument {
  editorState: string
  plainText: string
}

/** Appends nodes to the root, gathering inline runs (text, links, line breaks) into paragraphs. */
function $appendToRoot(nodes: LexicalNode[]): void {
  const root = $getRoot()
  let paragraph: ReturnType<typeof $createParagraphNode> | null = null
  for (const node of nodes) {
    if (($isElementNode(node) && !node.isInline()) || ($isDecoratorNode(node) && !node.isInline())) {
      paragraph = null
      root.append(node)
    } else {
      if (!paragraph) root.append((paragraph = $createParagraphNode()))
      paragraph.append(node)
    }
  }
}

/**
 * Clean HTML (from sanitizeHtml: no scripts, handlers or remote content) into Lexical nodes.
 * The page's parser only ever sees HTML that sanitizeHtml wrote.
 */
export function $nodesFromCleanHtml(html: string): LexicalNode[] {
  const dom = new DOMParser().parseFromString(html, 'text/html')
  return $generateNodesFromDOM($getEditor(), dom)
}

/** The editor state and plain text of a file that readImport has read. */
export function importedDocument(read: Extract<ImportRead, { ok: true }>): ImportedDocument {
  const editor = createHeadlessEditor({ nodes: editorNodes, onError: (error) => { throw error } })
  editor.update(
    () => {
      if (read.kind === 'text') {
        $insertBlocks(textFileBlocks(read.text))
        return
      }
      $getRoot().clear()
      $appendToRoot($nodesFromCleanHtml(read.html))
      if ($getRoot().getChildrenSize() === 0) $getRoot().append($createParagraphNode())
    },
    { discrete: true },
  )
  const state = editor.getEditorState()
  return { editorState: JSON.stringify(state.toJSON()), plainText: state.read($getPlainText) }
}
