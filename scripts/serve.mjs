#!/usr/bin/env node
// A small static server for web mode: node scripts/serve.mjs [--port N] [dir]
// Serves the built renderer (default out/renderer) on 127.0.0.1 only, with the
// same security headers as app:// in Electron, and nothing outside `dir`.
import console from 'node:console'
import process from 'node:process'
import { createReadStream, existsSync } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { URL, fileURLToPath } from 'node:url'
// The same content types as app:// in Electron.
import MIME_TYPES from '../electron/main/mime-types.json' with { type: 'json' }

// The headers app:// sends in Electron, from the one source of the CSP.
import { SECURITY_HEADERS, securityHeaders, syncOriginOf } from '../electron/main/csp.js'

// The app stores its collaboration server's address in this cookie (platform/browser.ts), so that
// the page it then reloads may connect there: the origin is added to that page's connect-src.
export const SYNC_COOKIE = 'redaktor-sync'

/** The collaboration origin a request's cookie names, or null when none or not a bare ws:/wss: origin. */
export function syncOriginOfRequest(req) {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const eq = pair.indexOf('=')
    if (eq === -1 || pair.slice(0, eq).trim() !== SYNC_COOKIE) continue
    try {
      return syncOriginOf(decodeURIComponent(pair.slice(eq + 1).trim()))
    } catch {
      return null
    }
  }
  return null
}

const inside = (root, target) => {
  const rel = relative(root, target)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The file a URL path names inside root, or null. "/" and folders mean index.html. */
async function resolveFile(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  let target = resolve(root, decoded.replace(/^\/+/, ''))
  if (!inside(root, target)) return null
  try {
    if ((await stat(target)).isDirectory()) target = join(target, 'index.html')
    const real = await realpath(target) // a symlink must not lead outside either
    return inside(await realpath(root), real) && (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

// The build names its assets after their content (name-HASH.ext): such a file never changes, so
// the browser keeps it and a reload asks only for index.html. Anything else is checked every time.
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/
const cacheControl = (pathname) => (HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache')

const text = (res, status, body, extra = {}) =>
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra }).end(body)

/**
 * Only requests addressed to this server by name: a page elsewhere that points a DNS name at
 * 127.0.0.1 (DNS rebinding) sends its own Host and is refused.
 */
function allowedHost(req, server) {
  const port = server.address()?.port
  return ['127.0.0.1', 'localhost', '[::1]'].some((name) => req.headers.host === `${name}:${port}`)
}

async function respond(root, server, req, res) {
  if (!allowedHost(req, server)) return text(res, 421, 'Misdirected request')
  if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed', { allow: 'GET, HEAD' })
  let pathname
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname
  } catch {
    return text(res, 400, 'Bad request')
  }
  const file = await resolveFile(root, pathname)
  if (!file) return text(res, 404, 'Not found')
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  res.writeHead(200, { ...securityHeaders(syncOriginOfRequest(req)), 'content-type': type, 'cache-control': cacheControl(pathname) })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).on('error', () => res.destroy()).pipe(res)
}

export function createStaticServer(dir) {
  const root = resolve(dir)
  const server = createServer((req, res) => {
    // One bad request is answered and forgotten; it never stops the server.
    respond(root, server, req, res).catch((error) => {
      console.error(`serve: ${req.method} ${req.url}: ${error.message}`)
      if (res.headersSent) res.destroy()
      else text(res, 500, 'Server error')
    })
  })
  return server
}

function listen(server, port, host) {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolveListen(server.address().port)
    })
  })
}

/**
 * Serves dir on 127.0.0.1. With an explicit port that port or failure (a test
 * runner waits on it); otherwise 5173 or the next free one.
 */
export async function serve({ dir = 'out/renderer', port, host = '127.0.0.1' } = {}) {
  const server = createStaticServer(dir)
  const candidates = port !== undefined ? [port] : Array.from({ length: 20 }, (_, i) => 5173 + i)
  for (const candidate of candidates) {
    try {
      const bound = await listen(server, candidate, host)
      return { server, url: `http://${host}:${bound}/` }
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || candidate === candidates.at(-1)) throw error
    }
  }
  throw new Error('no free port')
}

function parseArgs(argv) {
  const options = {}
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') options.port = Number(argv[++i])
    else if (argv[i].startsWith('--port=')) options.port = Number(argv[i].slice(7))
    else options.dir = argv[i]
  }
  if (options.port !== undefined && !Number.isInteger(options.port)) throw new Error('--port needs a number')
  return options
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2))
  if (!existsSync(options.dir ?? 'out/renderer')) {
    console.error(`Nothing to serve: ${resolve(options.dir ?? 'out/renderer')} does not exist. Run npm run build first.`)
    process.exit(1)
  }
  const { url } = await serve(options)
  console.log(`Serving ${resolve(options.dir ?? 'out/renderer')} at ${url}`)
}
