import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
  type TextNode,
} from 'lexical'
import { $unwrapMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark'
import { $createQuoteMarkNode, $isQuoteMarkNode, type QuoteMarkNode } from './nodes/QuoteMarkNode'
import { $getBlocks } from './plainText'

/** One tagged quote as it stands in the editor; offsets refer to $getPlainText(). */
export interface MarkSpan {
  markId: string
  start: number
  end: number
  /** The words under the mark now (blocks joined by '\n', like the plain text). */
  text: string
}

/** A text leaf with its place in the plain text. */
interface Leaf {
  node: LexicalNode
  start: number
  end: number
}

/**
 * Every leaf of the article with its plain-text offsets, block by block, counting exactly as
 * $getPlainText does (ElementNode.getTextContent puts '\n\n' after a non-inline child element).
 */
function $leaves(): { leaves: Leaf[]; blockStarts: Array<{ block: LexicalNode; start: number }>; length: number } {
  const leaves: Leaf[] = []
  const blockStarts: Array<{ block: LexicalNode; start: number }> = []
  let offset = 0
  const visit = (node: LexicalNode) => {
    if ($isElementNode(node)) {
      const children = node.getChildren()
      children.forEach((child, i) => {
        visit(child)
        if ($isElementNode(child) && i !== children.length - 1 && !child.isInline()) offset += 2
      })
      return
    }
    const size = node.getTextContentSize()
    leaves.push({ node, start: offset, end: offset + size })
    offset += size
  }
  $getBlocks().forEach((block, i) => {
    if (i > 0) offset += 1
    blockStarts.push({ block, start: offset })
    visit(block)
  })
  return { leaves, blockStarts, length: offset }
}

function $quoteMarksAbove(node: LexicalNode): QuoteMarkNode[] {
  const marks: QuoteMarkNode[] = []
  for (let parent = node.getParent(); parent; parent = parent.getParent()) if ($isQuoteMarkNode(parent)) marks.push(parent)
  return marks
}

/**
 * The tagged quotes in document order. Pieces of one mark split only by block boundaries
 * (a quote over two paragraphs) count as one; the same id found again after other text is
 * a second span, which reconciliation treats as a duplicate.
 */
export function $collectQuoteMarks(): MarkSpan[] {
  return $readQuoteSnapshot().marks
}

/** The plain text and the tagged quotes in it, from one walk of the article. */
export function $readQuoteSnapshot(): { text: string; marks: MarkSpan[] } {
  const { leaves, length } = $leaves()
  const spans: MarkSpan[] = []
  const open = new Map<string, MarkSpan>()
  const text = $getPlainTextFromLeaves(leaves, length)
  for (const leaf of leaves) {
    for (const mark of $quoteMarksAbove(leaf.node)) {
      for (const markId of mark.getIDs()) {
        const current = open.get(markId)
        if (current && /^\n*$/.test(text.slice(current.end, leaf.start))) {
          current.end = leaf.end
          continue
        }
        const span: MarkSpan = { markId, start: leaf.start, end: leaf.end, text: '' }
        spans.push(span)
        open.set(markId, span)
      }
    }
  }
  for (const span of spans) span.text = text.slice(span.start, span.end)
  return { text, marks: spans.sort((a, b) => a.start - b.start || a.end - b.end) }
}

function $getPlainTextFromLeaves(leaves: Leaf[], length: number): string {
  // Gaps between leaves are block and element separators, all newlines.
  const parts: string[] = []
  let at = 0
  for (const leaf of leaves) {
    if (leaf.start > at) parts.push('\n'.repeat(leaf.start - at))
    parts.push(leaf.node.getTextContent())
    at = leaf.end
  }
  if (length > at) parts.push('\n'.repeat(length - at))
  return parts.join('')
}

/** A Lexical point at a plain-text offset; `bias` picks the leaf when the offset sits between two. */
function $pointAt(offset: number, bias: 'start' | 'end'): { key: string; offset: number; type: 'text' | 'element' } | null {
  const { leaves, blockStarts } = $leaves()
  let best: Leaf | null = null
  for (const leaf of leaves) {
    if (!$isTextNode(leaf.node)) continue
    const inside = bias === 'start' ? offset >= leaf.start && offset < leaf.end : offset > leaf.start && offset <= leaf.end
    if (inside) {
      best = leaf
      break
    }
  }
  if (best) return { key: best.node.getKey(), offset: offset - best.start, type: 'text' }
  // An empty block or a boundary with no text leaf: point into the block itself.
  const block = [...blockStarts].reverse().find((entry) => entry.start <= offset)
  if (block && $isElementNode(block.block)) return { key: block.block.getKey(), offset: bias === 'start' ? 0 : block.block.getChildrenSize(), type: 'element' }
  return null
}

/** The plain-text offsets of the current selection, or null when nothing is selected. */
export function $selectionOffsets(): { start: number; end: number } | null {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null
  const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus]
  const start = $offsetOfPoint(first)
  const end = $offsetOfPoint(last)
  return start === null || end === null || end <= start ? null : { start, end }
}

