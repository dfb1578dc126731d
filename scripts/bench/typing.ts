// Typing latency in the article editor, on a 20,000-word article while quote analysis runs.
// For each key: time from keydown to the next frame (requestAnimationFrame, then setTimeout 0).
// Two baselines in the same run, on the same text and the same keystrokes:
//   - a bare Lexical editor (LexicalComposer + RichTextPlugin, nothing of ours), bundled here
//     with Vite into a temporary folder;
//   - a plain <textarea>.
// Run: npx tsx scripts/bench/typing.ts [--no-build] [--hide=pane-brief,pane-checks]
// (builds the renderer first unless --no-build; --hide takes panes out, to see what each costs)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Browser, Page } from '@playwright/test'
import { launchChromium, serveFolder } from './browser'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const WORDS = 20_000
const KEYS = 200
const BURST = 25
const KEY_GAP_MS = 60
// A pause a little longer than the analysis debounce (400 ms): detection, reconciliation and the
// pane's re-render land while the next burst is being typed.
const PAUSE_MS = 450
// Keys of a US layout only: Playwright types other characters (ë, “) as text input, with no keydown to time.
const TYPED = 'Sipas burimeve zyrtare, negociatat vazhdojne edhe sot ne Tirane dhe ne Prishtine, ndersa ministri tha se "marreveshja eshte afer" per te gjithe palet. Kjo eshte nje prove shtypjeje e shpejte per redaktorin.'
  .repeat(2)
  .slice(0, KEYS)

export interface Latencies {
  p50: number
  p95: number
  mean: number
  samples: number
}

export interface TypingResult {
  app: Latencies
  bareLexical: Latencies
  textarea: Latencies
  p95VsBareLexical: number
  perCharVsTextarea: number
}

/** The seed article's reporting paragraphs (not its embedded statement) repeated to `words` words. */
export function benchArticle(words = WORDS): string {
  const seed = readFileSync(join(root, 'test/fixtures/seed/article.sq.txt'), 'utf8')
  const news = seed.split('\n').slice(0, 6)
  const paragraphs: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const paragraph = news[i % news.length]
    paragraphs.push(paragraph)
    count += paragraph.split(/\s+/).length
  }
  return paragraphs.join('\n')
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

function summarise(values: number[]): Latencies {
  return { p50: percentile(values, 50), p95: percentile(values, 95), mean: values.reduce((a, b) => a + b, 0) / values.length, samples: values.length }
}

// The bare editor: Lexical's own React bindings and nothing else, written as plain JS so Vite
// needs no plugin. It reads the article from article.txt next to it.
const BARE_HTML = `<!doctype html><html lang="sq"><head><meta charset="utf-8"><title>bare Lexical</title>
<style>body{margin:0;font:17px/1.65 Georgia,serif}.ce{max-width:46rem;margin:0 auto;padding:2rem 2.5rem;outline:none}p{margin:0 0 .85em}</style>
</head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>`

const BARE_MAIN = `import { createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'
import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'

const text = await (await fetch('./article.txt')).text()
const initialConfig = {
  namespace: 'bare',
  onError: (error) => { throw error },
  editorState: () => {
    for (const line of text.split('\\n')) $getRoot().append($createParagraphNode().append($createTextNode(line)))
  },
}
createRoot(document.getElementById('root')).render(
  h(LexicalComposer, { initialConfig },
    h(RichTextPlugin, { contentEditable: h(ContentEditable, { className: 'ce', 'data-testid': 'editor' }), ErrorBoundary: LexicalErrorBoundary })),
)
`

const TEXTAREA_HTML = `<!doctype html><html lang="sq"><head><meta charset="utf-8"><title>textarea</title>
<style>body{margin:0}textarea{display:block;box-sizing:border-box;width:46rem;height:100vh;margin:0 auto;padding:2rem 2.5rem;font:17px/1.65 Georgia,serif;border:0}</style>
</head><body><textarea id="t" spellcheck="false"></textarea></body></html>`

/** Builds the bare Lexical page with Vite into `outDir`; sources live under node_modules/.cache so imports resolve. */
async function buildBareLexical(outDir: string, article: string): Promise<void> {
  const sourceDir = join(root, 'node_modules', '.cache', 'redaktor-bench-bare')
  mkdirSync(sourceDir, { recursive: true })
  writeFileSync(join(sourceDir, 'index.html'), BARE_HTML)
  writeFileSync(join(sourceDir, 'main.js'), BARE_MAIN)
  const { build } = await import('vite')
  await build({
    root: sourceDir,
    base: './',
    logLevel: 'error',
    configFile: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  })
  writeFileSync(join(outDir, 'article.txt'), article)
  writeFileSync(join(outDir, 'textarea.html'), TEXTAREA_HTML)
}

/** Records keydown → next frame for every key typed, in page time. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as { __latencies: number[] }
    win.__latencies = []
    document.addEventListener(
      'keydown',
      () => {
        const down = performance.now()
        requestAnimationFrame(() => setTimeout(() => win.__latencies.push(performance.now() - down), 0))
      },
      { capture: true },
    )
  })
}

async function typeAndMeasure(page: Page): Promise<number[]> {
  await installProbe(page)
  for (let i = 0; i < TYPED.length; i++) {
    await page.keyboard.type(TYPED[i])
    await page.waitForTimeout((i + 1) % BURST === 0 ? PAUSE_MS : KEY_GAP_MS)
  }
  await page.waitForFunction((count) => (window as unknown as { __latencies: number[] }).__latencies.length >= count, TYPED.length)
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)
}

/** Puts the caret in the middle of the article's middle paragraph. */
async function caretInMiddle(page: Page, selector: string): Promise<void> {
  const paragraphs = page.locator(`${selector} p`)
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2))
  await middle.scrollIntoViewIfNeeded()
  await middle.click()
}

