import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { printToPdfRequest } from '../../electron/ipc'
import { buildBriefDraft, printBriefDocument, type PrintFontFace } from '../../renderer/src/core/brief'

const seed = readFileSync(new URL('../fixtures/seed/article.sq.txt', import.meta.url), 'utf8')
const fontFile = (name: string) =>
  readFileSync(new URL(`../../node_modules/@fontsource/noto-serif/files/noto-serif-${name}.woff2`, import.meta.url)).toString('base64')
const fonts: PrintFontFace[] = [{ weight: 400, style: 'normal', subset: 'latin', base64: fontFile('latin-400-normal') }]

describe('the print document', () => {
  const draft = buildBriefDraft({ articleText: seed })
  const html = printBriefDocument(draft, { date: '2025-03-19', pageSize: 'A4', fonts })

  it('is one static page that the print channel accepts: no script, fonts inline', () => {
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/(src|href)="(?!#)/)
    expect(html).toContain("src:url(data:font/woff2;base64,")
    expect(printToPdfRequest.safeParse({ html, title: draft.headline, pageSize: 'A4', suggestedName: 'permbledhje.pdf' }).success).toBe(true)
  })

  it('shows each quote with its speaker, status and source passage, and the notes', () => {
    expect(html).toContain('<blockquote><p>„normalizimin e marrëdhënieve“</p></blockquote>')
    expect(html).toMatch(/— <span class="speaker">Moska<\/span><span class="badge">Nuk u gjet<\/span>/)
    expect(html).toContain('«negociata teknike»')
    expect(html).toContain('i atribuohet Moskës dhe nuk gjendet në Deklaratën e Shtëpisë së Bardhë.')
    expect(html.match(/<figure class="quote/g)).toHaveLength(5)
    expect(html).toContain('Përgatitur më 19 mars 2025')
  })

  it('prints hostile text as text', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(1)>"\''
    const doc = printBriefDocument(
      { ...draft, headline: evil, keyPoints: [evil], lede: [[{ text: evil, bold: true }]], notes: [{ id: 'n', text: evil, quoteKey: null }] },
      { date: '2025-03-19', pageSize: 'Letter', fonts: [{ weight: 400, style: 'normal', subset: 'latin', base64: "x');}</style><script>" }] },
    )
    expect(doc).not.toMatch(/<script|<img/i)
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(doc).toContain('@page{size:letter}')
  })
})