function $offsetOfPoint(point: PointType): number | null {
  const { leaves, blockStarts } = $leaves()
  const node = point.getNode()
  if (point.type === 'text') {
    const leaf = leaves.find((entry) => entry.node.is(node))
    return leaf ? leaf.start + point.offset : null
  }
  // An element point: before its offset-th child.
  const element = node as ElementNode
  const child = element.getChildAtIndex(point.offset)
  const inside = (leaf: Leaf) => leaf.node.is(element) || element.isParentOf(leaf.node)
  if (child) {
    const leaf = leaves.find((entry) => entry.node.is(child) || ($isElementNode(child) && child.isParentOf(entry.node)))
    if (leaf) return leaf.start
  }
  const last = [...leaves].reverse().find(inside)
  if (last) return last.end
  return blockStarts.find((entry) => entry.block.is(element))?.start ?? null
}

/** The plain text, read from the same walk the offsets come from. */
export function $plainTextForMarks(): string {
  const { leaves, length } = $leaves()
  return $getPlainTextFromLeaves(leaves, length)
}

/**
 * Wraps [start, end) of the plain text in a quote mark. The user's own selection is put back
 * afterwards: accepting from the pane must not move the caret.
 */
export function $wrapSpanInQuoteMark(start: number, end: number, markId: string): boolean {
  const from = $pointAt(start, 'start')
  const to = $pointAt(end, 'end')
  if (!from || !to) return false
  const previous = $getSelection()?.clone() ?? null
  const range = $createRangeSelection()
  range.anchor.set(from.key, from.offset, from.type)
  range.focus.set(to.key, to.offset, to.type)
  $wrapSelectionInMarkNode(range, false, markId, (ids) => $createQuoteMarkNode(ids))
  $setSelection(previous)
  return true
}

/**
 * Takes the tag off the words; the words stay. With `occurrence`, only that span of the id
 * (0-based, in document order) loses it: how a duplicate is undone while the original stays.
 */
export function $removeQuoteMark(markId: string, occurrence?: number): void {
  const spans = $collectQuoteMarks().filter((span) => span.markId === markId)
  const target = occurrence === undefined ? null : spans[occurrence]
  if (occurrence !== undefined && !target) return
  const starts = new Map($leaves().leaves.map((leaf) => [leaf.node.getKey(), leaf.start]))
  for (const node of $quoteMarkNodes()) {
    if (!node.getIDs().includes(markId)) continue
    if (target) {
      const first = node.getFirstDescendant()
      const at = first ? starts.get(first.getKey()) : undefined
      if (at === undefined || at < target.start || at >= target.end) continue
    }
    if (node.getIDs().length > 1) node.deleteID(markId)
    else $unwrapMarkNode(node)
  }
}

export function $quoteMarkNodes(): QuoteMarkNode[] {
  const found: QuoteMarkNode[] = []
  const visit = (node: LexicalNode) => {
    if ($isQuoteMarkNode(node)) found.push(node)
    if ($isElementNode(node)) node.getChildren().forEach(visit)
  }
  visit($getRoot())
  return found
}

/**
 * Takes the tag off pasted marks whose id the article already has, before they are inserted:
 * a copy of a tagged quote is a copy of the words, not a second tag.
 */
export function $unwrapDuplicateMarks(nodes: LexicalNode[], existing: ReadonlySet<string>): void {
  const $strip = (mark: QuoteMarkNode): boolean => {
    const keep = mark.getIDs().filter((id) => !existing.has(id))
    if (keep.length !== mark.getIDs().length && keep.length > 0) mark.setIDs(keep)
    return keep.length === 0
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    if ($isElementNode(node)) for (const mark of $marksInside(node)) if ($strip(mark)) $unwrapMarkNode(mark)
    if ($isQuoteMarkNode(node) && $strip(node)) {
      // A top-level pasted node has no parent to unwrap into: put its children in its place.
      const children = node.getChildren()
      children.forEach((child) => child.remove())
      nodes.splice(i, 1, ...children)
      i += children.length - 1
    }
  }
}

function $marksInside(element: ElementNode): QuoteMarkNode[] {
  return element.getChildren().flatMap((child) => {
    const inner = $isElementNode(child) ? $marksInside(child) : []
    return $isQuoteMarkNode(child) ? [...inner, child] : inner
  })
}

/** Every quote-mark id in the article. */
export function $quoteMarkIds(): Set<string> {
  return new Set($quoteMarkNodes().flatMap((node) => node.getIDs()))
}

/** DOM range for a plain-text span, for highlighting and scrolling; null if it is not rendered. */
export function domRangeForSpan(editor: LexicalEditor, start: number, end: number): Range | null {
  return editor.getEditorState().read(() => {
    const { leaves } = $leaves()
    const texts = leaves.filter((leaf) => $isTextNode(leaf.node)) as Array<Leaf & { node: TextNode }>
    const first = texts.find((leaf) => start >= leaf.start && start < leaf.end)
    const last = [...texts].reverse().find((leaf) => end > leaf.start && end <= leaf.end)
    if (!first || !last) return null
    const startDom = editor.getElementByKey(first.node.getKey())?.firstChild
    const endDom = editor.getElementByKey(last.node.getKey())?.firstChild
    if (!startDom || !endDom) return null
    const range = document.createRange()
    try {
      range.setStart(startDom, start - first.start)
      range.setEnd(endDom, end - last.start)
    } catch {
      return null
    }
    return range
  })
}