async function measureApp(browser: Browser, url: string, article: string, hide: readonly string[]): Promise<number[]> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'sq-AL' })).newPage()
  await page.goto(`${url}index.html`)
  // For diagnosis only (--hide pane-brief,pane-checks): which part of the workspace costs what.
  if (hide.length) await page.addStyleTag({ content: hide.map((id) => `[data-testid="${id}"]{display:none!important}`).join('') })
  await page.getByTestId('editor').waitFor()
  await page.getByRole('button', { name: 'Ngjit tekst' }).click()
  await page.getByRole('dialog').locator('textarea').fill(article)
  await page.getByRole('button', { name: 'Krijo artikullin' }).click()
  await page.waitForFunction((length) => (document.querySelector('[data-testid="editor"]')?.textContent?.length ?? 0) > length * 0.9, article.length)
  // The first analysis of the long article has landed in the pane.
  await page.getByTestId('quote-item').nth(100).waitFor({ timeout: 60_000 })
  await caretInMiddle(page, '[data-testid="editor"]')
  const result = await typeAndMeasure(page)
  await page.context().close()
  return result
}

async function measureBare(browser: Browser, url: string): Promise<number[]> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
  await page.goto(`${url}index.html`)
  await page.locator('[data-testid="editor"] p').nth(100).waitFor()
  await caretInMiddle(page, '[data-testid="editor"]')
  const result = await typeAndMeasure(page)
  await page.context().close()
  return result
}

async function measureTextarea(browser: Browser, url: string, article: string): Promise<number[]> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
  await page.goto(`${url}textarea.html`)
  await page.locator('#t').evaluate((element, text) => {
    const textarea = element as HTMLTextAreaElement
    textarea.value = text
    textarea.focus()
    textarea.setSelectionRange(Math.floor(text.length / 2), Math.floor(text.length / 2))
  }, article)
  const result = await typeAndMeasure(page)
  await page.context().close()
  return result
}

const format = (l: Latencies) => `p50 ${l.p50.toFixed(1)} ms   p95 ${l.p95.toFixed(1)} ms   mean ${l.mean.toFixed(1)} ms   (${l.samples} keys)`

export async function runTypingBench(options: { build?: boolean; rounds?: number; hide?: string[]; log?: (line: string) => void } = {}): Promise<TypingResult> {
  const log = options.log ?? console.log
  if (options.build !== false || !existsSync(join(root, 'out/renderer/index.html'))) {
    const built = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: 'ignore' })
    if (built.status !== 0) throw new Error('the renderer build failed; run npx electron-vite build to see why')
  }
  const article = benchArticle()
  const bareDir = mkdtempSync(join(tmpdir(), 'redaktor-bench-bare-'))
  await buildBareLexical(bareDir, article)
  const app = await serveFolder(join(root, 'out/renderer'))
  const bare = await serveFolder(bareDir)
  const browser = await launchChromium()
  try {
    // Rounds alternate between the three so that load on the machine falls on each alike.
    const samples = { app: [] as number[], bare: [] as number[], textarea: [] as number[] }
    for (let round = 0; round < (options.rounds ?? 2); round++) {
      samples.app.push(...(await measureApp(browser, app.url, article, options.hide ?? [])))
      samples.bare.push(...(await measureBare(browser, bare.url)))
      samples.textarea.push(...(await measureTextarea(browser, bare.url, article)))
    }
    const appLatencies = summarise(samples.app)
    const bareLatencies = summarise(samples.bare)
    const textareaLatencies = summarise(samples.textarea)
    const result: TypingResult = {
      app: appLatencies,
      bareLexical: bareLatencies,
      textarea: textareaLatencies,
      p95VsBareLexical: appLatencies.p95 / bareLatencies.p95,
      perCharVsTextarea: appLatencies.mean / textareaLatencies.mean,
    }
    log(`Typing ${KEYS} characters per round into a ${WORDS.toLocaleString('en')}-word article (${article.length.toLocaleString('en')} chars), keydown → next frame:`)
    log(`  Redaktor (analysis running)  ${format(appLatencies)}${options.hide?.length ? `   [hidden: ${options.hide.join(', ')}]` : ''}`)
    log(`  bare Lexical                 ${format(bareLatencies)}`)
    log(`  <textarea>                   ${format(textareaLatencies)}`)
    log(`  p95 vs bare Lexical          ${result.p95VsBareLexical.toFixed(2)}×   (target ≤ 1.5×)`)
    log(`  per character vs <textarea>  ${result.perCharVsTextarea.toFixed(2)}×   (target ≤ 2.5×)`)
    return result
  } finally {
    await browser.close()
    app.close()
    bare.close()
    rmSync(bareDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const hide = process.argv.find((arg) => arg.startsWith('--hide='))?.slice('--hide='.length).split(',').filter(Boolean) ?? []
  await runTypingBench({ build: !process.argv.includes('--no-build'), hide })
}
