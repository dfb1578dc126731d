// The real desktop app: built main, preload and renderer in Electron.
// Runs only where Electron's binary is installed; elsewhere it reports itself
// skipped with the reason, and the web-mode specs cover the renderer.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RedaktorApi } from '../electron/ipc'

const root = fileURLToPath(new URL('..', import.meta.url))

function electronBinary(): string | undefined {
  const dir = join(root, 'node_modules', 'electron')
  try {
    const executable = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim())
    return existsSync(executable) ? executable : undefined
  } catch {
    return undefined
  }
}

const SKIP_REASON = 'Electron binary not installed (its download is blocked here); run node node_modules/electron/install.js to enable this spec'
// The list reporter does not print skip reasons, so say it once where the run's output shows it.
if (!electronBinary() && process.env.TEST_WORKER_INDEX === undefined) console.log(`e2e/electron.spec.ts skipped: ${SKIP_REASON}`)
test.skip(!electronBinary(), SKIP_REASON)
test.describe.configure({ mode: 'serial' }) // one app for the whole file

// The page's globals, named without the DOM library (this folder compiles against Node's types).
type InPage = { redaktor: RedaktorApi; location: { href: string; protocol: string }; open(url: string): unknown }

let app: ElectronApplication
let page: Page
let xvfb: ChildProcess | undefined

/** Electron needs a display; on a headless Linux machine, bring up a virtual one. */
async function ensureDisplay(env: NodeJS.ProcessEnv): Promise<void> {
  if (process.platform !== 'linux' || env.DISPLAY) return
  const display = ':97'
  xvfb = spawn('Xvfb', [display, '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' })
  await new Promise((resolve, reject) => {
    xvfb!.once('error', (error) => reject(new Error(`no display and Xvfb could not start (${error.message}); install xvfb`)))
    setTimeout(resolve, 1000)
  })
  env.DISPLAY = display
}

test.beforeAll(async () => {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('out/ is not built: run npm run build first')
  const env = { ...process.env }
  delete env.ELECTRON_RENDERER_URL // the built app, never a dev server
  await ensureDisplay(env)
  // Chromium will not start as root with its sandbox on (containers, CI).
  const args = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.']
  app = await electron.launch({ args, cwd: root, env: env as Record<string, string> })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterAll(async () => {
  await app?.close()
  xvfb?.kill()
})

test('the window opens on the app’s own page with the editor', async () => {
  expect(page.url()).toMatch(/^app:\/\/redaktor\//)
  await expect(page.getByTestId('editor')).toBeVisible()
})

test('window.redaktor offers exactly the two named methods, and nothing of ipcRenderer', async () => {
  const shape = await page.evaluate(() => {
    const api = (globalThis as unknown as InPage).redaktor as unknown as Record<string, unknown>
    return Object.keys(api)
      .sort()
      .map((key) => `${key}:${typeof api[key]}`)
  })
  expect(shape).toEqual(['printToPdf:function', 'saveFile:function'])
})

test('a print document is printed from its own protocol, whatever markup it carries', async () => {
  // The save dialog answers "cancel", so the test sees the print succeed without a file.
  await app.evaluate(({ dialog }) => {
    dialog.showSaveDialog = (async () => ({ canceled: true, filePath: '' })) as unknown as typeof dialog.showSaveDialog
  })
  const crafted = '<!doctype html><!-- <head> --><title><head></title><p>Përmbledhje</p><img src="file:///etc/passwd"><link rel="stylesheet" href="https://example.com/x.css">'
  const answer = await page.evaluate(
    (html) => (globalThis as unknown as InPage).redaktor.printToPdf({ html, title: 'Provë', pageSize: 'A4', suggestedName: 'prove' }),
    crafted,
  )
  expect(answer).toEqual({ saved: false })
})

test('the page has no Node: require, process and module are undefined', async () => {
  const types = await page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process, typeof (globalThis as Record<string, unknown>).module])
  expect(types).toEqual(['undefined', 'undefined', 'undefined'])
})

test('a malformed request is refused by its schema, without opening a dialog', async () => {
  const answer = await page.evaluate(() =>
    (globalThis as unknown as InPage).redaktor.saveFile({ suggestedName: 'x.md', data: 42 as unknown as string }),
  )
  expect(answer.saved).toBe(false)
  expect(answer.error).toMatch(/^Invalid request/)
})

test('the app’s pages carry the strict CSP, without unsafe-eval', async () => {
  const csp = await page.evaluate(() => fetch('./index.html').then((response) => response.headers.get('content-security-policy')))
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
})

test('navigating the window to the web is blocked', async () => {
  const attempted = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<string>((resolve) => BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (_event, url) => resolve(url))),
  )
  await page.evaluate(() => {
    (globalThis as unknown as InPage).location.href = 'https://example.com/'
  })
  expect(await attempted).toBe('https://example.com/')
  // will-navigate was prevented synchronously, so the page is still ours.
  expect(await page.evaluate(() => (globalThis as unknown as InPage).location.protocol)).toBe('app:')
  await expect(page.getByTestId('editor')).toBeVisible()
})

test('window.open is denied', async () => {
  const opened = await page.evaluate(() => (globalThis as unknown as InPage).open('https://example.com/') === null)
  expect(opened).toBe(true)
  expect(app.windows()).toHaveLength(1)
})
