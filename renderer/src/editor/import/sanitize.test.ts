import { describe, expect, it } from 'vitest'
import { markdownToHtml } from './markdown'
import { readImport } from './read'
import { sanitizeHtml } from './sanitize'

const HOSTILE = `<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"><style>@import url(https://evil.example/a.css)</style>
<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/b.css"></head>
<body onload="window.pwned=1"><p>Tekst <img src="https://evil.example/x.png" onerror="window.pwned=2"><b onclick="x()">i trashë</b>
<a href="javascript:window.pwned=3">lidhje e keqe</a> <a href=" https://lajme.al/a?b=1&amp;c=2 " target="_blank" onmouseover="x()">lidhje</a>
<a href="data:text/html,<script>alert(1)</script>">data</a><a href="file:///etc/passwd">skedar</a></p>
<script>window.pwned=4</script><svg onload="window.pwned=5"><text>svg</text></svg><math><mi>x</mi></math>
<iframe src="https://evil.example/"></iframe><object data="https://evil.example/o"></object><embed src="https://evil.example/e">
<form action="https://evil.example/"><input value="fjalëkalim"><button formaction="javascript:x()">Dërgo</button></form>
<p style="background:url(https://evil.example/c.png); font-weight: 700" class="x" id="y">stil</p>
<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png"></video><template><img src=x onerror=y></template>
<noscript><img src="https://evil.example/n.png"></noscript><details open ontoggle="x()"><summary>përmbledhje</summary></details></body></html>`

describe('sanitizeHtml: what a paste or an HTML file can bring in', () => {
  const { html, hasText } = sanitizeHtml(HOSTILE)

  it('leaves no script, handler, style sheet, frame, form control or remote resource', () => {
    expect(hasText).toBe(true)
    expect(html).not.toMatch(/<(script|style|img|svg|math|iframe|object|embed|link|meta|base|input|button|form|video|template|noscript)\b/i)
    expect(html).not.toMatch(/\son\w+=|javascript:|data:|file:|evil\.example|url\(|class=|id=/i)
  })

  it('keeps the text, emphasis, the safe link and the emphasis carried by style', () => {
    expect(html).toContain('Tekst <b>i trashë</b>')
    expect(html).toContain('lidhje e keqe') // an unsafe link keeps its words
    expect(html).toContain('<a href="https://lajme.al/a?b=1&amp;c=2">lidhje</a>')
    expect(html).toContain('<p style="font-weight: 700">stil</p>')
    expect(html).toContain('përmbledhje')
    expect(html).not.toContain('fjalëkalim')
  })

  it('escapes text so that it stays text', () => {
    expect(sanitizeHtml('<p>&lt;img src=x onerror=alert(1)&gt; &amp; “citim”</p>').html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; “citim”</p>')
  })

  it('keeps headings (h4–h6 as h3), lists, quotes and line breaks; a stray list item becomes a paragraph', () => {
    expect(sanitizeHtml('<h1>T</h1><h5>N</h5><ul><li>a<ol start="3"><li>b</li></ol></li></ul><blockquote>c<br>d</blockquote><li>e</li>').html).toBe(
      '<h1>T</h1><h3>N</h3><ul><li>a<ol start="3"><li>b</li></ol></li></ul><blockquote>c<br>d</blockquote><p>e</p>',
    )
  })

  it('says when nothing readable is left', () => {
    expect(sanitizeHtml('<img src="https://evil.example/x.png"><script>x</script> \n').hasText).toBe(false)
  })

  it('flattens very deep nesting without running out of stack', () => {
    const deep = '<div>'.repeat(100_000) + 'thellë' + '</div>'.repeat(100_000)
    const { html } = sanitizeHtml(deep)
    expect(html).toContain('thellë')
    expect(html.match(/<div>/g)!.length).toBeLessThanOrEqual(32)
  })
})

describe('Markdown through markdown-it', () => {
  it('joins hard-wrapped lines, knows setext headings, emphasis, lists and links', () => {
    const html = sanitizeHtml(
      markdownToHtml('Titulli\n=======\n\nNjë paragraf i thyer\nnë dy rreshta me **theks** dhe _pjerrët_.\n\nNëntitull\n---------\n\n- pika një\n- pika [dy](https://lajme.al/)\n\n1. i pari\n'),
    ).html
    expect(html).toContain('<h1>Titulli</h1>')
    expect(html).toContain('<p>Një paragraf i thyer\nnë dy rreshta me <strong>theks</strong> dhe <em>pjerrët</em>.</p>')
    expect(html).toContain('<h2>Nëntitull</h2>')
    expect(html).toContain('<ul>\n<li>pika një</li>\n<li>pika <a href="https://lajme.al/">dy</a></li>\n</ul>')
    expect(html).toContain('<ol>\n<li>i pari</li>\n</ol>')
  })

  it('keeps unsafe links as their text, and raw HTML as text', () => {
    const html = sanitizeHtml(markdownToHtml('[kliko](javascript:alert(1)) <img src=x onerror=alert(1)>')).html
    expect(html).toBe('<p>kliko &lt;img src=x onerror=alert(1)&gt;</p>\n')
  })

  it('reads a 96 KB line of "*a " (quadratic for the old regular expressions) as one paragraph', () => {
    const line = '*a '.repeat(32 * 1024)
    const read = readImport('sulm.md', new TextEncoder().encode(line))
    expect(read).toMatchObject({ ok: true, kind: 'html' })
    expect(read.ok && read.kind === 'html' && read.html.startsWith('<p>*a *a')).toBe(true)
  })
})

describe('readImport', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)

  it('returns text files as decoded text, with the encoding warning', () => {
    expect(readImport('a.txt', bytes('Rresht\r\n'))).toEqual({ ok: true, kind: 'text', text: 'Rresht\n' })
    expect(readImport('b.txt', new Uint8Array([0x50, 0x61, 0x6c, 0xeb, 0x74]))).toEqual({ ok: true, kind: 'text', text: 'Palët', warning: 'encoding' })
  })

  it('refuses an HTML file with nothing readable, an unknown kind and a binary file', () => {
    expect(readImport('x.html', bytes('<script>alert(1)</script><img src=x>'))).toEqual({ ok: false, error: 'empty' })
    expect(readImport('x.pdf', bytes('%PDF'))).toEqual({ ok: false, error: 'unsupported' })
    expect(readImport('x.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toEqual({ ok: false, error: 'binary' })
  })
})
