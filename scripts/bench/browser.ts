// Shared by the browser benchmarks: a static server for a folder, and the system Chromium.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { chromium, type Browser } from '@playwright/test'

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** The system Chromium (or PLAYWRIGHT_CHROMIUM_EXECUTABLE); undefined lets Playwright use its own. */
export function chromiumExecutable(): string | undefined {
  return process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface StaticServer {
  url: string
  close(): void
}

/** Serves `dir` with the app's own static server and resolves once it answers. */
export async function serveFolder(dir: string): Promise<StaticServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), dir], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}/`
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}index.html`)).ok) return { url, close: () => child.kill() }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`the static server for ${dir} did not start`)
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
