// The brief as one static HTML page for printing: print CSS and fonts inline, no script, no
// request of any kind. Electron prints it in a window with JavaScript off; web mode and the
// tests show it at #/print/brief/:id. Fonts arrive as data so that this stays pure.
import { briefLabels, assertIsoDate, writtenDate } from './labels'
import { assessmentOf, exportHeadline, flagOf, includedQuotes, numberedNotes, type BriefModel, type ExportOptions, type PageSize, type RichParagraph } from './model'

export interface PrintFontFace {
  weight: 400 | 700
  style: 'normal' | 'italic'
  /** Which fontsource subset the file holds; each gets its unicode-range. */
  subset: 'latin' | 'latin-ext'
  /** The woff2 file, base64. */
  base64: string
}

export interface PrintOptions extends ExportOptions {
  pageSize: PageSize
  fonts: readonly PrintFontFace[]
}

export const PRINT_FONT_FAMILY = 'Redaktor Serif'

// As @fontsource/noto-serif declares them: Albanian's ë and ç are in latin, the curly quotes too.
const UNICODE_RANGE: Record<PrintFontFace['subset'], string> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

function fontFaces(fonts: readonly PrintFontFace[]): string {
  return fonts
    .filter((f) => /^[A-Za-z0-9+/=]+$/.test(f.base64))
    .map(
      (f) =>
        `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:${f.style};font-weight:${f.weight};` +
        `src:url(data:font/woff2;base64,${f.base64}) format('woff2');unicode-range:${UNICODE_RANGE[f.subset]}}`,
    )
    .join('\n')
}

const STYLE = `
:root{--ink:#1b1b1b;--muted:#555;--rule:#c9c3b8;--accent:#8c1d18}
*{box-sizing:border-box}
html{font-family:'${PRINT_FONT_FAMILY}',serif;color:var(--ink);font-size:10.5pt;line-height:1.5;
  -webkit-print-color-adjust:exact;print-color-adjust:exact;font-kerning:normal;font-variant-ligatures:common-ligatures}
body{margin:0;background:#fff}
main{max-width:44em;margin:0 auto;padding:0}
@media screen{body{background:#eceae6}main{background:#fff;padding:2.2cm 2cm;margin:1.5rem auto;box-shadow:0 1px 4px rgba(0,0,0,.15)}}
p{margin:0 0 .55em;orphans:3;widows:3}
.kicker{font-size:8pt;font-weight:700;letter-spacing:.14em;color:var(--accent);margin:0 0 .5em}
h1{font-size:21pt;line-height:1.18;font-weight:700;margin:0 0 .35em;letter-spacing:-.005em}
.meta{font-size:8.5pt;font-style:italic;color:var(--muted);margin:0 0 1.1em;padding-bottom:.8em;border-bottom:1.5pt solid var(--ink)}
.lede p{font-size:12pt;line-height:1.45;margin-bottom:.6em}
h2{font-size:12.5pt;font-weight:700;margin:1.5em 0 .6em;padding-top:.35em;border-top:.75pt solid var(--rule);break-after:avoid;page-break-after:avoid}
ul.points{margin:0;padding-left:1.3em}
ul.points li{margin:0 0 .45em;padding-left:.2em}
figure.quote{margin:0 0 1.05em;padding:.15em 0 .1em .95em;border-left:3pt solid var(--status);break-inside:avoid;page-break-inside:avoid}
figure.quote blockquote{margin:0 0 .3em;font-size:11.5pt;font-style:italic;line-height:1.42}
figure.quote blockquote p{margin:0}
figcaption{font-size:9pt;line-height:1.6}
.speaker{font-weight:700}
.badge{display:inline-block;font-size:7.8pt;background:var(--tint,#fff);font-weight:700;letter-spacing:.04em;line-height:1.3;padding:.05em .5em;
  border:.75pt solid var(--status);color:var(--status);border-radius:2pt;margin-left:.45em;vertical-align:.08em;white-space:nowrap}
.badge.verdict{--status:#333;--tint:#fff;font-weight:400;font-style:italic}
.passage{font-size:9pt;color:#333;margin:.35em 0 0}
.passage .label{font-weight:700;font-style:normal}
.status-verbatim{--status:#1d6b3a;--tint:#eaf4ed}
.status-near-verbatim{--status:#1f5b86;--tint:#e9f1f8}
.status-paraphrase{--status:#8a5600;--tint:#fbf2e1}
.status-not-found{--status:#a3201b;--tint:#fbeceb}
.status-not-checked{--status:#5f5d57;--tint:#f1f0ed}
.status-misattributed{--status:#a3201b;--tint:#fbeceb}
.flag{display:block;width:max-content;font-size:8pt;font-weight:700;letter-spacing:.06em;color:#fff;background:var(--flag);padding:.12em .55em;border-radius:2pt;margin:0 0 .35em}
figure.quote.flag-misquote{--flag:#a3201b;border-left-color:var(--flag);background:#fbeceb;padding-top:.4em;padding-bottom:.35em}
figure.quote.flag-follow-up{--flag:#8a5600;border-left-color:var(--flag);background:#fbf2e1;padding-top:.4em;padding-bottom:.35em}
.omissions ul{margin:0;padding-left:1.3em;font-size:9.5pt}
.omissions li{margin:0 0 .35em}
.omissions .intro{font-size:9pt;font-style:italic;color:var(--muted)}
sup.ref{font-size:6.5pt;line-height:0;vertical-align:super;margin-left:.1em}
sup.ref a{color:var(--accent);text-decoration:none;font-weight:700}
.notes ol,.sources ol{margin:0;padding-left:1.5em;font-size:9pt}
.notes li,.sources li{margin:0 0 .35em}
.sources .intro{font-size:9pt;font-style:italic;color:var(--muted)}
.sources .origin{color:var(--muted)}
.empty{color:var(--muted);font-style:italic}
`

