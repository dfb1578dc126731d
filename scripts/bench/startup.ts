// Cold start of the web-mode app to an editable editor, in a fresh Chromium profile each run.
// Baseline, in the same run and from the same server: a static page holding a plain <textarea>.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { launchChromium, median, serveFolder } from './browser'

const RUNS = 5
const RENDERER = 'out/renderer'

export interface StartupResult {
  appMs: number
  baselineMs: number
  gzipBytes: { initial: number; onDemand: number }
}

/** Milliseconds from navigation to an element that accepts typing, median over fresh profiles. */
async function coldStarts(url: string, selector: string): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const browser = await launchChromium()
    const page = await (await browser.newContext()).newPage()
    const started = performance.now()
    await page.goto(url)
    await page.locator(selector).waitFor({ state: 'visible' })
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('contenteditable') !== 'false', selector)
    times.push(performance.now() - started)
    await browser.close()
  }
  return times
}

/**
 * Gzip sizes of the renderer's JavaScript and CSS: what a first visit loads (the page's own
 * assets and the workers it starts) and what loads only on demand (e.g. the .docx reader).
 */
export function rendererGzipBytes(dir = RENDERER): { initial: number; onDemand: number } {
  const assets = join(dir, 'assets')
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const sizes = { initial: 0, onDemand: 0 }
  for (const name of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(name) || !statSync(join(assets, name)).isFile()) continue
    const bytes = gzipSync(readFileSync(join(assets, name)), { level: 9 }).length
    if (html.includes(`assets/${name}`) || name.includes('.worker-')) sizes.initial += bytes
    else sizes.onDemand += bytes
  }
  return sizes
}

export async function runStartupBench(log: (line: string) => void = console.log): Promise<StartupResult> {
  const baselineDir = mkdtempSync(join(tmpdir(), 'redaktor-baseline-'))
  writeFileSync(join(baselineDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>baseline</title><textarea id="t"></textarea>')
  const app = await serveFolder(RENDERER)
  const baseline = await serveFolder(baselineDir)
  try {
    const appMs = median(await coldStarts(`${app.url}index.html`, '[data-testid="editor"][contenteditable="true"]'))
    const baselineMs = median(await coldStarts(`${baseline.url}index.html`, '#t'))
    const gzipBytes = rendererGzipBytes()
    log('Cold start, web mode, fresh Chromium profile (median of 5):')
    log(`  app to editable editor   ${appMs.toFixed(0)} ms`)
    log(`  baseline <textarea> page ${baselineMs.toFixed(0)} ms`)
    log(`  ratio                    ${(appMs / baselineMs).toFixed(2)}×`)
    log(`Renderer bundle, gzip -9 (JS + CSS): ${(gzipBytes.initial / 1024).toFixed(0)} KiB at start (page and workers), ${(gzipBytes.onDemand / 1024).toFixed(0)} KiB more on demand`)
    return { appMs, baselineMs, gzipBytes }
  } finally {
    app.close()
    baseline.close()
    rmSync(baselineDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runStartupBench()
