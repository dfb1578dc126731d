import { describe, expect, it } from 'vitest'
import { decodeText, formatOf, markdownToBlocks, MAX_IMPORT_BYTES } from './textImport'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decoding an imported file', () => {
  it('reads UTF-8 with Albanian letters and drops a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFShtëpia e Bardhë, Çështja'))).toEqual({ ok: true, text: 'Shtëpia e Bardhë, Çështja' })
  })

  it('refuses an empty or blank file', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'empty' })
    expect(decodeText(utf8(' \n\t '))).toEqual({ ok: false, error: 'empty' })
  })

  it('refuses a binary file', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]))).toEqual({ ok: false, error: 'binary' })
  })

  it('refuses a file over the size limit', () => {
    expect(decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: 'tooLarge' })
  })

  it('reads a Windows-1252 file and warns that it was not UTF-8', () => {
    const bytes = new Uint8Array([0x53, 0x68, 0x74, 0xeb, 0x70, 0x69, 0x61, 0x20, 0xe7])
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Shtëpia ç', warning: 'encoding' })
  })

  it('reads UTF-16 with its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0xeb, 0x00, 0x0a, 0x00])
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'ë\n' })
  })
})

describe('blocks from Markdown', () => {
  it('keeps headings and paragraphs and strips inline markup', () => {
    expect(markdownToBlocks('# Titulli\n\nNjë **fjali** me [lidhje](http://x.al) dhe `kod`.\n- pika')).toEqual([
      { type: 'heading', level: 1, text: 'Titulli' },
      { type: 'paragraph', text: 'Një fjali me lidhje dhe kod.' },
      { type: 'paragraph', text: 'pika' },
    ])
  })

  it('knows which files it can import', () => {
    expect(formatOf('a.TXT')).toBe('text')
    expect(formatOf('b.md')).toBe('markdown')
    expect(formatOf('c.htm')).toBe('html')
    expect(formatOf('d.docx')).toBeNull()
  })
})
