// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { pastedTextError, sourceFromFile } from './sourceImport'

const file = (name: string, bytes: Uint8Array | string) => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name)

describe('sources from files and pasted text', () => {
  it('reads a .docx as plain text, one paragraph per line, titled after the file', async () => {
    const docx = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../e2e/checks-transcript.docx'))
    expect(await sourceFromFile(file('Transkripti.docx', new Uint8Array(docx)))).toEqual({
      ok: true,
      title: 'Transkripti',
      text: 'Transkripti i konferencës\nMinistri tha se bisedimet do të vazhdojnë në Xhida.',
    })
  })

  it('refuses a damaged .docx, a binary file, an empty one and an unknown kind', async () => {
    expect(await sourceFromFile(file('prishur.docx', 'PK\u0003\u0004 jo zip'))).toEqual({ ok: false, error: 'corrupt' })
    expect(await sourceFromFile(file('word97.docx', 'ÐÏ\u0011à old Word'))).toEqual({ ok: false, error: 'corrupt' })
    expect(await sourceFromFile(file('foto.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])))).toEqual({ ok: false, error: 'binary' })
    expect(await sourceFromFile(file('bosh.md', ' \n\n'))).toEqual({ ok: false, error: 'empty' })
    expect(await sourceFromFile(file('raport.pdf', '%PDF-1.7'))).toEqual({ ok: false, error: 'unsupported' })
  })

  it('reads Markdown down to its text and keeps a Windows-1252 file with a warning', async () => {
    expect(await sourceFromFile(file('deklarata.md', '# Deklarata\n\nPalët **ranë dakord**.\r\n'))).toEqual({ ok: true, title: 'deklarata', text: 'Deklarata\nPalët ranë dakord.' })
    expect(await sourceFromFile(file('faqja.html', '<h1>Deklarata</h1><p>Palët <b onclick="x()">ranë</b> dakord.<img src=x onerror=y></p><script>x</script>'))).toEqual({ ok: true, title: 'faqja', text: 'Deklarata\nPalët ranë dakord.' })
    const latin1 = new Uint8Array([...'Pal'].map((c) => c.charCodeAt(0)).concat([0xeb, 0x74]))
    expect(await sourceFromFile(file('vjeter.txt', latin1))).toEqual({ ok: true, title: 'vjeter', text: 'Palët', warning: 'encoding' })
  })

  it('says why a pasted text cannot be a source', () => {
    expect(pastedTextError('   \n ')).toBe('empty')
    expect(pastedTextError('\u0000\u0001\u0002 x')).toBe('binary')
    expect(pastedTextError('Palët ranë dakord.')).toBeNull()
  })
})
