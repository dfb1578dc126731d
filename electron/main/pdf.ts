// Prints the brief's static HTML document to PDF in a hidden window that can
// run no script, reach no network and has no preload, then saves it.
import { BrowserWindow, session as sessions, type Session } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ParsedRequestOf, PrintToPdfResponse } from '../ipc'
import { withExtension } from './file-content'
import { chooseSavePath } from './files'
import { PDF_MARGINS, footerTemplate, headerTemplate, withPrintCsp } from './print-templates'
import { denyAllPermissions } from './security'

const PRINT_TIMEOUT_MS = 60_000

let printSession: Session | undefined

// An in-memory session of its own: nothing the document does touches the
// app's storage, and any http(s)/ws request is cancelled outright.
function getPrintSession(): Session {
  if (!printSession) {
    printSession = sessions.fromPartition('redaktor-print', { cache: false })
    denyAllPermissions(printSession)
    printSession.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
      callback({ cancel: true }),
    )
  }
  return printSession
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('Printing took too long')), ms).unref())
}

export async function renderPdf(request: ParsedRequestOf<'pdf:print'>): Promise<Buffer> {
  // A temporary file rather than a data: URL: Chromium caps URLs at 2 MB and
  // the document carries its fonts inline.
  const dir = await mkdtemp(join(tmpdir(), 'redaktor-print-'))
  const file = join(dir, 'brief.html')
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
    await writeFile(file, withPrintCsp(request.html), 'utf8')
    const print = (async () => {
      await win.loadFile(file)
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
    if (!win.isDestroyed()) win.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}

export async function printToPdf(owner: BrowserWindow | null, request: ParsedRequestOf<'pdf:print'>): Promise<PrintToPdfResponse> {
  const pdf = await renderPdf(request)
  const path = await chooseSavePath(owner, withExtension(request.suggestedName, '.pdf'), [{ name: 'PDF', extensions: ['pdf'] }])
  if (!path) return { saved: false }
  await writeFile(path, pdf)
  return { saved: true, path }
}
