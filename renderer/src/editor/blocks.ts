import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'
import { $createHeadingNode } from '@lexical/rich-text'
import type { Block } from '../core/textImport'

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
