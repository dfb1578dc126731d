import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'

// npm start's web mode, twice over one data folder: what was written in the first run is there in the second.
const port = Number(process.env.REDAKTOR_E2E_PORT ?? 4173) + 500
// Both tests use that port: one after the other.
test.describe.configure({ mode: 'serial' })

interface Launcher {
  url: string
  /** The browser profile the launcher keeps in the data folder, as it says. */
  profile: string
  stop: () => Promise<void>
}

/** Starts `npm start`'s launcher in web mode without a window, and waits for the address it serves. */
function startLauncher(dataDir: string): Promise<Launcher> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '--web', '--no-build', '--no-open', '--data-dir', dataDir, '--port', String(port)], {
      env: { ...process.env, CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the launcher did not start:\n${output}`)), 30_000)
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      })
    const read = (chunk: Buffer) => {
      output += chunk
      const found = /is at (http:\/\/\S+)/.exec(output)
      const profile = /the browser profile with Redaktor's database is (.+)\)\n/.exec(output)
      if (found && profile) {
        clearTimeout(timer)
        resolve({ url: found[1], profile: profile[1], stop })
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', (code) => reject(new Error(`the launcher exited with ${code}:\n${output}`)))
  })
}

test('web mode keeps the articles in the data folder across restarts of the launcher', async ({ launchOptions }) => {
  test.setTimeout(90_000)
  const dataDir = mkdtempSync(join(tmpdir(), 'redaktor-web-data-'))
  try {
    const first = await startLauncher(dataDir)
    expect(first.profile.startsWith(dataDir)).toBe(true)
    let context = await chromium.launchPersistentContext(first.profile, launchOptions)
    let page = context.pages()[0] ?? (await context.newPage())
    await page.goto(first.url)
    await page.getByTestId('new-article').click()
    await page.getByTestId('editor').click()
    await page.keyboard.type('Shkruar në nisjen e parë të Redaktorit.')
    await expect(page.getByRole('status').filter({ hasText: /^Ruajtur$/ })).toBeVisible()
    await context.close()
    await first.stop()

    const second = await startLauncher(dataDir)
    expect(second.url, 'the same address, so the browser finds the same data').toBe(first.url)
    expect(second.profile).toBe(first.profile)
    context = await chromium.launchPersistentContext(second.profile, launchOptions)
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(second.url)
    await expect(page.getByTestId('article-item').filter({ hasText: 'Shkruar në nisjen e parë të Redaktorit' })).toHaveCount(1)
    await context.close()
    await second.stop()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('the launcher refuses a port taken by another program instead of moving the data’s address', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaktor-web-data-'))
  const { createServer } = await import('node:http')
  const squatter = createServer((_, res) => res.end('not redaktor'))
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve))
  try {
    await expect(startLauncher(dataDir)).rejects.toThrow(/Port \d+ is taken by another program/)
  } finally {
    squatter.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
