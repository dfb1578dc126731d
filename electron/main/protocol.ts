// app://redaktor/ serves out/renderer. A privileged standard scheme gives the
// renderer a real origin (IndexedDB, workers, fetch of its own assets) without
// file:// and its access to the whole disk.
import { protocol, type Session } from 'electron'
import { readFile, realpath } from 'node:fs/promises'
import { SECURITY_HEADERS, securityHeaders } from './csp.js'
import { APP_HOST, APP_SCHEME, PRINT_SCHEME } from './origin'
import { contentType, isInside, resolveStaticPath } from './static'

/** Must run before app 'ready', and only once: both of the app's schemes. */
export function registerAppSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    // The print window's own documents (pdf.ts): a real origin, nothing else.
    { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true } },
  ])
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } })
}

/** `syncOrigin` is read for every response: a server set while the app runs counts from the next page load. */
export function serveRenderer(session: Session, rendererDir: string, syncOrigin: () => string | null): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound()
    const filePath = resolveStaticPath(rendererDir, url.pathname)
    if (!filePath) return notFound()
    try {
      // A symlink inside out/renderer must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(filePath)])
      if (!isInside(realRoot, realFile)) return notFound()
      const body = await readFile(realFile)
      return new Response(body, { status: 200, headers: { 'content-type': contentType(realFile), ...securityHeaders(syncOrigin()) } })
    } catch {
      return notFound()
    }
  })
}
