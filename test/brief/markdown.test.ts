import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import MarkdownIt, { type PluginSimple } from 'markdown-it'
import footnote from 'markdown-it-footnote'
import { describe, expect, it } from 'vitest'
import { briefMarkdown, briefSlug, buildBriefDraft, escapeMarkdown, exportBriefMarkdown, yamlString, type BriefModel } from '../../renderer/src/core/brief'

const seed = readFileSync(new URL('../fixtures/seed/article.sq.txt', import.meta.url), 'utf8')
// The footnote plugin's types point at an older markdown-it declaration; the plugin itself fits.
const md = new MarkdownIt().use(footnote as unknown as PluginSimple)

function frontMatter(markdown: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  expect(m, 'front matter').not.toBeNull()
  return load(m![1]) as Record<string, unknown>
}

/** The text of an HTML fragment, entities decoded, as a reader would see it. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
}

const HOSTILE = [
  '*bold*',
  '_x_',
  '`code` and ``more``',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![img](javascript:alert(1))',
  '<https://example.com>',
  '# not a heading',
  '1. not a list',
  '2) nor this',
  '- nor a bullet',
  '+ nor this',
  '> not a quote',
  'a | b | c',
  'back\\slash \\* and \\\\',
  '&amp; &copy; &#65;',
  '~~strike~~',
  '[^1] not a footnote',
  '***',
  '---',
  '    indented code',
  'trailing hashes ##',
  '==',
]

function model(overrides: Partial<BriefModel>): BriefModel {
  return {
    headline: 'Titull',
    lede: [[{ text: 'Hyrje.' }]],
    keyPoints: [],
    quotes: [],
    notes: [],
    sources: [],
    language: 'sq',
    article: { title: 'Artikulli', language: 'sq' },
    ...overrides,
  }
}

describe('the Markdown export', () => {
  const markdown = exportBriefMarkdown(seed, [], { date: '2025-03-19' })

  it('opens with a YAML front matter naming title, date, language, sources and article', () => {
    const fm = frontMatter(markdown)
    expect(fm.title).toMatch(/^Presidenti Vladimir Putin/)
    expect(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date).toBe('2025-03-19')
    expect(fm.language).toBe('sq')
    expect(fm.sources).toEqual(['Deklarata e Shtëpisë së Bardhë'])
    expect(fm.article).toMatch(/^Presidenti Vladimir Putin/)
  })

  it('has the headline, the five seed quotes as blockquotes with status, and footnotes', () => {
    const html = md.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))
    expect(html).toMatch(/<h1>Presidenti Vladimir Putin/)
    const quotes = [...html.matchAll(/<blockquote>\s*<p>([\s\S]*?)<\/p>\s*<\/blockquote>/g)].map((m) => textOf(m[1]))
    expect(quotes).toEqual([
      'negociatat teknike',
      'Këto negociata do të fillojnë menjëherë në Lindjen e Mesme',
      'ranë dakord që një e ardhme me një marrëdhënie të përmirësuar dypalëshe midis SHBA dhe Rusisë ka avantazhe të mëdha',
      'marrëveshje të mëdha ekonomike dhe stabilitet gjeopolitik',
      'normalizimin e marrëdhënieve',
    ])
    expect(markdown).toContain('— **Moska** · Nuk u gjet[^5]')
    expect(html).toContain('class="footnotes"')
    expect(html.match(/class="footnote-item"/g)).toHaveLength(5)
    expect(textOf(html)).toContain('Citimi «normalizimin e marrëdhënieve» i atribuohet Moskës dhe nuk gjendet në Deklaratën e Shtëpisë së Bardhë.')
  })

  it('writes the notes in English when the brief is in English', () => {
    const english = exportBriefMarkdown(seed, [], { date: '2025-03-19', language: 'en' })
    expect(english).toContain('The quote “normalizimin e marrëdhënieve” is attributed to Moscow and is not found in the White House statement.')
    expect(english).toContain('## Checked quotes')
  })

  it('leaves out the quotes the editor left out, and their notes', () => {
    const draft = buildBriefDraft({ articleText: seed })
    draft.quotes[4].included = false
    const out = briefMarkdown(draft, { date: '2025-03-19' })
    expect(out).not.toContain('> normalizimin e marrëdhënieve')
    expect(out).not.toContain('i atribuohet Moskës')
    expect(out.match(/^\[\^\d+\]:/gm)).toHaveLength(4)
  })

  it.each(HOSTILE)('writes %j as literal text wherever it is typed', (text) => {
    const brief = model({
      headline: text,
      lede: [[{ text }], [{ text: 'para ' }, { text, bold: true }, { text: ' pas' }]],
      keyPoints: [text],
      quotes: [{ key: 'k', text, speaker: text, status: 'paraphrase', verdict: null, attribution: 'unknown', sourceId: 's1', sourceTitle: text, passage: text, included: true }],
      notes: [{ id: 'n', text, quoteKey: 'k' }],
      sources: [{ id: 's1', title: text, author: text, origin: 'pasted' }],
      article: { title: text, language: 'sq' },
    })
    const markdown = briefMarkdown(brief, { date: '2025-01-02' })
    const fm = frontMatter(markdown)
    expect(fm.title).toBe(text.trim())
    expect(fm.article).toBe(text.trim())
    expect(fm.sources).toEqual([text.trim()])

    const html = md.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))
    const expected = text.replace(/\s+/g, ' ').trim()
    expect(textOf(/<h1>([\s\S]*?)<\/h1>/.exec(html)![1]).replace(/\[\d+\]$/, '')).toBe(expected)
    expect(textOf(/<blockquote>([\s\S]*?)<\/blockquote>/.exec(html)![1])).toBe(expected)
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1]))
    expect(paragraphs).toContain(expected)
    expect(paragraphs).toContain(`para ${expected} pas`)
    expect(html).toMatch(new RegExp(`<strong>${escapeRegExp(md.utils.escapeHtml(expected))}</strong>`))
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]))
    expect(items).toContain(expected)
    expect(textOf(/<li id="fn1" class="footnote-item">([\s\S]*?)<\/li>/.exec(html)![1]).replace(/\s*↩︎$/, '')).toBe(expected)

    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).not.toMatch(/<(h[3-6]|pre|code|ol start|del|table|img)\b/)
    // Only the brief's own sections and the footnotes' rule: nothing the text opened.
    expect(html.match(/<h2>/g)).toHaveLength(3)
    expect(html.match(/<hr/g)).toEqual(['<hr'])
    expect(html.match(/<ul>/g)).toHaveLength(2)
  })

  it('escapes every markup character it knows of', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> & g | h ~ i # j \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\& g \\| h \\~ i \\# j \\\\')
  })
})

describe('YAML strings', () => {
  it('quote anything so that it reads back the same', () => {
    for (const text of ['a "b" \\c', 'x: y', '- z', '#h', "it's", 'line\nbreak', 'tab\tx', '\u2028sep', '@at', '`tick`', '{a: b}', 'null', 'yes', '123']) {
      expect(load(`v: ${yamlString(text)}`)).toEqual({ v: text })
    }
  })
})

describe('file names', () => {
  it('fold Albanian letters to ASCII and keep only letters, digits and hyphens', () => {
    expect(briefSlug('Çështja e Shtëpisë së Bardhë: „normalizim“?')).toBe('ceshtja-e-shtepise-se-bardhe-normalizim')
  })
  it('avoid the names Windows reserves', () => {
    expect(briefSlug('CON')).toBe('con-permbledhje')
    expect(briefSlug('lpt1')).toBe('lpt1-permbledhje')
  })
  it('stay short and fall back when nothing is left', () => {
    expect(briefSlug('fjalë '.repeat(40)).length).toBeLessThanOrEqual(60)
    expect(briefSlug('„“ … !!!')).toBe('permbledhje')
    expect(briefSlug('')).toBe('permbledhje')
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
