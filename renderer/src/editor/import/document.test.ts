// @vitest-environment happy-dom
// Imported files as the editor's state: what @lexical/html makes of the clean HTML.
import { describe, expect, it } from 'vitest'
import { importedDocument } from './document'
import { readImport } from './read'

const read = (name: string, text: string) => {
  const result = readImport(name, new TextEncoder().encode(text))
  if (!result.ok) throw new Error(result.error)
  return importedDocument(result)
}

interface Node {
  type: string
  tag?: string
  text?: string
  format?: number
  url?: string
  children?: Node[]
}
const rootOf = (state: string) => (JSON.parse(state) as { root: Node }).root
const find = (node: Node, type: string): Node[] => [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => find(child, type))]

describe('importing Markdown', () => {
  const doc = read(
    'lajmi.md',
    'Titulli i lajmit\n================\n\nKryeministri tha se\nbuxheti do të **rritet** me *5 për qind*.\n\n- pika [një](https://lajme.al/a)\n- pika [dy](javascript:alert(1))\n',
  )

  it('keeps the setext heading, the hard-wrapped paragraph as one, and the list items as blocks', () => {
    expect(doc.plainText).toBe('Titulli i lajmit\nKryeministri tha se buxheti do të rritet me 5 për qind.\npika një\npika dy')
    const root = rootOf(doc.editorState)
    expect(root.children!.map((child) => child.type)).toEqual(['heading', 'paragraph', 'list'])
    expect(root.children![0].tag).toBe('h1')
  })

  it('keeps bold and italic as formats and the safe link as a link', () => {
    const root = rootOf(doc.editorState)
    const texts = find(root, 'text')
    expect(texts.find((t) => t.text === 'rritet')?.format).toBe(1) // bold
    expect(texts.find((t) => t.text === '5 për qind')?.format).toBe(2) // italic
    expect(find(root, 'link').map((link) => link.url)).toEqual(['https://lajme.al/a'])
  })
})

describe('importing HTML', () => {
  it('keeps links and formatting, and nothing hostile', () => {
    const doc = read('faqja.html', '<h2>Lajm</h2><p onclick="x()">Ministri <strong>tha</strong> <a href="https://lajme.al/">këtu</a><img src="https://evil.example/x.png" onerror="x()"></p><script>x()</script>')
    expect(doc.plainText).toBe('Lajm\nMinistri tha këtu')
    const root = rootOf(doc.editorState)
    expect(find(root, 'link').map((link) => link.url)).toEqual(['https://lajme.al/'])
    expect(find(root, 'text').find((t) => t.text === 'tha')?.format).toBe(1)
    expect(doc.editorState).not.toMatch(/evil|onclick|onerror|script/)
  })

  it('puts loose inline content into paragraphs', () => {
    expect(read('a.html', 'vetëm tekst <b>i trashë</b>').plainText).toBe('vetëm tekst i trashë')
  })
})

describe('importing text', () => {
  it('drops blank lines and makes the short first line the headline', () => {
    const doc = read('a.txt', 'Titulli pa pikë\r\n\r\nParagrafi i parë.\r\n\r\nParagrafi i dytë.\r\n')
    expect(doc.plainText).toBe('Titulli pa pikë\nParagrafi i parë.\nParagrafi i dytë.')
    expect(rootOf(doc.editorState).children!.map((child) => child.type)).toEqual(['heading', 'paragraph', 'paragraph'])
  })
})
