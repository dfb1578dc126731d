// The brief as CommonMark with a YAML front matter. Every piece of user text goes through
// escapeMarkdown, so that what the editor typed comes out as text, never as markup.
import type { SourceInput } from '../types'
import { buildBriefDraft, type DraftInput } from './draft'
import { briefLabels, assertIsoDate } from './labels'
import { assessmentOf, exportHeadline, flagOf, includedQuotes, numberedNotes, type BriefModel, type ExportOptions, type RichParagraph } from './model'

// Control characters other than tab and newline, and lone surrogates, never reach a file.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu

/** One line of text: whitespace (newlines included) collapses to single spaces. */
export function flatten(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/gu, ' ').trim()
}

// Characters that start or end inline markup anywhere in a line (links, emphasis, code, raw
// HTML, entities, tables, strike-through, footnotes, headings' closing hashes).
const INLINE = /[\\`*_[\]<>&|~#]/g

/** Inline text with every markup character escaped, and nothing at its start that opens a block. */
export function escapeMarkdown(text: string): string {
  // "1. x" or "1) x" would open an ordered list; "- x", "+ x" a bullet list or a rule; "=" a setext line.
  return blockSafe(flatten(text).replace(INLINE, (c) => `\\${c}`))
}

/** Escapes inline markup but keeps the run's edge spaces: runs are joined into one line. */
function escapeRun(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/gu, ' ').replace(INLINE, (c) => `\\${c}`)
}

const blockSafe = (line: string) => line.replace(/^(\d{1,9})([.)])/u, '$1\\$2').replace(/^([-+=])/u, '\\$1')

function runMarkdown(text: string, bold: boolean, italic: boolean): string {
  const escaped = escapeRun(text)
  if (!bold && !italic) return escaped
  // Emphasis must touch its words: spaces go outside the delimiters.
  const core = escaped.trim()
  const lead = escaped.startsWith(' ') ? ' ' : ''
  const trail = escaped.endsWith(' ') && core !== '' ? ' ' : ''
  if (core === '') return lead
  const mark = bold && italic ? '***' : bold ? '**' : '*'
  return `${lead}${mark}${core}${mark}${trail}`
}

/** A rich paragraph: escaped runs with their emphasis, safe at the start of a block. */
export function richMarkdown(paragraph: RichParagraph): string {
  return blockSafe(paragraph.map((run) => runMarkdown(run.text, !!run.bold, !!run.italic)).join('').replace(/ {2,}/g, ' ').trim())
}

/** A YAML double-quoted scalar: only \\, " and escapes, so any text is safe in the front matter. */
export function yamlString(text: string): string {
  let out = '"'
  for (const ch of text.replace(CONTROL, '')) {
    const code = ch.codePointAt(0) as number
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return `${out}"`
}

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', œ: 'oe', Œ: 'oe', þ: 'th', ð: 'd', ı: 'i' }
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u
const MAX_SLUG = 60

/** A file name stem that every OS accepts: ASCII letters, digits and hyphens (ë → e, ç → c). */
export function briefSlug(headline: string): string {
  const ascii = headline
    .replace(/[ßæÆøØđĐłŁœŒþðı]/gu, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf('-', MAX_SLUG)
    slug = slug.slice(0, cut > MAX_SLUG / 2 ? cut : MAX_SLUG).replace(/-+$/g, '')
  }
  if (slug === '') return 'permbledhje'
  return RESERVED.test(slug) ? `${slug}-permbledhje` : slug
}

export function briefFileName(model: Pick<BriefModel, 'headline' | 'article'>, extension: 'md' | 'pdf' | 'claimreview.jsonld'): string {
  return `${briefSlug(exportHeadline(model))}.${extension}`
}

