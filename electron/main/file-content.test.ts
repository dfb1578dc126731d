import { describe, expect, it } from 'vitest'
import { encodeOpenedFile, safeFileName, withExtension } from './file-content'

describe('safeFileName: the renderer suggests a name, never a folder', () => {
  it('keeps ordinary and Albanian names', () => {
    expect(safeFileName('Përmbledhje e lajmit.md')).toBe('Përmbledhje e lajmit.md')
  })

  it('drops directories, Windows or POSIX', () => {
    expect(safeFileName('../../.bashrc')).toBe('bashrc')
    expect(safeFileName('C:\\Windows\\system.ini')).toBe('system.ini')
    expect(safeFileName('/etc/passwd')).toBe('passwd')
  })

  it('replaces characters that file systems refuse and falls back when nothing is left', () => {
    expect(safeFileName('a<b>:c"d|e?f*.md')).toBe('a_b__c_d_e_f_.md')
    expect(safeFileName('...')).toBe('redaktor')
    expect(safeFileName('')).toBe('redaktor')
  })
})

describe('withExtension', () => {
  it('adds .pdf once', () => {
    expect(withExtension('brief', '.pdf')).toBe('brief.pdf')
    expect(withExtension('brief.PDF', '.pdf')).toBe('brief.PDF')
  })
})

describe('encodeOpenedFile', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s)

  it('returns UTF-8 text as text, without a BOM', () => {
    expect(encodeOpenedFile('/x/artikull.txt', utf8('\ufeffËshtë „citim“'))).toEqual({ canceled: false, name: 'artikull.txt', data: 'Është „citim“' })
  })

  it('returns .docx as base64 bytes even when they decode', () => {
    const r = encodeOpenedFile('/x/a.docx', utf8('PK'))
    expect(r.data).toBeUndefined()
    expect(Buffer.from(r.bytesBase64!, 'base64').toString()).toBe('PK')
  })

  it('returns bytes that are not UTF-8 as base64', () => {
    const latin1 = new Uint8Array([0x45, 0xeb, 0x20]) // "Eë " in Latin-1
    const r = encodeOpenedFile('/x/old.txt', latin1)
    expect(r.data).toBeUndefined()
    expect(r.bytesBase64).toBe(Buffer.from(latin1).toString('base64'))
  })
})
