import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical'
import { $getBlocks } from '../plainText'

interface Props {
  open: boolean
  onClose: () => void
}

/**
 * Find in the article. Matches are painted with the CSS Custom Highlight API,
 * so searching never changes the editor state or its undo history.
 */
export function FindPlugin({ open, onClose }: Props) {
  const [editor] = useLexicalComposerContext()
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [current, setCurrent] = useState(0)
  // Bumped after every editor update, so the matches follow the text as it changes.
  const [revision, setRevision] = useState(0)

  useEffect(() => (open ? editor.registerUpdateListener(() => setRevision((value) => value + 1)) : undefined), [editor, open])

  const ranges = useMemo(
    () => (open && query.trim() !== '' && revision >= 0 ? findRanges(editor, query) : []),
    [editor, open, query, revision],
  )

  const index = ranges.length ? Math.min(current, ranges.length - 1) : -1
  useEffect(() => {
    if (!('highlights' in CSS)) return
    CSS.highlights.set('find-match', new Highlight(...ranges))
    if (index >= 0) {
      CSS.highlights.set('find-current', new Highlight(ranges[index]))
      ranges[index].startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    } else CSS.highlights.delete('find-current')
    return () => {
      CSS.highlights.delete('find-match')
      CSS.highlights.delete('find-current')
    }
  }, [ranges, index])

  const step = useMemo(
    () => (delta: number) => setCurrent((value) => (ranges.length ? (value + delta + ranges.length) % ranges.length : 0)),
    [ranges.length],
  )

  if (!open) return null
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        autoFocus
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setCurrent(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') step(event.shiftKey ? -1 : 1)
          if (event.key === 'Escape') onClose()
        }}
      />
      <span className="find-count" aria-live="polite">
        {query.trim() === '' ? '' : ranges.length ? t('find.count', { current: index + 1, total: ranges.length }) : t('find.none')}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={!ranges.length} aria-label={t('find.previous')}>↑</button>
      <button type="button" onClick={() => step(1)} disabled={!ranges.length} aria-label={t('find.next')}>↓</button>
      <button type="button" onClick={onClose} aria-label={t('find.close')}>×</button>
    </div>
  )
}

/** DOM ranges of every case-insensitive match, block by block. */
function findRanges(editor: LexicalEditor, query: string): Range[] {
  const needle = query.toLocaleLowerCase('sq')
  const ranges: Range[] = []
  editor.getEditorState().read(() => {
    for (const block of $getBlocks()) {
      const texts = textNodesOf(block)
      const haystack = texts.map((node) => node.getTextContent()).join('').toLocaleLowerCase('sq')
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
        const start = domPoint(editor, texts, at)
        const end = domPoint(editor, texts, at + needle.length)
        if (!start || !end) continue
        const range = document.createRange()
        range.setStart(start.node, start.offset)
        range.setEnd(end.node, end.offset)
        ranges.push(range)
      }
    }
  })
  return ranges
}

function textNodesOf(node: LexicalNode): TextNode[] {
  if ($isTextNode(node)) return [node]
  return $isElementNode(node) ? node.getChildren().flatMap(textNodesOf) : []
}

function domPoint(editor: LexicalEditor, texts: TextNode[], offset: number): { node: Node; offset: number } | null {
  let remaining = offset
  for (const [i, text] of texts.entries()) {
    const length = text.getTextContentSize()
    if (remaining < length || (remaining === length && i === texts.length - 1)) {
      const dom = editor.getElementByKey(text.getKey())?.firstChild
      return dom ? { node: dom, offset: remaining } : null
    }
    remaining -= length
  }
  return null
}
