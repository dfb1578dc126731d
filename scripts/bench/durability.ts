// What survives a reload, and what a backup of a real-sized workspace costs, in web mode.
//  1. Characters lost when the page is reloaded right after a keystroke (and, for comparison in the
//     same run, 300 ms after it, past the autosave pause): 20 reloads each.
//  2. Backing up and restoring a workspace of 100 articles (each the seed, its quotes tagged, checked,
//     with a brief) through the app's own buttons, against a baseline in the same run: the same rows
//     read and written with bare IndexedDB calls and JSON, no checks.
// Run: npx tsx scripts/bench/durability.ts [--no-build]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from '@playwright/test'
import { launchChromium, median, serveFolder } from './browser'

const RELOADS = 20
const ARTICLES = 100
const RUNS = 3
const TYPED = 'abcdefghijklmnopqrst'

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(`${url}index.html`)
  await page.locator('[data-testid="editor"][contenteditable="true"]').waitFor()
}

const saved = (page: Page) => page.locator('[data-testid="save-state"][data-state="saved"]').waitFor()

/** The article's text as stored, read straight from IndexedDB: what a reload can come back to. */
function storedText(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('redaktor')
        open.onsuccess = () => {
          const get = open.result.transaction('articles').objectStore('articles').get(id)
          get.onsuccess = () => {
            open.result.close()
            resolve((get.result as { plainText: string }).plainText)
          }
          get.onerror = () => reject(get.error)
        }
      }),
    id,
  )
}

/** Types at the end of a new article, reloads after `waitMs`, and counts the typed characters storage did not keep. */
async function reloadLoss(browser: Browser, url: string, waitMs: number): Promise<number[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await openApp(page, url)
  const current = page.locator('[data-testid="article-item"][aria-current="page"]')
  const seed = await current.getAttribute('data-article-id')
  await page.getByTestId('new-article').click()
  const created = page.locator(`[data-testid="article-item"][aria-current="page"]:not([data-article-id="${seed}"])`)
  await created.waitFor()
  const id = (await created.getAttribute('data-article-id'))!
  const editor = page.getByTestId('editor')
  await page.waitForFunction(() => document.querySelector('[data-testid="editor"]')?.textContent === '') // the new, empty article is the one open
  const losses: number[] = []
  for (let round = 0; round < RELOADS; round++) {
    await editor.click()
    await page.keyboard.press('ControlOrMeta+End')
    const before = await storedText(page, id)
    await page.keyboard.type(TYPED)
    if (waitMs) await page.waitForTimeout(waitMs)
    await page.reload()
    await page.locator('[data-testid="editor"][contenteditable="true"]').waitFor()
    losses.push(before.length + TYPED.length - (await storedText(page, id)).length)
  }
  await context.close()
  return losses
}

/** Clones the open seed article, with its tags, sources, checks and brief, until there are `count` articles. */
async function fillWorkspace(page: Page, count: number): Promise<void> {
  await page.getByTestId('pane-quotes').getByRole('button', { name: 'Prano të gjitha' }).click()
  await page.locator('[data-testid="check-item"][data-status="pending"]').first().waitFor({ state: 'detached' }).catch(() => undefined)
  await page.waitForTimeout(1500)
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('redaktor')
      open.onsuccess = () => resolve(open.result)
    })
    const tables = ['articles', 'quotes', 'sources', 'checks', 'briefs'] as const
    const rows: Record<string, Array<Record<string, unknown>>> = {}
    await new Promise<void>((resolve) => {
      const tx = db.transaction([...tables])
      for (const table of tables) tx.objectStore(table).getAll().onsuccess = (event) => (rows[table] = (event.target as IDBRequest).result)
      tx.oncomplete = () => resolve()
    })
    const ids = [...rows.articles, ...rows.quotes, ...rows.sources, ...rows.briefs].map((row) => String(row.id))
    const tx = db.transaction([...tables], 'readwrite')
    for (let copy = 1; copy < count; copy++) {
      for (const table of tables) {
        for (const row of rows[table]) {
          let json = JSON.stringify(row)
          for (const id of ids) json = json.split(id).join(`${id}-${copy}`)
          tx.objectStore(table).put(JSON.parse(json))
        }
      }
    }
    await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()))
    db.close()
  }, count)
  await page.reload()
  await page.getByTestId('article-item').nth(count - 1).waitFor()
}

