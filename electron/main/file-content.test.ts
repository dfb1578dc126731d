import { describe, expect, it } from 'vitest'
import { safeFileName, withExtension } from './file-content'

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
