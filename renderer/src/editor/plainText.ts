import { $getRoot, $isElementNode, type LexicalNode } from 'lexical'
import { $isListNode } from '@lexical/list'

/**
 * The article's blocks, one line each, as analysis sees them.
 * List items count as blocks of their own so each sits on its own line.
 */
export function $getBlocks(): LexicalNode[] {
  const blocks: LexicalNode[] = []
  const visit = (node: LexicalNode) => {
    if ($isListNode(node)) {
      for (const item of node.getChildren()) {
        const nested = $isElementNode(item) ? item.getChildren().filter($isListNode) : []
        if (nested.length) nested.forEach(visit)
        else blocks.push(item)
      }
    } else blocks.push(node)
  }
  $getRoot().getChildren().forEach(visit)
  return blocks
}

/** Blocks joined by '\n': the text every stored offset refers to. */
export function $getPlainText(): string {
  return $getBlocks()
    .map((block) => block.getTextContent())
    .join('\n')
}
