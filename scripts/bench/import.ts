// Import of Markdown and HTML files as the import worker runs it (readImport: decode, markdown-it,
// sanitizeHtml), on the input that made the old line-by-line regular expressions quadratic (a
// 96 KB line of "*a ") and on a 1 MB article. Baseline, in the same run: decoding the same
// bytes, which every import does first.
// Run directly: npx tsx scripts/bench/import.ts
import { pathToFileURL } from 'node:url'
import { decodeText } from '../../renderer/src/core/textImport'
import { readImport } from '../../renderer/src/editor/import/read'
import { median } from './browser'
import { synthesise } from './core'

const RUNS = 9

function time(f: () => unknown): number {
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    f()
    times.push(performance.now() - started)
  }
  return median(times)
}

export function runImportBench(log: (line: string) => void = console.log): void {
  const encode = (text: string) => new TextEncoder().encode(text)
  const { article } = synthesise(1024 * 1024, 2000, 5)
  const inputs: Array<[string, string, Uint8Array]> = [
    ['96 KB line of "*a "', 'yje.md', encode('*a '.repeat(32 * 1024))],
    ['192 KB line of "*a " (twice the size: linear means twice the time)', 'yje.md', encode('*a '.repeat(64 * 1024))],
    ['1 MB article as Markdown', 'lajm.md', encode(article.split('\n').map((p, i) => (i % 10 === 0 ? `## ${p.slice(0, 40)}\n\n${p}` : p)).join('\n\n'))],
    ['1 MB article as HTML', 'lajm.html', encode(article.split('\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n'))],
  ]
  for (const [name, file, bytes] of inputs) {
    const ms = time(() => readImport(file, bytes))
    const baseline = time(() => decodeText(bytes))
    log(`${name}: ${ms.toFixed(1)} ms (decoding alone: ${baseline.toFixed(1)} ms; ${(ms / baseline).toFixed(1)}× that)`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runImportBench()
