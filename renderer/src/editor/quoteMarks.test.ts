import { describe, expect, it } from 'vitest'
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical'
import { createHeadlessEditor } from '@lexical/headless'
import { $createQuoteMarkNode, $isQuoteMarkNode } from './nodes/QuoteMarkNode'
import { editorNodes } from './nodes/nodes'
import { $plainTextForMarks, $quoteMarkIds, $readQuoteSnapshot, $removeQuoteMark, $unwrapDuplicateMarks, $wrapSpanInQuoteMark } from './quoteMarks'
import { $getPlainText } from './plainText'

function editorWith(...paragraphs: string[]): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: editorNodes, onError: (error) => { throw error } })
  editor.update(() => {
    for (const text of paragraphs) $getRoot().append($createParagraphNode().append($createTextNode(text)))
  }, { discrete: true })
  return editor
}

const snapshot = (editor: LexicalEditor) => editor.getEditorState().read($readQuoteSnapshot)

describe('quote marks in the editor', () => {
  it('wraps a span of the plain text and finds it again with its words', () => {
    const editor = editorWith('Hyrja.', 'Ai tha: “Këto negociata do të fillojnë” sot.')
    const start = 'Hyrja.\nAi tha: “'.length
    editor.update(() => $wrapSpanInQuoteMark(start, start + 'Këto negociata do të fillojnë'.length, 'm1'), { discrete: true })
    expect(snapshot(editor).marks).toEqual([{ markId: 'm1', start, end: start + 29, text: 'Këto negociata do të fillojnë' }])
    expect(editor.getEditorState().read($plainTextForMarks)).toBe(editor.getEditorState().read($getPlainText))
  })

  it('keeps the tag on the same words when text is typed before it', () => {
    const editor = editorWith('Ai tha: “fjalë të thëna” sot.')
    editor.update(() => $wrapSpanInQuoteMark(9, 23, 'm1'), { discrete: true })
    editor.update(() => {
      const first = $getRoot().getFirstDescendant()
      if ($isTextNode(first)) first.setTextContent(`LAJM: ${first.getTextContent()}`)
    }, { discrete: true })
    expect(snapshot(editor).marks).toMatchObject([{ markId: 'm1', start: 15, text: 'fjalë të thëna' }])
  })

  it('counts a quote over two paragraphs as one tag', () => {
    const editor = editorWith('Ai tha: “pjesa e parë', '“pjesa e dytë” dhe mbaroi.')
    editor.update(() => $wrapSpanInQuoteMark(9, 'Ai tha: “pjesa e parë\n“pjesa e dytë'.length, 'm1'), { discrete: true })
    const { marks } = snapshot(editor)
    expect(marks).toHaveLength(1)
    expect(marks[0].text).toBe('pjesa e parë\n“pjesa e dytë')
  })

  it('sees the same id twice when a copy sits elsewhere, and removes just the copy', () => {
    const editor = editorWith('një dy tre katër')
    editor.update(() => {
      $wrapSpanInQuoteMark(0, 3, 'm1')
      $wrapSpanInQuoteMark(7, 10, 'm1')
    }, { discrete: true })
    expect(snapshot(editor).marks.map((mark) => mark.text)).toEqual(['një', 'tre'])
    editor.update(() => $removeQuoteMark('m1', 1), { discrete: true })
    expect(snapshot(editor).marks.map((mark) => mark.text)).toEqual(['një'])
    expect(editor.getEditorState().read($getPlainText)).toBe('një dy tre katër')
  })

  it('takes the id off pasted marks the article already has, and keeps new ones', () => {
    const editor = editorWith('një dy')
    editor.update(() => $wrapSpanInQuoteMark(0, 3, 'm1'), { discrete: true })
    editor.update(() => {
      const pasted = [$createQuoteMarkNode(['m1']).append($createTextNode('një')), $createParagraphNode().append($createQuoteMarkNode(['m2']).append($createTextNode('tjetër')))]
      $unwrapDuplicateMarks(pasted, $quoteMarkIds())
      expect($isTextNode(pasted[0])).toBe(true)
      const paragraph = pasted[1]
      expect($isElementNode(paragraph) && $isQuoteMarkNode(paragraph.getFirstChild())).toBe(true)
    }, { discrete: true })
  })
})
