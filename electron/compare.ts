// `redaktor compare TRANSLATION ORIGINAL [--json]`: a translation checked against its original.
// The command line's file reading and its one-line refusals are passed in from cli.ts.
import { compareTranslation, type TextSpan, type TranslationComparison, type TranslationIssue } from '../renderer/src/core/index'

interface Io {
  /** The translation as `check` reads an article, the original as it reads a source: offsets agree. */
  readTranslation(path: string): Promise<string>
  readOriginal(path: string): Promise<string>
  fail(message: string): Error
}

// A side that says nothing in the other's place is the empty string, so both fields stay strings.
const issueJson = (issue: TranslationIssue) => ({
  kind: issue.kind,
  translation: issue.translation?.text ?? '',
  original: issue.original?.text ?? '',
})

const span = ({ start, end, text }: TextSpan) => ({ start, end, text })

/** The document of the stable contract: version 1, nothing more. */
export function comparisonJson(report: TranslationComparison, translationPath: string, originalPath: string) {
  return {
    version: 1,
    translation: { path: translationPath, ...report.translation },
    original: { path: originalPath, ...report.original },
    pairs: report.pairs.map((pair) => ({
      translation: span(pair.translation!),
      original: span(pair.original!),
      score: pair.score,
      issues: pair.issues.map(issueJson),
    })),
    omitted: report.omitted.map(span),
    added: report.added.map(span),
  }
}

const quoted = (s: string) => `“${s}”`

function describeIssue(issue: TranslationIssue): string {
  const t = issue.translation ? quoted(issue.translation.text) : 'nothing'
  const o = issue.original ? quoted(issue.original.text) : 'nothing'
  return `${issue.kind}: the translation says ${t} where the original says ${o}`
}

function readable(report: TranslationComparison, translationPath: string, originalPath: string): string {
  const lines: string[] = []
  const { start, end } = report.translation
  lines.push(`Translation: ${translationPath} (${report.translation.lang}), compared from ${start} to ${end}`)
  lines.push(`Original: ${originalPath} (${report.original.lang})`)
  lines.push('')
  lines.push(`Omitted: sentences of the original the translation leaves out (${report.omitted.length})`)
  if (report.omitted.length === 0) lines.push('  none')
  for (const s of report.omitted) lines.push(`  [${s.start}–${s.end}] ${s.text}`)
  lines.push('')
  lines.push(`Added: sentences of the translation with no counterpart (${report.added.length})`)
  if (report.added.length === 0) lines.push('  none')
  for (const s of report.added) lines.push(`  [${s.start}–${s.end}] ${s.text}`)
  lines.push('')
  const changed = report.pairs.filter((pair) => pair.issues.length > 0)
  lines.push(`Changes: pairs that disagree on a number, name, date or negation (${changed.length})`)
  if (changed.length === 0) lines.push('  none')
  for (const pair of changed) {
    lines.push(`  [${pair.translation!.start}–${pair.translation!.end}] ${pair.translation!.text}`)
    lines.push(`    original [${pair.original!.start}–${pair.original!.end}] ${pair.original!.text}`)
    for (const issue of pair.issues) lines.push(`    ${describeIssue(issue)}`)
  }
  lines.push('')
  lines.push(`Pairs (${report.pairs.length})`)
  report.pairs.forEach((pair, k) => {
    lines.push(`  ${k + 1}. ${pair.kind}, score ${pair.score.toFixed(2)}`)
    lines.push(`     ${report.translation.lang} [${pair.translation!.start}–${pair.translation!.end}] ${pair.translation!.text}`)
    lines.push(`     ${report.original.lang} [${pair.original!.start}–${pair.original!.end}] ${pair.original!.text}`)
  })
  return lines.join('\n') + '\n'
}

export async function runCompare(args: string[], io: Io): Promise<string> {
  const paths: string[] = []
  let json = false
  for (const arg of args) {
    if (arg === '--json') json = true
    else if (arg.startsWith('-') && arg !== '-') throw io.fail(`unknown option: ${arg}`)
    else paths.push(arg)
  }
  if (paths.length < 2) throw io.fail('compare needs TRANSLATION and ORIGINAL (see --help)')
  if (paths.length > 2) throw io.fail(`unexpected argument: ${paths[2]}`)
  const [translationPath, originalPath] = paths
  const translation = await io.readTranslation(translationPath)
  const original = await io.readOriginal(originalPath)
  const report = compareTranslation(translation, original)
  return json ? JSON.stringify(comparisonJson(report, translationPath, originalPath), null, 2) + '\n' : readable(report, translationPath, originalPath)
}
