// Command-line entry: `redaktor check ARTICLE …` and `redaktor export ARTICLE --format md --out FILE`.
// Reads files, runs the analysis core, prints a report or writes the brief. Bad input is one
// line on stderr and exit status 2, never a stack trace.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { checkArticle, type CheckReport, type DiffOp, type SourceInput } from '../renderer/src/core/index'
import { exportBriefMarkdown, isoDay } from '../renderer/src/core/brief'
import { parseEntitiesFile } from './entitiesFile'

const USAGE = `Usage: redaktor check ARTICLE [--source PATH [--author NAME]]... [--entities FILE] [--json]
       redaktor export ARTICLE [--source PATH [--author NAME]]... [--entities FILE] --format md --out FILE [--language sq|en] [--date YYYY-MM-DD]

Finds the quotes in ARTICLE, who said them, and checks each one word by word against
the sources: documents embedded in the article (a line such as "Deklarata e Shtëpisë së Bardhë:")
and every --source file, in command-line order.

Options:
  --source PATH   a primary source (UTF-8 text); may be repeated
  --author NAME   who issued the preceding --source (e.g. "Kremlini", "Besa Leka, ministre e Drejtësisë")
  --entities FILE who speaks for whom, as the editor linked them (JSON: {"entities": [...], "links":
                  [{"from": "Besa Leka", "to": "Ministria e Drejtësisë", "relation": "speaks-for"}]})
  --json          print one JSON document (version 1) instead of a readable report
  --format md     (export) the brief's format; Markdown is the one the command line writes
  --out FILE      (export) where to write the brief: the Markdown the app writes for an untouched draft
  --language      (export) the language of the brief's labels and notes (default sq)
  --date          (export) the date in the front matter (default today)
  -h, --help      show this help`

class InputError extends Error {}