export function briefMarkdown(model: BriefModel, options: ExportOptions): string {
  assertIsoDate(options.date)
  const labels = briefLabels(model.language)
  const notes = numberedNotes(model)
  const refs = (quoteKey: string | null) =>
    notes
      .filter((n) => n.quoteKey === quoteKey)
      .map((n) => `[^${n.number}]`)
      .join('')
  const out: string[] = []

  out.push('---')
  const headline = exportHeadline(model)
  out.push(`title: ${yamlString(flatten(headline))}`)
  out.push(`date: ${options.date}`)
  out.push(`language: ${yamlString(model.article.language)}`)
  out.push(`article: ${yamlString(flatten(model.article.title))}`)
  if (model.sources.length === 0) out.push('sources: []')
  else {
    out.push('sources:')
    for (const s of model.sources) out.push(`  - ${yamlString(flatten(s.title))}`)
  }
  out.push('---', '')

  out.push(`# ${escapeMarkdown(headline) || '\\-'}${refs(null)}`, '')
  for (const paragraph of model.lede) {
    const line = richMarkdown(paragraph)
    if (line !== '') out.push(line, '')
  }

  const points = model.keyPoints.map(escapeMarkdown).filter((p) => p !== '')
  if (points.length > 0) {
    out.push(`## ${labels.keyPoints}`, '')
    for (const point of points) out.push(`- ${point}`)
    out.push('')
  }

  const quotes = includedQuotes(model)
  if (quotes.length > 0) {
    out.push(`## ${labels.quotes}`, '')
    for (const q of quotes) {
      // A misquote or a quote to follow up is flagged above its words, where no reader misses it.
      const flag = flagOf(q)
      if (flag) out.push(`**⚠ ${labels.verdicts[flag].toUpperCase()}**`, '')
      out.push(`> ${escapeMarkdown(q.text)}`, '')
      const speaker = q.speaker ? `**${escapeMarkdown(q.speaker)}**` : labels.noSpeaker
      const verdict = q.verdict ? ` · ${labels.verdict}: ${labels.verdicts[q.verdict]}` : ''
      out.push(`— ${speaker} · ${labels.status[assessmentOf(q)]}${verdict}${refs(q.key)}`, '')
      if (q.passage) {
        const where = q.sourceTitle ? ` (${escapeMarkdown(q.sourceTitle)})` : ''
        out.push(`${labels.inSource}${where}: «${escapeMarkdown(q.passage)}»`, '')
      }
    }
  }

  for (const omission of model.omissions ?? []) {
    out.push(`## ${labels.omissions}`, '', escapeMarkdown(labels.omissionsIntro(omission.sourceTitle)), '')
    for (const sentence of omission.sentences) out.push(`- ${escapeMarkdown(sentence)}`)
    out.push('')
  }

  if (model.sources.length > 0) {
    out.push(`## ${labels.sources}`, '', labels.sourcesIntro, '')
    for (const s of model.sources) {
      const author = s.author ? ` — ${labels.author}: ${escapeMarkdown(s.author)}` : ''
      out.push(`- ${escapeMarkdown(s.title)}${author} (${labels.origin[s.origin]})`)
    }
    out.push('')
  }

  for (const note of notes) out.push(`[^${note.number}]: ${escapeMarkdown(note.text)}`)
  if (notes.length > 0) out.push('')
  return out.join('\n')
}

export interface CliExportOptions extends ExportOptions {
  /** Language of the labels and notes; 'sq' unless given. */
  language?: DraftInput['language']
  /** The article's title; the first sentence of its text unless given, as in the app. */
  articleTitle?: string
  articleLanguage?: string
  /** Who speaks for whom, as the editor linked them (--entities FILE). */
  knowledge?: DraftInput['knowledge']
}

/**
 * The Markdown the app writes for a brief the editor has not touched: the same draft builder
 * and the same writer, for the command line.
 */
export function exportBriefMarkdown(articleText: string, extraSources: ReadonlyArray<SourceInput>, options: CliExportOptions): string {
  const model = buildBriefDraft({
    articleText,
    extraSources,
    language: options.language,
    articleTitle: options.articleTitle,
    articleLanguage: options.articleLanguage,
    knowledge: options.knowledge,
  })
  return briefMarkdown(model, { date: options.date })
}
