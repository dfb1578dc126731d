import { $applyNodeReplacement, addClassNamesToElement, type EditorConfig, type LexicalNode, type RangeSelection, type ElementNode } from 'lexical'
import { MarkNode } from '@lexical/mark'

/**
 * A tagged quote: a mark carrying the quote's id (and only the id: who said it and how
 * lives in the database). Text typed at its edges stays outside, so the tag keeps its words.
 */
export class QuoteMarkNode extends MarkNode {
  $config() {
    return this.config('quote-mark', { extends: MarkNode })
  }

  createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config)
    addClassNamesToElement(element, config.theme.quoteMark)
    element.dataset.quoteMark = this.__ids.join(' ')
    return element
  }

  updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    super.updateDOM(prevNode, element, config)
    if (prevNode.__ids.join(' ') !== this.__ids.join(' ')) element.dataset.quoteMark = this.__ids.join(' ')
    return false
  }

  insertNewAfter(_selection: RangeSelection, restoreSelection = true): null | ElementNode {
    const next = $createQuoteMarkNode(this.getIDs())
    this.insertAfter(next, restoreSelection)
    return next
  }
}

export function $createQuoteMarkNode(ids: readonly string[]): QuoteMarkNode {
  return $applyNodeReplacement(new QuoteMarkNode(ids))
}

export function $isQuoteMarkNode(node: LexicalNode | null | undefined): node is QuoteMarkNode {
  return node instanceof QuoteMarkNode
}