interface Options {
  command: 'check' | 'export'
  article: string
  sources: Array<{ path: string; author: string | null }>
  json: boolean
  format: string | null
  out: string | null
  language: 'sq' | 'en'
  date: string | null
  entities: string | null
}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help'
  const [command, ...rest] = argv
  if (command === undefined) throw new InputError('missing command (try: check ARTICLE); see --help')
  if (command.startsWith('-')) throw new InputError(`unknown option before command: ${command}`)
  if (command !== 'check' && command !== 'export') throw new InputError(`unknown command: ${command} (the commands are "check" and "export")`)
  let article: string | null = null
  const sources: Options['sources'] = []
  let json = false
  let format: string | null = null
  let out: string | null = null
  let language: Options['language'] = 'sq'
  let date: string | null = null
  let entities: string | null = null
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    const value = () => {
      const v = rest[i + 1]
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new InputError(`${arg} needs a value`)
      i++
      return v
    }
    const exportOnly = ['--format', '--out', '--language', '--date']
    if (command === 'check' && exportOnly.includes(arg)) throw new InputError(`${arg} belongs to the export command`)
    if (command === 'export' && arg === '--json') throw new InputError('--json belongs to the check command')
    if (arg === '--json') json = true
    else if (arg === '--format') format = value()
    else if (arg === '--out') out = value()
    else if (arg === '--language') {
      const v = value()
      if (v !== 'sq' && v !== 'en') throw new InputError(`--language is sq or en, not ${v}`)
      language = v
    } else if (arg === '--date') {
      const v = value()
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InputError(`--date is YYYY-MM-DD, not ${v}`)
      date = v
    } else if (arg === '--entities') {
      if (entities !== null) throw new InputError('--entities given twice')
      entities = value()
    } else if (arg === '--source') sources.push({ path: value(), author: null })
    else if (arg === '--author') {
      const name = value()
      const last = sources[sources.length - 1]
      if (!last) throw new InputError('--author must follow a --source')
      if (last.author !== null) throw new InputError('--author given twice for one --source')
      if (name.trim() === '') throw new InputError('--author needs a name')
      last.author = name.trim()
    } else if (arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option: ${arg}`)
    else if (article === null) article = arg
    else throw new InputError(`unexpected argument: ${arg}`)
  }
  if (article === null) throw new InputError(`missing ARTICLE (see --help)`)
  if (command === 'export') {
    if (format === null) throw new InputError('export needs --format md')
    if (format !== 'md') throw new InputError(`unknown format: ${format} (the command line writes md)`)
    if (out === null) throw new InputError('export needs --out FILE')
  }
  return { command, article, sources, json, format, out, language, date, entities }
}

function readText(path: string, what: string): string {
  let stat
  try {
    stat = statSync(path)
  } catch {
    throw new InputError(`${what} not found: ${path}`)
  }
  if (stat.isDirectory()) throw new InputError(`${what} is a directory, not a file: ${path}`)
  if (!stat.isFile()) throw new InputError(`${what} is not a regular file: ${path}`)
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (e) {
    throw new InputError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  if (bytes.includes(0)) throw new InputError(`${what} is a binary file, not text: ${path}`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(`${what} is not valid UTF-8: ${path}`)
  }
  // A stray C0 control (other than tab, newline, carriage return, form feed) marks binary data.
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/.test(text)) throw new InputError(`${what} is a binary file, not text: ${path}`)
  if (text.trim() === '') throw new InputError(`${what} is empty: ${path}`)
  return text
}

const quoteOf = (s: string) => `“${s}”`

function describeOp(op: DiffOp): string | null {
  const kind = 'kind' in op && op.kind ? ` (${op.kind})` : ''
  switch (op.op) {
    case 'equal':
      return null
    case 'changed':
      return `~ ${quoteOf(op.quote)} → source ${quoteOf(op.source)}${kind}`
    case 'added':
      return `+ ${quoteOf(op.quote)} only in the quote${kind}`
    case 'omitted':
      return `- ${quoteOf(op.source)} only in the source${kind}`
  }
}

function readable(report: CheckReport, articlePath: string): string {
  const lines: string[] = []
  lines.push(`Article: ${articlePath}: ${report.quotes.length} quote(s), ${report.sources.length} source(s)`)
  lines.push('')
  lines.push('Sources:')
  if (report.sources.length === 0) lines.push('  (none: give --source PATH, or embed a document under a heading such as "Deklarata e …:")')
  for (const s of report.sources) {
    const where = s.origin === 'embedded' ? `embedded at ${s.start}–${s.end}` : `${s.origin}: ${s.path ?? ''}`
    lines.push(`  ${s.id}  ${s.title}  (${where}; author: ${s.author ?? 'unknown'})`)
  }
  for (const q of report.quotes) {
    lines.push('')
    const nested = q.parent ? `, inside ${q.parent}` : ''
    lines.push(`${q.id}  [${q.start}–${q.end}] ${q.kind}${nested}  ${quoteOf(q.text)}`)
    const entity = q.speakerEntity && q.speakerEntity !== q.speaker ? ` (${q.speakerEntity})` : ''
    lines.push(`    speaker: ${q.speaker ?? 'unknown'}${entity}`)
    for (const c of q.checks) {
      const match = c.match ? `  at ${c.match.start}–${c.match.end}: ${quoteOf(c.match.text)}` : ''
      lines.push(`    ${c.source}: ${c.status} (score ${c.score.toFixed(2)})${match}`)
      for (const op of c.diff) {
        const text = describeOp(op)
        if (text) lines.push(`        ${text}`)
      }
      if (c.missingNumbers.length > 0) lines.push(`        numbers not in ${c.source}: ${c.missingNumbers.join(', ')}`)
    }
    lines.push(`    attribution: ${q.attribution}: ${q.attributionExplanation}`)
  }
  if (report.unsupportedNumbers.length > 0) {
    lines.push('')
    lines.push('Numbers in the article that no source contains:')
    for (const n of report.unsupportedNumbers) lines.push(`  ${n.text} at ${n.start}–${n.end}`)
  }
  if (report.problems.length > 0) {
    lines.push('')
    lines.push('Quotation-mark problems:')
    for (const p of report.problems) lines.push(`  ${p.start}: ${p.message}`)
  }
  return lines.join('\n') + '\n'
}

function main(argv: string[]): number {
  const options = parseArgs(argv)
  if (options === 'help') {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  const article = readText(options.article, 'article')
  const sources: SourceInput[] = options.sources.map(({ path, author }) => ({
    title: basename(path, extname(path)) || basename(path),
    author,
    text: readText(path, 'source'),
    path,
    origin: 'file',
  }))
  const knowledge = options.entities === null ? undefined : readEntities(options.entities)
  if (options.command === 'export') {
    const markdown = exportBriefMarkdown(article, sources, {
      date: options.date ?? isoDay(new Date()),
      language: options.language,
      knowledge,
    })
    writeOut(options.out!, markdown)
    return 0
  }
  const report = checkArticle(article, sources, { knowledge })
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : readable(report, options.article))
  return 0
}

function readEntities(path: string) {
  const text = readText(path, 'entities file')
  try {
    return parseEntitiesFile(text)
  } catch (e) {
    throw new InputError(`entities file ${path} ${(e as Error).message}`)
  }
}

function writeOut(path: string, text: string): void {
  try {
    if (statSync(path).isDirectory()) throw new InputError(`--out is a directory, not a file: ${path}`)
  } catch (e) {
    if (e instanceof InputError) throw e
  }
  try {
    writeFileSync(path, text, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (code ?? 'error')
    throw new InputError(`cannot write ${path}: ${reason}`)
  }
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
})

try {
  process.exitCode = main(process.argv.slice(2))
} catch (e) {
  const message = e instanceof Error ? e.message : String(e)
  process.stderr.write(`redaktor: ${message.split('\n')[0]}\n`)
  process.exitCode = e instanceof InputError ? 2 : 1
}