function rich(paragraph: RichParagraph): string {
  return paragraph
    .map((run) => {
      let html = escapeHtml(run.text)
      if (run.italic) html = `<em>${html}</em>`
      if (run.bold) html = `<strong>${html}</strong>`
      return html
    })
    .join('')
}

export function printBriefDocument(model: BriefModel, options: PrintOptions): string {
  assertIsoDate(options.date)
  const labels = briefLabels(model.language)
  const notes = numberedNotes(model)
  const refs = (quoteKey: string | null) =>
    notes
      .filter((n) => n.quoteKey === quoteKey)
      .map((n) => `<sup class="ref"><a href="#note-${n.number}">${n.number}</a></sup>`)
      .join('')
  const quotes = includedQuotes(model)
  const points = model.keyPoints.filter((p) => p.trim() !== '')
  const headline = exportHeadline(model)
  const out: string[] = []

  out.push(
    '<!doctype html>',
    `<html lang="${escapeHtml(model.article.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(headline)}</title>`,
    `<style>\n@page{size:${options.pageSize === 'Letter' ? 'letter' : 'A4'}}\n${fontFaces(options.fonts)}\n${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<p class="kicker">${escapeHtml(labels.kicker)}</p>`,
    `<h1>${escapeHtml(headline)}${refs(null)}</h1>`,
    `<p class="meta">${escapeHtml(labels.prepared(writtenDate(options.date, model.language)))} · ${escapeHtml(labels.fromArticle)}: „${escapeHtml(model.article.title)}“</p>`,
    '</header>',
  )
  if (model.lede.length > 0) out.push(`<section class="lede">${model.lede.map((p) => `<p>${rich(p)}</p>`).join('')}</section>`)

  if (points.length > 0) {
    out.push(`<section class="points"><h2>${escapeHtml(labels.keyPoints)}</h2><ul class="points">`)
    for (const point of points) out.push(`<li>${escapeHtml(point)}</li>`)
    out.push('</ul></section>')
  }

  if (quotes.length > 0) {
    out.push(`<section class="quotes"><h2>${escapeHtml(labels.quotes)}</h2>`)
    for (const q of quotes) {
      const speaker = q.speaker ? `<span class="speaker">${escapeHtml(q.speaker)}</span>` : `<span class="speaker empty">${escapeHtml(labels.noSpeaker)}</span>`
      const flag = flagOf(q)
      const verdict = q.verdict && !flag ? `<span class="badge verdict">${escapeHtml(labels.verdicts[q.verdict])}</span>` : ''
      const assessment = assessmentOf(q)
      out.push(
        `<figure class="quote status-${assessment}${flag ? ` flag-${flag}` : ''}">`,
        flag ? `<p class="flag">⚠ ${escapeHtml(labels.verdicts[flag].toUpperCase())}</p>` : '',
        `<blockquote><p>„${escapeHtml(q.text)}“</p></blockquote>`,
        `<figcaption>— ${speaker}<span class="badge">${escapeHtml(labels.status[assessment])}</span>${verdict}${refs(q.key)}</figcaption>`,
      )
      if (q.passage) {
        const where = q.sourceTitle ? ` (${escapeHtml(q.sourceTitle)})` : ''
        out.push(`<p class="passage"><span class="label">${escapeHtml(labels.inSource)}${where}:</span> «${escapeHtml(q.passage)}»</p>`)
      }
      out.push('</figure>')
    }
    out.push('</section>')
  }

  if (notes.length > 0) {
    out.push(`<section class="notes"><h2>${escapeHtml(labels.notes)}</h2><ol>`)
    for (const note of notes) out.push(`<li id="note-${note.number}">${escapeHtml(note.text)}</li>`)
    out.push('</ol></section>')
  }

  for (const omission of model.omissions ?? []) {
    out.push(`<section class="omissions"><h2>${escapeHtml(labels.omissions)}</h2><p class="intro">${escapeHtml(labels.omissionsIntro(omission.sourceTitle))}</p><ul>`)
    for (const sentence of omission.sentences) out.push(`<li lang="${escapeHtml(omission.language)}">${escapeHtml(sentence)}</li>`)
    out.push('</ul></section>')
  }

  if (model.sources.length > 0) {
    out.push(`<section class="sources"><h2>${escapeHtml(labels.sources)}</h2><p class="intro">${escapeHtml(labels.sourcesIntro)}</p><ol>`)
    for (const s of model.sources) {
      const author = s.author ? ` — ${escapeHtml(labels.author)}: ${escapeHtml(s.author)}` : ''
      out.push(`<li>${escapeHtml(s.title)}${author} <span class="origin">(${escapeHtml(labels.origin[s.origin])})</span></li>`)
    }
    out.push('</ol></section>')
  }

  out.push('</main>', '</body>', '</html>', '')
  return out.join('\n')
}
