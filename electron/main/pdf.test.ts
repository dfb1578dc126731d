// The print window's settings, its protocol and its clean-up, with Electron mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const windows: FakeWindow[] = []
let failPrint = false
let holdPrint: Promise<void> | null = null
const served: Array<{ url: string; status: number; csp: string | null; body: string }> = []

class FakeWindow {
  destroyed = false
  loaded = ''
  printOptions: Record<string, unknown> | undefined
  constructor(public options: { show: boolean; webPreferences: Record<string, unknown> }) {
    windows.push(this)
  }
  // Loading asks the print session's protocol handler for the document, as Chromium would.
  loadURL = async (url: string) => {
    this.loaded = url
    const response = await handlers.get('redaktor-print')!(new Request(url))
    served.push({ url, status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() })
  }
  webContents = {
    printToPDF: async (options: Record<string, unknown>) => {
      this.printOptions = options
      if (holdPrint) await holdPrint
      if (failPrint) throw new Error('printer on fire')
      return Buffer.from('%PDF-1.7')
    },
  }
  isDestroyed = () => this.destroyed
  destroy = () => {
    this.destroyed = true
  }
}

const handlers = new Map<string, (request: Request) => Response | Promise<Response>>()
let beforeRequest: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | undefined
const fakeSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  protocol: { handle: (scheme: string, handler: (request: Request) => Response) => handlers.set(scheme, handler) },
  webRequest: { onBeforeRequest: (listener: typeof beforeRequest) => (beforeRequest = listener) },
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  session: { fromPartition: () => fakeSession },
  app: { getPath: () => '/tmp' },
  dialog: {},
}))

const { MAX_CONCURRENT_PRINTS, renderPdf } = await import('./pdf')

const request = { html: '<!doctype html><html><head></head><body>Ë</body></html>', title: 'Përmbledhje <b>', pageSize: 'A4' as const, suggestedName: 'brief' }

describe('renderPdf', () => {
  beforeEach(() => {
    windows.length = 0
    served.length = 0
    failPrint = false
    holdPrint = null
  })

  it('prints in a hidden, sandboxed window with JavaScript off and no preload', async () => {
    const pdf = await renderPdf(request)
    expect(pdf.toString()).toBe('%PDF-1.7')
    const [win] = windows
    expect(win.options.show).toBe(false)
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false })
    expect(win.options.webPreferences.preload).toBeUndefined()
    expect(win.printOptions).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    })
    expect(win.printOptions?.headerTemplate).toContain('Përmbledhje &lt;b&gt;')
    expect(win.printOptions?.footerTemplate).toContain('class="totalPages"')
  })

  it('serves the document from its own protocol, as it is, with the CSP as a header', async () => {
    // Markup that displaced the CSP when it was inserted after the first "<head" in the text.
    const crafted = '<!doctype html><!-- <head> --><title><head></title><meta http-equiv="refresh" content="0;url=file:///etc/passwd"><img src="file:///etc/passwd"><p>x</p>'
    await renderPdf({ ...request, html: crafted })
    const [document] = served
    expect(document.url).toMatch(/^redaktor-print:\/\/document\/[0-9a-f-]{36}$/)
    expect(document.status).toBe(200)
    expect(document.body).toBe(crafted)
    expect(document.csp).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'")
  })

  it('forgets the document once printed, and serves nothing else', async () => {
    await renderPdf(request)
    const handler = handlers.get('redaktor-print')!
    expect((await handler(new Request(served[0].url))).status).toBe(404)
    expect((await handler(new Request('redaktor-print://other/x'))).status).toBe(404)
  })

  it('blocks file: and every other request in the print session', async () => {
    await renderPdf(request)
    expect((await handlers.get('file')!(new Request('file:///etc/passwd'))).status).toBe(404)
    const cancelled = (url: string) => {
      let answer: boolean | undefined
      beforeRequest!({ url }, ({ cancel }) => (answer = cancel))
      return answer
    }
    for (const url of ['file:///etc/passwd', 'https://example.com/x.png', 'http://127.0.0.1:5173/', 'ws://x/', 'app://redaktor/index.html']) expect(cancelled(url), url).toBe(true)
    expect(cancelled('redaktor-print://document/abc')).toBe(false)
    expect(cancelled('data:font/woff2;base64,d09GMg==')).toBe(false)
  })

  it('closes the window and drops the document, also when printing fails', async () => {
    failPrint = true
    await expect(renderPdf(request)).rejects.toThrow('printer on fire')
    expect(windows[0].destroyed).toBe(true)
    expect((await handlers.get('redaktor-print')!(new Request(served[0].url))).status).toBe(404)
  })

  it(`refuses a print beyond ${MAX_CONCURRENT_PRINTS} at once, and accepts one again when they are done`, async () => {
    let release!: () => void
    holdPrint = new Promise((resolve) => (release = resolve))
    const running = Array.from({ length: MAX_CONCURRENT_PRINTS }, () => renderPdf(request))
    await expect(renderPdf(request)).rejects.toThrow(/Another PDF is still being made/)
    expect(windows).toHaveLength(MAX_CONCURRENT_PRINTS)
    release()
    await Promise.all(running)
    holdPrint = null
    await expect(renderPdf(request)).resolves.toBeInstanceOf(Buffer)
  })
})
