// Cold start of the web-mode app to an editable editor showing the seed article, against a bare
// page in the same run: React + Lexical + Dexie showing the seed from IndexedDB (its sources are in
// scripts/bench/baseline/, built here with Vite like the app, minified, and served by the same
// scripts/serve.mjs with the same headers).
// Each run takes a fresh Chromium profile on disk: a first visit (the seed is stored), then a
// reload (it is read back). Runs alternate between the app and the baseline.
// Run: npx tsx scripts/bench/startup.ts [--no-build] [--runs=N] [--trace=DIR]
// (--trace writes Chromium performance traces of one more app and baseline run, first visit and
// reload, to open in DevTools' Performance panel)
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable, median, serveFolder } from './browser'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const RENDERER = join(root, 'out/renderer')
const RUNS = 7
// What a first visit loads: everything asked for until this long after the editor shows.
const SETTLE_MS = 3000

const seedLines = readFileSync(join(root, 'resources/seed/article.sq.txt'), 'utf8').split('\n').filter((line) => line.trim())
// The editor shows the seed when its first and last paragraphs are both in it.
const SEED_MARKS = [seedLines[0].slice(0, 60), seedLines.at(-1)!.slice(0, 60)]

export interface Visits {
  firstMs: number
  reloadMs: number
}

export interface StartupResult {
  app: Visits
  baseline: Visits
  ratio: Visits
  /** CPU time of the page's main thread until the editor shows: what the page itself costs, whatever else the machine runs. */
  cpu: { app: Visits; baseline: Visits; ratio: Visits }
  /** Gzip -9 sizes of JavaScript and CSS: what a first visit loads, and the rest of the build. */
  gzipBytes: { initial: number; onDemand: number }
  fonts: { files: number; bytes: number }
}

/**
 * Runs in the page before its own scripts: notes the time (from navigation start) when an editable
 * editor first holds the seed's first and last paragraphs, after the frame that shows it. A string,
 * because tsx would wrap the named functions of a function in a helper the page does not have.
 */
const probe = (marks: string[]) => `(() => {
  const marks = ${JSON.stringify(marks)}
  const observer = new MutationObserver(() => {
    const editor = document.querySelector('[data-testid="editor"]')
    const text = editor?.textContent ?? ''
    if (editor?.getAttribute('contenteditable') !== 'true' || !marks.every((mark) => text.includes(mark))) return
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => (window.__ready = performance.now()), 0))
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'], characterData: true })
  document.addEventListener('DOMContentLoaded', () => (window.__scriptsRan = performance.now()))
})()`

interface Ready {
  ready: number
  scriptsRan: number
  /** Milliseconds of CPU the document's main thread used until it was seen ready (Chromium's ThreadTime, counted per document). */
  cpu: number
}

async function readyAt(page: Page, session: CDPSession): Promise<Ready> {
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, { timeout: 30_000 })
  const { metrics } = await session.send('Performance.getMetrics')
  const cpu = (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000
  const marks = await page.evaluate(() => {
    const win = window as unknown as { __ready: number; __scriptsRan?: number }
    return { ready: win.__ready, scriptsRan: win.__scriptsRan ?? NaN }
  })
  return { ...marks, cpu }
}

/** A Chromium performance trace of what `action` does, written to `path`. */
async function traced(session: CDPSession, path: string, action: () => Promise<void>): Promise<void> {
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-v8.cpu_profiler']
  await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories } })
  await action()
  const complete = new Promise<string>((resolveStream) => session.once('Tracing.tracingComplete', (event) => resolveStream(event.stream!)))
  await session.send('Tracing.end')
  const stream = await complete
  let data = ''
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream })
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data
    if (chunk.eof) break
  }
  await session.send('IO.close', { handle: stream })
  writeFileSync(path, data)
}

interface Visit {
  first: Ready
  reload: Ready
  /** Paths of the build's files the first visit asked for. */
  loaded: Set<string>
}

