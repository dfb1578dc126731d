import type { RedaktorApi } from '../../../electron/ipc'

/**
 * Web mode: Save is a download. There is no print bridge: the PDF is the browser's own print
 * dialog over the print route (panes/brief/exportBrief.ts), and files are opened with the
 * page's file inputs, in Electron too.
 */
export const browserPlatform: Pick<RedaktorApi, 'saveFile'> = {
  async saveFile({ suggestedName, data }) {
    const url = URL.createObjectURL(new Blob([data], { type: mimeFor(suggestedName) }))
    const link = document.createElement('a')
    link.href = url
    link.download = suggestedName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return { saved: true }
  },
}

function mimeFor(name: string): string {
  if (name.endsWith('.md')) return 'text/markdown;charset=utf-8'
  if (name.endsWith('.json')) return 'application/json'
  if (name.endsWith('.jsonld')) return 'application/ld+json'
  return 'application/octet-stream'
}

/**
 * Web mode keeps the collaboration server's address in a cookie: scripts/serve.mjs reads it on every
 * page request and admits that origin in the page's connect-src (a value that is not a bare ws:/wss:
 * origin is ignored there). It counts from the next page load, so it resolves once the browser's
 * cookie store holds it: a cookie written through document.cookie can miss a reload right after it.
 */
export async function setSyncOriginCookie(origin: string | null): Promise<void> {
  const store = 'cookieStore' in window ? window.cookieStore : null
  if (store) {
    if (origin === null) await store.delete({ name: 'redaktor-sync', path: '/' })
    else await store.set({ name: 'redaktor-sync', value: encodeURIComponent(origin), path: '/', expires: Date.now() + 315_360_000_000, sameSite: 'strict' })
    return
  }
  document.cookie =
    origin === null
      ? 'redaktor-sync=; Path=/; Max-Age=0; SameSite=Strict'
      : `redaktor-sync=${encodeURIComponent(origin)}; Path=/; Max-Age=315360000; SameSite=Strict`
}
