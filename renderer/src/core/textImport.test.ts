import { describe, expect, it } from 'vitest'
import { blocksText, cleanSourceText, decodeText, formatOf, looksBinary, MAX_IMPORT_BYTES, plainTextBlocks, textFileBlocks } from './textImport'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decoding an imported file', () => {
  it('reads UTF-8 with Albanian letters and drops a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFShtëpia e Bardhë, Çështja'))).toEqual({ ok: true, text: 'Shtëpia e Bardhë, Çështja' })
  })

  it('turns Windows and old Mac line ends into \\n, so offsets are the same on every platform', () => {
    expect(decodeText(utf8('një\r\ndy\rtre\n'))).toEqual({ ok: true, text: 'një\ndy\ntre\n' })
  })

  it('refuses an empty or blank file', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'empty' })
    expect(decodeText(utf8(' \n\t '))).toEqual({ ok: false, error: 'empty' })
  })

  it('refuses a binary file', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]))).toEqual({ ok: false, error: 'binary' })
    // No NUL, but mostly control bytes: still not text.
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02, 0x03]))).toEqual({ ok: false, error: 'binary' })
  })

  it('keeps a text with a stray escape sequence in it (what a terminal would act on is escaped when printed)', () => {
    const text = `Ministri tha se bisedimet vazhdojnë. \u001b[2K\u001b[G ${'Fjalë të tjera të deklaratës. '.repeat(10)}`
    expect(decodeText(utf8(text))).toEqual({ ok: true, text })
  })

  it('refuses a file over the size limit', () => {
    expect(decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: 'tooLarge' })
  })

  it('reads a Windows-1252 file and warns that it was not UTF-8', () => {
    const bytes = new Uint8Array([0x53, 0x68, 0x74, 0xeb, 0x70, 0x69, 0x61, 0x20, 0xe7, 0x0d, 0x0a, 0x93, 0x50, 0x6f, 0x94])
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Shtëpia ç\n“Po”', warning: 'encoding' })
  })

  it('reads UTF-16 with its byte-order mark, either way round', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xeb, 0x00, 0x0a, 0x00]))).toEqual({ ok: true, text: 'ë\n' })
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0xeb, 0x00, 0x0d, 0x00, 0x0a]))).toEqual({ ok: true, text: 'ë\n' })
  })

  it('tells binary from text the same way for pasted text', () => {
    expect(looksBinary('\u0000 x')).toBe(true)
    expect(looksBinary('\u0001\u0002\u0003 abc')).toBe(true)
    expect(looksBinary('Palët ranë dakord.\tMirë.\f')).toBe(false)
  })
})

describe('an article from a text file', () => {
  it('takes blank lines as separators, not as empty paragraphs', () => {
    const blocks = textFileBlocks('Paragrafi i parë, me pikë.\n\nParagrafi i dytë.\n\n\n  Paragrafi i tretë.  \n')
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Paragrafi i parë, me pikë.' },
      { type: 'paragraph', text: 'Paragrafi i dytë.' },
      { type: 'paragraph', text: 'Paragrafi i tretë.' },
    ])
    expect(blocksText(blocks)).toBe('Paragrafi i parë, me pikë.\nParagrafi i dytë.\nParagrafi i tretë.')
  })

  it('makes a short first line without a final period the headline', () => {
    expect(textFileBlocks('Putin pranon armëpushimin energjetik\n\nPresidenti ka rënë dakord.')).toEqual([
      { type: 'heading', level: 1, text: 'Putin pranon armëpushimin energjetik' },
      { type: 'paragraph', text: 'Presidenti ka rënë dakord.' },
    ])
    expect(textFileBlocks('Rama: “Do të fitojmë”\nTeksti.')[0]).toMatchObject({ type: 'heading' })
  })

  it('keeps a first line that ends a sentence, a heading of a document, a long line or a lone line as a paragraph', () => {
    expect(textFileBlocks('Presidenti ka rënë dakord.\nTeksti.')[0].type).toBe('paragraph')
    expect(textFileBlocks('Deklarata e Shtëpisë së Bardhë:\nTeksti.')[0].type).toBe('paragraph')
    expect(textFileBlocks(`${'fjalë '.repeat(25)}pa pikë\nTeksti.`)[0].type).toBe('paragraph')
    expect(textFileBlocks('Vetëm një rresht')).toEqual([{ type: 'paragraph', text: 'Vetëm një rresht' }])
  })

  it('keeps stored plain text exactly, one paragraph per line, empty lines included', () => {
    expect(plainTextBlocks('a\n\nb')).toEqual([
      { type: 'paragraph', text: 'a' },
      { type: 'paragraph', text: '' },
      { type: 'paragraph', text: 'b' },
    ])
  })

  it('cleans a source’s text: line ends, trailing spaces, blank edges', () => {
    expect(cleanSourceText('\uFEFF\n Teksti  \r\nvazhdon\t\n\n')).toBe('Teksti\nvazhdon')
  })

  it('knows which files it can import', () => {
    expect(formatOf('a.TXT')).toBe('text')
    expect(formatOf('b.md')).toBe('markdown')
    expect(formatOf('c.htm')).toBe('html')
    expect(formatOf('d.docx')).toBeNull()
  })
})
