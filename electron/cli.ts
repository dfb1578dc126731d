// Command-line entry: `redaktor check ARTICLE …` and `redaktor export ARTICLE --format md --out FILE`.
// Reads files, runs the analysis core, prints a report or writes the brief. Bad input is one
// line on stderr and exit status 2, never a stack trace.
import { basename, extname } from 'node:path'
import { checkArticle } from '../renderer/src/core/check'
import type { CheckReport, DiffOp, SourceInput } from '../renderer/src/core/types'
import { blocksText, cleanSourceText, decodeText, MAX_IMPORT_BYTES, textFileBlocks } from '../renderer/src/core/textImport'
import { terminalSafe } from './cli/terminal'
import { readRegularFile } from './read-file'
import { COMPARE_HELP, COMPARE_USAGE } from './cli/compareUsage'
// What only some commands need (the translation checks and their data, the brief, the entities
// file's schema) is loaded by those commands: `check` starts without parsing it.

const USAGE = `Usage: redaktor check ARTICLE [--source PATH [--author NAME]]... [--entities FILE] [--json]
       redaktor export ARTICLE [--source PATH [--author NAME]]... [--entities FILE] --format md --out FILE [--force] [--language sq|en] [--date YYYY-MM-DD]
${COMPARE_USAGE}

Finds the quotes in ARTICLE, who said them, and checks each one word by word against
the sources: documents embedded in the article (a line such as "Deklarata e Shtëpisë së Bardhë:")
and every --source file, in command-line order. Files are read as the app imports them (UTF-8,
UTF-16 or Windows-1252, up to 5 MB; an article's blank lines only separate paragraphs), and offsets
count characters in that text.

Options:
  --source PATH   a primary source (a text file); may be repeated
  --author NAME   who issued the preceding --source (e.g. "Kremlini", "Besa Leka, ministre e Drejtësisë")
  --entities FILE who speaks for whom, as the editor linked them (JSON: {"entities": [...], "links":
                  [{"from": "Besa Leka", "to": "Ministria e Drejtësisë", "relation": "speaks-for"}]})
  --json          print one JSON document (version 1) instead of a readable report
  --format md     (export) the brief's format; Markdown is the one the command line writes
  --out FILE      (export) where to write the brief: the Markdown the app writes for an untouched draft
  --force         (export) replace FILE if it exists (never a symbolic link, nor an input)
  --language      (export) the language of the brief's labels and notes (default sq)
  --date          (export) the date in the front matter (default today)
  -h, --help      show this help

${COMPARE_HELP}`

class InputError extends Error {}

interface Options {
  command: 'check' | 'export'
  article: string
  sources: Array<{ path: string; author: string | null }>
  json: boolean
  format: string | null
  out: string | null
  force: boolean
  language: 'sq' | 'en'
  date: string | null
  entities: string | null
}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help'
  const [command, ...rest] = argv
  if (command === undefined) throw new InputError('missing command (try: check ARTICLE); see --help')
  if (command.startsWith('-')) throw new InputError(`unknown option before command: ${command}`)
  if (command !== 'check' && command !== 'export') throw new InputError(`unknown command: ${command} (the commands are "check", "export" and "compare")`)
  let article: string | null = null
  const sources: Options['sources'] = []
  let json = false
  let format: string | null = null
  let out: string | null = null
  let force = false
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
    const exportOnly = ['--format', '--out', '--force', '--language', '--date']
    if (command === 'check' && exportOnly.includes(arg)) throw new InputError(`${arg} belongs to the export command`)
    if (command === 'export' && arg === '--json') throw new InputError('--json belongs to the check command')
    if (arg === '--json') json = true
    else if (arg === '--format') format = value()
    else if (arg === '--out') out = value()
    else if (arg === '--force') force = true
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
  return { command, article, sources, json, format, out, force, language, date, entities }
}

const READ_ERRORS = {
  notFound: 'not found',
  directory: 'is a directory, not a file',
  notRegular: 'is not a regular file',
  tooLarge: `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
  unreadable: 'cannot be read',
  empty: 'is empty',
  binary: 'is a binary file, not text',
  unsupported: 'is not a text file',
} as const

/** A file's text, decoded as the app decodes an import; a warning on stderr when it was not UTF-8. */
async function readText(path: string, what: string): Promise<string> {
  const read = await readRegularFile(path, MAX_IMPORT_BYTES)
  if (!read.ok) throw new InputError(`${what} ${READ_ERRORS[read.error]}${read.code && read.error === 'unreadable' ? ` (${read.code})` : ''}: ${path}`)
  const decoded = decodeText(read.bytes)
  if (!decoded.ok) throw new InputError(`${what} ${READ_ERRORS[decoded.error]}: ${path}`)
  if (decoded.warning === 'encoding') warn(`${what} is not UTF-8; read as Windows-1252, check ë and ç: ${path}`)
  return decoded.text
}

function warn(message: string): void {
  process.stderr.write(`redaktor: warning: ${terminalSafe(message)}\n`)
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
  // Quotes, names, titles and paths come from files: no line may drive the terminal.
  return lines.map(terminalSafe).join('\n') + '\n'
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'compare' && !argv.includes('--help') && !argv.includes('-h')) {
    const { runCompare } = await import('./compare')
    const report = await runCompare(argv.slice(1), {
      readTranslation: async (path) => blocksText(textFileBlocks(await readText(path, 'translation'))),
      readOriginal: async (path) => cleanSourceText(await readText(path, 'original')),
      fail: (message) => new InputError(message),
    })
    // The readable report quotes both files: no line may drive the terminal. JSON escapes by itself.
    process.stdout.write(argv.includes('--json') ? report : report.split('\n').map(terminalSafe).join('\n'))
    return 0
  }
  const options = parseArgs(argv)
  if (options === 'help') {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  // The article and sources as the app imports them, so that offsets agree with the app's.
  const article = blocksText(textFileBlocks(await readText(options.article, 'article')))
  const sources: SourceInput[] = []
  for (const { path, author } of options.sources) {
    sources.push({ title: basename(path, extname(path)) || basename(path), author, text: cleanSourceText(await readText(path, 'source')), path, origin: 'file' })
  }
  const knowledge = options.entities === null ? undefined : await readEntities(options.entities)
  if (options.command === 'export') {
    const [{ exportBriefMarkdown, isoDay }, { writeOutputFile }] = await Promise.all([import('../renderer/src/core/brief'), import('./cli/output')])
    const markdown = exportBriefMarkdown(article, sources, {
      date: options.date ?? isoDay(new Date()),
      language: options.language,
      knowledge,
    })
    const inputs = [{ path: options.article, what: 'the article' }, ...options.sources.map(({ path }) => ({ path, what: 'a --source' }))]
    const written = await writeOutputFile(options.out!, markdown, { force: options.force, inputs })
    if (!written.ok) throw new InputError(written.reason)
    return 0
  }
  const report = checkArticle(article, sources, { knowledge })
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : readable(report, options.article))
  return 0
}

async function readEntities(path: string) {
  const text = await readText(path, 'entities file')
  const { parseEntitiesFile } = await import('./entitiesFile')
  try {
    return parseEntitiesFile(text)
  } catch (e) {
    throw new InputError(`entities file ${path} ${(e as Error).message}`)
  }
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
})

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e)
    process.stderr.write(`redaktor: ${terminalSafe(message.split('\n')[0])}\n`)
    process.exitCode = e instanceof InputError ? 2 : 1
  },
)
