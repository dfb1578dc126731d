// Brief export times. Markdown: a 20-quote brief through the writer, against JSON.stringify of
// the same model. PDF: Chromium's page.pdf of the print document (the 20-quote brief, and the
// seed's brief through the app's print view), against page.pdf of a plain one-page HTML.
// Run directly: npx tsx scripts/bench/brief.ts (the print view part needs `npm run build`).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import { briefMarkdown, buildBriefDraft, printBriefDocument, type BriefModel, type PrintFontFace } from '../../renderer/src/core/brief'
import { launchChromium, median, serveFolder } from './browser'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const seed = readFileSync(join(root, 'test', 'fixtures', 'seed', 'article.sq.txt'), 'utf8')
const DATE = '2025-03-19'
const PDF_OPTIONS = { format: 'A4', printBackground: true, margin: { top: '0.8in', bottom: '0.8in', left: '0.7in', right: '0.7in' } } as const

export interface BriefBenchResult {
  markdownMs: number
  markdownBaselineMs: number
  pdfMs: number
  pdfBaselineMs: number
  printViewPdfMs: number | null
}

/** The seed's draft grown to `count` quotes (with their notes), as an editor might keep them. */
export function briefWithQuotes(count: number): BriefModel {
  const draft = buildBriefDraft({ articleText: seed })
  const quotes = Array.from({ length: count }, (_, i) => ({ ...draft.quotes[i % draft.quotes.length], key: `q${i + 1}` }))
  const notes = quotes.map((q, i) => ({ ...draft.notes[i % draft.notes.length], id: `n${i + 1}`, quoteKey: q.key }))
  return { ...draft, quotes, notes }
}

export function printFontsFromDisk(): PrintFontFace[] {
  const file = (name: string) => readFileSync(join(root, 'node_modules', '@fontsource', 'noto-serif', 'files', `noto-serif-${name}.woff2`)).toString('base64')
  const faces: PrintFontFace[] = []
  for (const [weight, style, name] of [[400, 'normal', '400-normal'], [400, 'italic', '400-italic'], [700, 'normal', '700-normal']] as const) {
    faces.push({ weight, style, subset: 'latin', base64: file(`latin-${name}`) })
    faces.push({ weight, style, subset: 'latin-ext', base64: file(`latin-ext-${name}`) })
  }
  return faces
}

function timeSync(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 5; i++) fn() // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    fn()
    times.push(performance.now() - started)
  }
  return median(times)
}

async function timePdf(page: Page, runs: number): Promise<number> {
  await page.pdf(PDF_OPTIONS) // warm-up: fonts decoded, layout done once
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await page.pdf(PDF_OPTIONS)
    times.push(performance.now() - started)
  }
  return median(times)
}

export async function runBriefBench(log: (line: string) => void = console.log): Promise<BriefBenchResult> {
  const model = briefWithQuotes(20)
  const markdownMs = timeSync(200, () => briefMarkdown(model, { date: DATE }))
  const markdownBaselineMs = timeSync(200, () => JSON.stringify(model))
  log('Markdown export, 20-quote brief (median of 200):')
  log(`  briefMarkdown              ${markdownMs.toFixed(3)} ms`)
  log(`  baseline JSON.stringify    ${markdownBaselineMs.toFixed(3)} ms`)
  log(`  ratio                      ${(markdownMs / markdownBaselineMs).toFixed(1)}×`)

  const browser = await launchChromium()
  let printViewPdfMs: number | null = null
  try {
    const page = await browser.newPage()
    const html = printBriefDocument(model, { date: DATE, pageSize: 'A4', fonts: printFontsFromDisk() })
    await page.setContent(html)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const pdfMs = await timePdf(page, 5)
    await page.setContent('<!doctype html><meta charset="utf-8"><title>baseline</title><p>Një faqe e thjeshtë.</p>')
    const pdfBaselineMs = await timePdf(page, 5)

    const renderer = join(root, 'out', 'renderer')
    if (existsSync(join(renderer, 'index.html'))) {
      const server = await serveFolder(renderer)
      try {
        const context = await browser.newContext()
        const app = await context.newPage()
        await app.goto(`${server.url}index.html`)
        // The brief is drafted when its tab is first opened.
        await app.getByTestId('tab-brief').click()
        const pane = app.locator('[data-testid="pane-brief"][data-brief-id]')
        await pane.waitFor()
        const id = await pane.getAttribute('data-brief-id')
        // The PDF button hands the composed brief to the print view, as an editor's click does.
        const popup = app.waitForEvent('popup')
        await app.getByTestId('export-pdf').click()
        await (await popup).close()
        const view = await context.newPage()
        await view.goto(`${server.url}index.html#/print/brief/${id}`)
        await view.locator('h1').waitFor()
        await view.evaluate(() => document.fonts.ready.then(() => undefined))
        printViewPdfMs = await timePdf(view, 5)
      } finally {
        server.close()
      }
    }

    log('PDF export, page.pdf in Chromium (median of 5, after one warm-up):')
    log(`  print document, 20 quotes  ${pdfMs.toFixed(0)} ms`)
    if (printViewPdfMs !== null) log(`  seed brief, print view     ${printViewPdfMs.toFixed(0)} ms`)
    else log('  seed brief, print view     skipped: no out/renderer (npm run build)')
    log(`  baseline one-page HTML     ${pdfBaselineMs.toFixed(0)} ms`)
    log(`  ratio (20 quotes)          ${(pdfMs / pdfBaselineMs).toFixed(1)}×`)
    return { markdownMs, markdownBaselineMs, pdfMs, pdfBaselineMs, printViewPdfMs }
  } finally {
    await browser.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBriefBench()