/** The baseline: every row of every table read, turned into JSON, and written back into a scratch database. */
async function baseline(page: Page): Promise<{ exportMs: number; importMs: number }> {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('redaktor')
      request.onsuccess = () => resolve(request.result)
    })
    const names = [...db.objectStoreNames]
    let started = performance.now()
    const dump: Record<string, unknown[]> = {}
    await new Promise<void>((resolve) => {
      const tx = db.transaction(names)
      for (const name of names) tx.objectStore(name).getAll().onsuccess = (event) => (dump[name] = (event.target as IDBRequest).result)
      tx.oncomplete = () => resolve()
    })
    const text = JSON.stringify(dump)
    new Blob([text])
    const exportMs = performance.now() - started
    db.close()
    const scratchName = `baseline-${Math.random()}`
    const scratch = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(scratchName, 1)
      request.onupgradeneeded = () => {
        for (const name of names) request.result.createObjectStore(name, { keyPath: name === 'settings' ? 'key' : 'id' })
      }
      request.onsuccess = () => resolve(request.result)
    })
    started = performance.now()
    const parsed = JSON.parse(text) as Record<string, unknown[]>
    await new Promise<void>((resolve) => {
      const tx = scratch.transaction(names, 'readwrite')
      for (const name of names) for (const row of parsed[name]) tx.objectStore(name).put(row)
      tx.oncomplete = () => resolve()
    })
    const importMs = performance.now() - started
    scratch.close()
    indexedDB.deleteDatabase(scratchName)
    return { exportMs, importMs }
  })
}

/** Back up through the button, to the downloaded file. */
async function timedBackup(page: Page, path: string): Promise<number> {
  const started = performance.now()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-workspace').click()
  await (await download).saveAs(path)
  return performance.now() - started
}

/** Restore through the file input and the confirmation, into a fresh profile, replacing its seed. */
async function timedRestore(browser: Browser, url: string, path: string): Promise<{ checkMs: number; applyMs: number }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await openApp(page, url)
  let started = performance.now()
  await page.getByTestId('import-workspace').setInputFiles(path)
  const confirm = page.getByTestId('confirm-restore')
  await confirm.waitFor()
  const checkMs = performance.now() - started
  await page.getByRole('radio', { name: /Zëvendëso/ }).check()
  started = performance.now()
  await confirm.click()
  await page.getByRole('status').filter({ hasText: `U rikthyen ${ARTICLES} artikuj` }).waitFor({ timeout: 120_000 })
  const applyMs = performance.now() - started
  await context.close()
  return { checkMs, applyMs }
}

export async function runDurabilityBench(log: (line: string) => void = console.log): Promise<void> {
  const server = await serveFolder('out/renderer')
  const browser = await launchChromium()
  const folder = mkdtempSync(join(tmpdir(), 'redaktor-bench-backup-'))
  try {
    const now = await reloadLoss(browser, server.url, 0)
    const later = await reloadLoss(browser, server.url, 300)
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
    log(`Reload right after typing ${TYPED.length} characters, ${RELOADS} times:`)
    log(`  right after the last keystroke   ${sum(now)} of ${RELOADS * TYPED.length} characters lost (at most ${Math.max(...now)} in one reload)`)
    log(`  300 ms after the last keystroke  ${sum(later)} of ${RELOADS * TYPED.length} characters lost`)

    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await openApp(page, server.url)
    await saved(page)
    await fillWorkspace(page, ARTICLES)
    const path = join(folder, 'backup.json')
    const backups: number[] = []
    const checks: number[] = []
    const applies: number[] = []
    const baselines: Array<{ exportMs: number; importMs: number }> = []
    for (let run = 0; run < RUNS; run++) {
      backups.push(await timedBackup(page, path))
      baselines.push(await baseline(page))
      const restore = await timedRestore(browser, server.url, path)
      checks.push(restore.checkMs)
      applies.push(restore.applyMs)
    }
    await context.close()
    const backupMs = median(backups)
    const restoreMs = median(checks) + median(applies)
    const base = { exportMs: median(baselines.map((b) => b.exportMs)), importMs: median(baselines.map((b) => b.importMs)) }
    log(`Workspace of ${ARTICLES} articles (the seed with its tags, checks and brief each), backup file ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB, median of ${RUNS}:`)
    log(`  backup (button to downloaded file)            ${backupMs.toFixed(0)} ms   baseline read + JSON ${base.exportMs.toFixed(0)} ms   ratio ${(backupMs / base.exportMs).toFixed(1)}×`)
    log(`  restore (file chosen to workspace replaced)   ${restoreMs.toFixed(0)} ms   baseline JSON + write ${base.importMs.toFixed(0)} ms   ratio ${(restoreMs / base.importMs).toFixed(1)}×`)
    log(`    of which reading, staging, upgrading and checking every record ${median(checks).toFixed(0)} ms, applying ${median(applies).toFixed(0)} ms`)
  } finally {
    await browser.close()
    server.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('node_modules/.bin/electron-vite', ['build'], { stdio: 'ignore' })
    if (build.status !== 0) throw new Error('the build failed; run npm run build to see why')
  }
  await runDurabilityBench()
}
