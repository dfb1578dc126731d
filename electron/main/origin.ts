// Where the renderer is allowed to come from. Pure: used by the IPC sender
// check, the navigation guard and their tests.

export const APP_SCHEME = 'app'
export const APP_HOST = 'redaktor'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`
/** The print window's documents, served from memory in its own session (pdf.ts). */
export const PRINT_SCHEME = 'redaktor-print'

/**
 * True when `url` belongs to the app: app://redaktor/..., or, in development
 * only, the electron-vite dev server's origin.
 * Compares scheme and host by hand because WHATWG URL gives custom schemes
 * the opaque origin "null", so `origin ===` would accept every app:// host.
 */
export function isAppUrl(url: string | null | undefined, devServerUrl?: string): boolean {
  if (!url) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  }
  if (!devServerUrl) return false
  try {
    const dev = new URL(devServerUrl)
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin
  } catch {
    return false
  }
}
