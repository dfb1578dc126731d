// The app:// handler itself, with Electron's session mocked.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }))

const { serveRenderer } = await import('./protocol')

type Handler = (request: Request) => Promise<Response>
let handler: Handler
// What the stored setting answers (sync-origin.ts); each response reads it anew.
let syncOrigin: string | null = null
const dir = mkdtempSync(join(tmpdir(), 'redaktor-protocol-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(() => {
  const renderer = join(dir, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Redaktor</title>')
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export {}')
  writeFileSync(join(dir, 'secret.txt'), 'not for the renderer')
  symlinkSync(join(dir, 'secret.txt'), join(renderer, 'assets', 'link.txt'))
  const session = { protocol: { handle: (_scheme: string, h: Handler) => (handler = h) } }
  serveRenderer(session as never, renderer, () => syncOrigin)
})

const get = (url: string, method = 'GET') => handler(new Request(url, { method }))

describe('app://redaktor/ serves the built renderer and nothing else', () => {
  it('serves index.html with its type and the CSP', async () => {
    const response = await get('app://redaktor/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await response.text()).toContain('<title>Redaktor</title>')
  })

  it('admits the stored collaboration server in connect-src from the next response on, and drops it when cleared', async () => {
    const connectSrc = async () => /connect-src ([^;]*)/.exec((await get('app://redaktor/index.html')).headers.get('content-security-policy')!)?.[1]
    expect(await connectSrc()).toBe("'self'")
    syncOrigin = 'wss://sync.example.org'
    expect(await connectSrc()).toBe("'self' wss://sync.example.org")
    syncOrigin = null
    expect(await connectSrc()).toBe("'self'")
  })

  it('serves scripts as JavaScript', async () => {
    expect((await get('app://redaktor/assets/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/)
  })

  it('answers 404 for missing files, other hosts, other methods, encoded traversal and symlinks out', async () => {
    for (const url of ['app://redaktor/missing.js', 'app://other/index.html', 'app://redaktor/%2e%2e/secret.txt', 'app://redaktor/..%2fsecret.txt', 'app://redaktor/assets/link.txt']) {
      expect((await get(url)).status, url).toBe(404)
    }
    expect((await get('app://redaktor/index.html', 'POST')).status).toBe(404)
  })
})
