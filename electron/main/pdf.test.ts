// The print window's settings and its clean-up, with Electron mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const windows: FakeWindow[] = []
let failPrint = false

class FakeWindow {
  destroyed = false
  loaded = ''
  printOptions: Record<string, unknown> | undefined
  constructor(public options: { show: boolean; webPreferences: Record<string, unknown> }) {
    windows.push(this)
  }
  loadFile = async (file: string) => {
    this.loaded = file
  }
  webContents = {
    printToPDF: async (options: Record<string, unknown>) => {
      this.printOptions = options
      if (failPrint) throw new Error('printer on fire')
      return Buffer.from('%PDF-1.7')
    },
  }
  isDestroyed = () => this.destroyed
  destroy = () => {
    this.destroyed = true
  }
}

const fakeSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } }

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  session: { fromPartition: () => fakeSession },
  app: { getPath: () => '/tmp' },
  dialog: {},
}))

const { renderPdf } = await import('./pdf')
const { existsSync } = await import('node:fs')

const request = { html: '<!doctype html><html><head></head><body>Ë</body></html>', title: 'Përmbledhje <b>', pageSize: 'A4' as const, suggestedName: 'brief' }

describe('renderPdf', () => {
  beforeEach(() => {
    windows.length = 0
    failPrint = false
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

  it('closes the window and removes the temporary document, also when printing fails', async () => {
    failPrint = true
    await expect(renderPdf(request)).rejects.toThrow('printer on fire')
    const [win] = windows
    expect(win.destroyed).toBe(true)
    expect(existsSync(win.loaded)).toBe(false)
  })

  it('blocks the network for the print session', () => {
    expect(fakeSession.webRequest.onBeforeRequest).toHaveBeenCalledWith({ urls: expect.arrayContaining(['http://*/*', 'https://*/*']) }, expect.any(Function))
    expect(fakeSession.setPermissionRequestHandler).toHaveBeenCalled()
  })
})
