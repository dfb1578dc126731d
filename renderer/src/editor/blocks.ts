import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'
import { createHeadlessEditor } from '@lexical/headless'
import { $createHeadingNode } from '@lexical/rich-text'
import type { Block } from '../core/textImport'
import { editorNodes } from './nodes/nodes'

/** Replaces the editor's content with imported blocks. */
export function $insertBlocks(blocks: readonly Block[]): void {
  const root = $getRoot()
  root.clear()
  for (const block of blocks) {
    const node = block.type === 'heading' ? $createHeadingNode(`h${block.level ?? 1}`) : $createParagraphNode()
    if (block.text) node.append($createTextNode(block.text))
    root.append(node)
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode())
}

/** Lexical JSON for imported blocks, built without a DOM so it can be stored before the editor opens. */
export function editorStateFromBlocks(blocks: readonly Block[]): string {
  const editor = createHeadlessEditor({ nodes: editorNodes, onError: (error) => { throw error } })
  editor.update(() => $insertBlocks(blocks), { discrete: true })
  return JSON.stringify(editor.getEditorState().toJSON())
}
