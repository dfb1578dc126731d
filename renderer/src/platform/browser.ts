import type { OpenFileRequest, RedaktorApi } from '../../../electron/ipc'
import { version } from '../../../package.json'

/** Web mode: a download for Save, a file input for Open, the browser's print dialog for PDF. */
export const browserPlatform: RedaktorApi = {
  async saveFile({ suggestedName, data }) {
    const url = URL.createObjectURL(new Blob([data], { type: mimeFor(suggestedName) }))
    const link = document.createElement('a')
    link.href = url
    link.download = suggestedName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return { saved: true }
  },

  openFile(request?: OpenFileRequest) {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = (request?.filters ?? []).flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',')
      input.addEventListener('cancel', () => resolve({ canceled: true }))
      input.addEventListener('change', async () => {
        const file = input.files?.[0]
        if (!file) return resolve({ canceled: true })
        const bytes = new Uint8Array(await file.arrayBuffer())
        resolve({ canceled: false, name: file.name, bytesBase64: toBase64(bytes) })
      })
      input.click()
    })
  },

  async printToPdf({ html }) {
    // The print document has no script; the opener prints it once it has laid out.
    const printWindow = window.open('', '_blank')
    if (!printWindow) return { saved: false, error: 'popup-blocked' }
    printWindow.document.write(html)
    printWindow.document.close()
    printWindow.addEventListener('load', () => printWindow.print(), { once: true })
    return { saved: true }
  },

  async appInfo() {
    return { name: 'Redaktor', version, platform: 'web', electron: '', chrome: navigator.userAgent }
  },
}

function mimeFor(name: string): string {
  if (name.endsWith('.md')) return 'text/markdown;charset=utf-8'
  if (name.endsWith('.json')) return 'application/json'
  return 'application/octet-stream'
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
