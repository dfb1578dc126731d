// The web-mode server (scripts/serve.mjs) against malformed and misaddressed requests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SECURITY_HEADERS as APP_HEADERS } from '../../electron/main/csp.js'
// @ts-expect-error -- a plain .mjs script without types
import { serve } from '../../scripts/serve.mjs'

const dir = mkdtempSync(join(tmpdir(), 'redaktor-serve-'))
let server: { close(): void; address(): { port: number } }
let port = 0

beforeAll(async () => {
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Redaktor</title>')
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {}')
  writeFileSync(join(dir, 'assets', 'index-CMsFtYf6.js'), 'export {}')
  ;({ server } = await serve({ dir, port: 0 }))
  port = server.address().port
})
afterAll(() => server.close())

/** Sends raw bytes, as a broken or hostile client would, and returns the status line. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('end', () => resolve(answer.split('\r\n')[0]))
    socket.on('close', () => resolve(answer.split('\r\n')[0]))
    socket.on('error', reject)
    setTimeout(() => socket.end(), 1000)
  })
}

const get = (path: string, host = `127.0.0.1:${port}`) => raw(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)

describe('scripts/serve.mjs', () => {
  it('serves the app with the same security headers as app://, COOP and CSP included', async () => {
    for (const path of ['index.html', 'missing.js']) {
      const response = await fetch(`http://127.0.0.1:${port}/${path}`)
      for (const [name, value] of Object.entries(APP_HEADERS)) expect(response.headers.get(name), `${path}: ${name}`).toBe(value)
    }
  })

  const connectSrc = async (cookie: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/index.html`, { headers: { cookie } })
    return /(?:^|;\s*)connect-src ([^;]*)/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
  }

  it('admits the collaboration server the page\'s cookie names, in that response\'s connect-src', async () => {
    expect(await connectSrc(`redaktor-sync=${encodeURIComponent('ws://127.0.0.1:1234')}`)).toBe("'self' ws://127.0.0.1:1234")
    expect(await connectSrc(`theme=dark; redaktor-sync=${encodeURIComponent('WSS://Sync.Example.org:443/')}; other=1`)).toBe("'self' wss://sync.example.org")
    // the next request without it is back to the app alone
    expect(await connectSrc('')).toBe("'self'")
    expect(await connectSrc('theme=dark')).toBe("'self'")
  })

  it('ignores a hostile or malformed cookie: no origin is added and nothing else changes', async () => {
    for (const value of [
      encodeURIComponent("ws://a.b:1 'unsafe-inline'"),
      encodeURIComponent('ws://x;script-src *'),
      'ws://x%3Bscript-src%20*',
      encodeURIComponent('javascript:alert(1)'),
      encodeURIComponent('http://127.0.0.1:1234'),
      encodeURIComponent('wss://user:pw@h'),
      encodeURIComponent(`wss://${'a'.repeat(4000)}.org`),
      '%E0%A4%A',
      '',
    ]) {
      const response = await fetch(`http://127.0.0.1:${port}/index.html`, { headers: { cookie: `redaktor-sync=${value}` } })
      expect(response.status, value).toBe(200)
      expect(response.headers.get('content-security-policy'), value).toBe(APP_HEADERS['content-security-policy'])
    }
  })

  it('lets the browser keep the build\'s hashed assets, and has it check index.html and anything else on every load', async () => {
    const cacheOf = async (path: string) => (await fetch(`http://127.0.0.1:${port}/${path}`)).headers.get('cache-control')
    expect(await cacheOf('assets/index-CMsFtYf6.js')).toBe('public, max-age=31536000, immutable')
    expect(await cacheOf('index.html')).toBe('no-cache')
    expect(await cacheOf('')).toBe('no-cache')
    expect(await cacheOf('assets/app.js')).toBe('no-cache')
  })

  it('answers a malformed request line with 400 and keeps serving', async () => {
    expect(await get('http://[/')).toBe('HTTP/1.1 400 Bad Request')
    expect(await raw('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/)
    expect(await get('/index.html')).toBe('HTTP/1.1 200 OK')
  })

  it('refuses a Host that is not this server (DNS rebinding), and a request without one', async () => {
    expect(await get('/index.html', `evil.example:${port}`)).toBe('HTTP/1.1 421 Misdirected Request')
    expect(await get('/index.html', '127.0.0.1:1')).toBe('HTTP/1.1 421 Misdirected Request')
    expect(await raw('GET /index.html HTTP/1.0\r\n\r\n')).toBe('HTTP/1.1 421 Misdirected Request')
    expect(await get('/index.html', `localhost:${port}`)).toBe('HTTP/1.1 200 OK')
  })

  it('still refuses traversal and other methods', async () => {
    expect(await get('/../package.json')).toBe('HTTP/1.1 404 Not Found')
    expect(await get('/%2e%2e/%2e%2e/etc/passwd')).toBe('HTTP/1.1 404 Not Found')
    expect(await raw(`POST /index.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`)).toBe('HTTP/1.1 405 Method Not Allowed')
  })
})
