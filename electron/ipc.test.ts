import { describe, expect, it } from 'vitest'
import { API_METHODS, MAX_SAVE_BYTES, channels, printToPdfRequest, saveFileRequest, utf8ByteLength } from './ipc'

const doc = '<!doctype html><html lang="sq"><head><title>Brief</title></head><body><h1>Përmbledhje</h1></body></html>'

describe('saveFile requests', () => {
  it('accepts a name, text and filters', () => {
    const ok = saveFileRequest.safeParse({ suggestedName: 'brief.md', data: '# Titulli ë ç', filters: [{ name: 'Markdown', extensions: ['md'] }] })
    expect(ok.success).toBe(true)
  })

  it('refuses unknown keys, so junk cannot ride along', () => {
    expect(saveFileRequest.safeParse({ suggestedName: 'a.md', data: '', path: '/etc/passwd' }).success).toBe(false)
    expect(saveFileRequest.safeParse({ suggestedName: 'a.md', data: '', filters: [{ name: 'x', extensions: ['md'], extra: 1 }] }).success).toBe(false)
  })

  it('refuses wrong types and missing fields', () => {
    expect(saveFileRequest.safeParse({ suggestedName: 42, data: '' }).success).toBe(false)
    expect(saveFileRequest.safeParse({ suggestedName: 'a.md', data: new Uint8Array(2) }).success).toBe(false)
    expect(saveFileRequest.safeParse({ data: 'x' }).success).toBe(false)
    expect(saveFileRequest.safeParse(null).success).toBe(false)
    expect(saveFileRequest.safeParse('a.md').success).toBe(false)
  })

  it('refuses names that are empty, too long or carry control characters', () => {
    expect(saveFileRequest.safeParse({ suggestedName: '', data: '' }).success).toBe(false)
    expect(saveFileRequest.safeParse({ suggestedName: 'a'.repeat(201), data: '' }).success).toBe(false)
    expect(saveFileRequest.safeParse({ suggestedName: 'a\u0000.md', data: '' }).success).toBe(false)
  })

  it('refuses filter extensions written with a dot or a path', () => {
    expect(saveFileRequest.safeParse({ suggestedName: 'a', data: '', filters: [{ name: 'x', extensions: ['.md'] }] }).success).toBe(false)
    expect(saveFileRequest.safeParse({ suggestedName: 'a', data: '', filters: [{ name: 'x', extensions: ['../md'] }] }).success).toBe(false)
  })

  it('counts the 50 MB limit in UTF-8 bytes, not characters', () => {
    const ascii = 'a'.repeat(MAX_SAVE_BYTES)
    expect(saveFileRequest.safeParse({ suggestedName: 'a.txt', data: ascii }).success).toBe(true)
    expect(saveFileRequest.safeParse({ suggestedName: 'a.txt', data: ascii + 'a' }).success).toBe(false)
    // ë is two bytes: half as many characters already reach the limit.
    const albanian = 'ë'.repeat(MAX_SAVE_BYTES / 2 + 1)
    expect(saveFileRequest.safeParse({ suggestedName: 'a.txt', data: albanian }).success).toBe(false)
  })
})

describe('utf8ByteLength', () => {
  it('agrees with Buffer for Albanian text, curly quotes and emoji', () => {
    for (const text of ['', 'abc', 'Është çështje', '„citim“ — “quote”', '😀 a', '\ud800 lone surrogate']) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'))
    }
  })
})

describe('printToPdf requests', () => {
  const good = { html: doc, title: 'Përmbledhje', pageSize: 'A4', suggestedName: 'brief.pdf' }

  it('accepts a static document in A4 or Letter', () => {
    expect(printToPdfRequest.safeParse(good).success).toBe(true)
    expect(printToPdfRequest.safeParse({ ...good, pageSize: 'Letter' }).success).toBe(true)
  })

  it('refuses other page sizes, extra keys and documents with scripts', () => {
    expect(printToPdfRequest.safeParse({ ...good, pageSize: 'A3' }).success).toBe(false)
    expect(printToPdfRequest.safeParse({ ...good, javascript: true }).success).toBe(false)
    expect(printToPdfRequest.safeParse({ ...good, html: doc.replace('</body>', '<SCRIPT>alert(1)</SCRIPT></body>') }).success).toBe(false)
    expect(printToPdfRequest.safeParse({ ...good, html: doc.replace('</body>', '<p>&lt;script&gt; is fine as text</p></body>') }).success).toBe(true)
  })
})

describe('the contract', () => {
  it('answers every failure in the shape of its channel', () => {
    expect(channels['file:save'].failure('x')).toEqual({ saved: false, error: 'x' })
    expect(channels['pdf:print'].failure('x')).toEqual({ saved: false, error: 'x' })
    expect(channels['sync:set-origin'].failure('x')).toEqual({ stored: false, error: 'x' })
  })

  it('has a channel for saving, one for printing and one for the collaboration server, and nothing that reads files', () => {
    expect(Object.keys(channels).sort()).toEqual(['file:save', 'pdf:print', 'sync:set-origin'])
    expect([...API_METHODS].sort()).toEqual(['printToPdf', 'saveFile', 'setSyncOrigin'])
  })

  it('takes a collaboration server address as a bounded string or null, and nothing else', () => {
    const request = channels['sync:set-origin'].request
    expect(request.safeParse('ws://127.0.0.1:1234').success).toBe(true)
    expect(request.safeParse(null).success).toBe(true)
    expect(request.safeParse(undefined).success).toBe(false)
    expect(request.safeParse({ origin: 'ws://h' }).success).toBe(false)
    expect(request.safeParse(`ws://${'a'.repeat(3000)}`).success).toBe(false)
  })
})
