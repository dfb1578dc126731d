import type { LexicalEditor } from 'lexical'
import { domRangeForSpan } from '../../editor/quoteMarks'

// Pointing at a quote paints it with the CSS Custom Highlight API: nothing in the editor
// state changes, so it costs no update and leaves the undo history alone.
const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS

export function highlightSpan(editor: LexicalEditor, name: 'quote-hover' | 'quote-focus', span: { start: number; end: number } | null): Range | null {
  if (!supported()) return null
  const range = span ? domRangeForSpan(editor, span.start, span.end) : null
  if (range) CSS.highlights.set(name, new Highlight(range))
  else CSS.highlights.delete(name)
  return range
}

/** Scrolls the editor to a quote and marks it until the next one is chosen. */
export function revealSpan(editor: LexicalEditor, span: { start: number; end: number }): void {
  const range = highlightSpan(editor, 'quote-focus', span) ?? domRangeForSpan(editor, span.start, span.end)
  const element = range?.startContainer.parentElement
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' })
}

/**
 * The suggestions the pane lists, lightly marked in the text so the editor sees what it is
 * talking about before accepting them. Tags have marks of their own; these are only painted.
 */
export function highlightSuggestions(editor: LexicalEditor, spans: ReadonlyArray<{ start: number; end: number }>): void {
  if (!supported()) return
  const ranges = spans.map((span) => domRangeForSpan(editor, span.start, span.end)).filter((range): range is Range => range !== null)
  if (ranges.length > 0) CSS.highlights.set('quote-suggested', new Highlight(...ranges))
  else CSS.highlights.delete('quote-suggested')
}

export function clearHighlights(): void {
  if (!supported()) return
  CSS.highlights.delete('quote-hover')
  CSS.highlights.delete('quote-focus')
  CSS.highlights.delete('quote-suggested')
}
