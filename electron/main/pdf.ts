// Prints the brief's static HTML document to PDF in a hidden window that can run no script,
// reach no network and no file, and has no preload; then saves it.
import { BrowserWindow, session as sessions, type Session } from 'electron'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import type { ParsedRequestOf, PrintToPdfResponse } from '../ipc'
import { withExtension } from './file-content'
import { chooseSavePath } from './files'
import { PRINT_SCHEME } from './origin'
import { PDF_MARGINS, PRINT_CSP, footerTemplate, headerTemplate } from './print-templates'
import { denyAllPermissions } from './security'

const PRINT_TIMEOUT_MS = 60_000
/** Each print holds a hidden window and its document; a renderer cannot pile up more. */
export const MAX_CONCURRENT_PRINTS = 2
const DOCUMENT_HOST = 'document'

let printSession: Session | undefined
/** The documents being printed, by id: served once from memory, never written to disk. */
const documents = new Map<string, string>()
let printing = 0

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

/** redaktor-print://document/<id>: the document with its CSP as a header, which no markup inside it can displace. */
export function servePrintDocument(request: Request): Response {
  const url = new URL(request.url)
  const html = url.host === DOCUMENT_HOST && request.method === 'GET' ? documents.get(url.pathname.slice(1)) : undefined
  if (html === undefined) return notFound()
  return new Response(html, {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PRINT_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  })
}

// An in-memory session of its own: nothing the document does touches the app's storage. Every
// request but the document itself is cancelled, file: included, and file: is not even served.
function getPrintSession(): Session {
  if (!printSession) {
    printSession = sessions.fromPartition('redaktor-print', { cache: false })
    denyAllPermissions(printSession)
    printSession.protocol.handle(PRINT_SCHEME, servePrintDocument)
    printSession.protocol.handle('file', notFound)
    // data: is the document's own inlined fonts, should Chromium pass them through here at all.
    const allowed = (url: string) => url.startsWith(`${PRINT_SCHEME}://${DOCUMENT_HOST}/`) || url.startsWith('data:')
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed(details.url) }))
  }
  return printSession
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('Printing took too long')), ms).unref())
}

export async function renderPdf(request: ParsedRequestOf<'pdf:print'>): Promise<Buffer> {
  if (printing >= MAX_CONCURRENT_PRINTS) throw new Error('Another PDF is still being made; try again when it is done')
  printing++
  const id = randomUUID()
  documents.set(id, request.html)
  // JavaScript is off in this window, so no auxclick handler can run; windows are denied anyway.
  const win = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    show: false,
    webPreferences: {
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      session: getPrintSession(),
    },
  })
  try {
    const print = (async () => {
      await win.loadURL(`${PRINT_SCHEME}://${DOCUMENT_HOST}/${id}`)
      return win.webContents.printToPDF({
        pageSize: request.pageSize,
        margins: PDF_MARGINS,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(request.title),
        footerTemplate: footerTemplate(),
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      })
    })()
    return await Promise.race([print, timeout(PRINT_TIMEOUT_MS)])
  } finally {
    documents.delete(id)
    printing--
    if (!win.isDestroyed()) win.destroy()
  }
}

export async function printToPdf(owner: BrowserWindow | null, request: ParsedRequestOf<'pdf:print'>): Promise<PrintToPdfResponse> {
  const pdf = await renderPdf(request)
  const path = await chooseSavePath(owner, withExtension(request.suggestedName, '.pdf'), [{ name: 'PDF', extensions: ['pdf'] }])
  if (!path) return { saved: false }
  await writeFile(path, pdf)
  return { saved: true, path }
}