/** A first visit and a reload in a fresh profile. */
async function visit(url: string, trace?: string): Promise<Visit> {
  const profile = mkdtempSync(join(tmpdir(), 'redaktor-startup-'))
  let context: BrowserContext | undefined
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 }, locale: 'sq-AL' })
    await context.addInitScript(probe(SEED_MARKS))
    const loaded = new Set<string>()
    context.on('request', (request) => {
      if (request.url().startsWith(url)) loaded.add(new URL(request.url()).pathname.slice(1))
    })
    const page = context.pages()[0] ?? (await context.newPage())
    const session = await context.newCDPSession(page)
    await session.send('Performance.enable')
    const run = async (step: 'first' | 'reload', go: () => Promise<unknown>) => {
      if (!trace) return go()
      await traced(session, `${trace}-${step}.json`, async () => {
        await go()
        await readyAt(page, session)
      })
    }
    await run('first', () => page.goto(`${url}index.html`))
    const first = await readyAt(page, session)
    await page.waitForTimeout(SETTLE_MS)
    const firstLoaded = new Set(loaded)
    await run('reload', () => page.reload())
    const reload = await readyAt(page, session)
    return { first, reload, loaded: firstLoaded }
  } finally {
    await context?.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

/** Builds the baseline page into `outDir` with Vite, as the app's renderer is built: minified, relative URLs. */
async function buildBaseline(outDir: string): Promise<void> {
  const { build } = await import('vite')
  await build({
    root: join(root, 'scripts/bench/baseline'),
    base: './',
    logLevel: 'error',
    configFile: false,
    build: { outDir, emptyOutDir: true, minify: true },
  })
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/** Gzip sizes of the renderer's JS and CSS split by whether the first visit loaded them; the font files it loaded. */
function sizes(loaded: Set<string>): Pick<StartupResult, 'gzipBytes' | 'fonts'> {
  const gzipBytes = { initial: 0, onDemand: 0 }
  const fonts = { files: 0, bytes: 0 }
  for (const name of readdirSync(join(RENDERER, 'assets'))) {
    const path = `assets/${name}`
    const file = join(RENDERER, path)
    if (/\.(js|css)$/.test(name)) gzipBytes[loaded.has(path) ? 'initial' : 'onDemand'] += gzipSize(file)
    else if (/\.woff2?$/.test(name) && loaded.has(path)) {
      fonts.files++
      fonts.bytes += statSync(file).size
    }
  }
  return { gzipBytes, fonts }
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(7)

export async function runStartupBench(options: { build?: boolean; runs?: number; trace?: string; log?: (line: string) => void } = {}): Promise<StartupResult> {
  const log = options.log ?? console.log
  const runs = options.runs ?? RUNS
  if (options.build !== false) {
    const built = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: 'ignore' })
    if (built.status !== 0) throw new Error('the renderer build failed; run npx electron-vite build to see why')
  }
  const baselineDir = mkdtempSync(join(tmpdir(), 'redaktor-baseline-'))
  await buildBaseline(baselineDir)
  const app = await serveFolder(RENDERER)
  const baseline = await serveFolder(baselineDir)
  if (options.trace) mkdirSync(options.trace, { recursive: true })
  try {
    // Traced runs come first and are not counted: tracing slows the page down.
    if (options.trace) for (const which of ['app', 'baseline'] as const) await visit(which === 'app' ? app.url : baseline.url, join(options.trace, which))
    const samples = { app: [] as Visit[], baseline: [] as Visit[] }
    for (let run = 0; run < runs; run++) {
      // Alternate which goes first, so that load on the machine falls on both alike.
      for (const which of run % 2 ? (['baseline', 'app'] as const) : (['app', 'baseline'] as const)) samples[which].push(await visit(which === 'app' ? app.url : baseline.url))
    }
    const summary = (visits: Visit[]) => ({
      firstMs: median(visits.map((v) => v.first.ready)),
      reloadMs: median(visits.map((v) => v.reload.ready)),
      firstScripts: median(visits.map((v) => v.first.scriptsRan)),
      reloadScripts: median(visits.map((v) => v.reload.scriptsRan)),
      cpu: { firstMs: median(visits.map((v) => v.first.cpu)), reloadMs: median(visits.map((v) => v.reload.cpu)) },
    })
    const appSummary = summary(samples.app)
    const baselineSummary = summary(samples.baseline)
    const ratioOf = (app: Visits, baseline: Visits) => ({ firstMs: app.firstMs / baseline.firstMs, reloadMs: app.reloadMs / baseline.reloadMs })
    const ratio = ratioOf(appSummary, baselineSummary)
    const cpu = { app: appSummary.cpu, baseline: baselineSummary.cpu, ratio: ratioOf(appSummary.cpu, baselineSummary.cpu) }
    const { gzipBytes, fonts } = sizes(samples.app.at(-1)!.loaded)
    log(`Cold start to an editable editor showing the seed, web mode, fresh Chromium profile (median of ${runs}, interleaved):`)
    log('                                   first visit   reload   (scripts ran, DOMContentLoaded: first / reload)')
    log(`  Redaktor                           ${ms(appSummary.firstMs)}   ${ms(appSummary.reloadMs)}   (${ms(appSummary.firstScripts)} / ${ms(appSummary.reloadScripts)})`)
    log(`  bare React + Lexical + Dexie page  ${ms(baselineSummary.firstMs)}   ${ms(baselineSummary.reloadMs)}   (${ms(baselineSummary.firstScripts)} / ${ms(baselineSummary.reloadScripts)})`)
    log(`  ratio                              ${`${ratio.firstMs.toFixed(2)}×`.padStart(7)}   ${`${ratio.reloadMs.toFixed(2)}×`.padStart(7)}   (target ≤ 1.5× on both)`)
    log(`Main-thread CPU time until then (does not count waiting for a busy machine):`)
    log(`  Redaktor                           ${ms(cpu.app.firstMs)}   ${ms(cpu.app.reloadMs)}`)
    log(`  bare React + Lexical + Dexie page  ${ms(cpu.baseline.firstMs)}   ${ms(cpu.baseline.reloadMs)}`)
    log(`  ratio                              ${`${cpu.ratio.firstMs.toFixed(2)}×`.padStart(7)}   ${`${cpu.ratio.reloadMs.toFixed(2)}×`.padStart(7)}`)
    log(`Renderer JS + CSS, gzip -9: ${(gzipBytes.initial / 1024).toFixed(0)} KiB loaded by a first visit (within ${SETTLE_MS / 1000} s of the editor showing), ${(gzipBytes.onDemand / 1024).toFixed(0)} KiB more on demand`)
    log(`Fonts loaded by a first visit: ${fonts.files} files, ${(fonts.bytes / 1024).toFixed(0)} KiB`)
    if (options.trace) log(`Traces (extra runs, not counted): ${options.trace}/{app,baseline}-{first,reload}.json`)
    return { app: appSummary, baseline: baselineSummary, ratio, cpu, gzipBytes, fonts }
  } finally {
    app.close()
    baseline.close()
    rmSync(baselineDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  await runStartupBench({ build: !process.argv.includes('--no-build'), runs: Number(option('runs') ?? RUNS), trace: option('trace') })
}
