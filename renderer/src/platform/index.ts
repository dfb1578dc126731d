import type { RedaktorApi } from '../../../electron/ipc'
import { browserPlatform, setSyncOriginCookie } from './browser'

declare global {
  interface Window {
    redaktor?: RedaktorApi
  }
}

export type { RedaktorApi }
export type Platform = (RedaktorApi & { kind: 'electron' }) | (typeof browserPlatform & { kind: 'web' })

/** The bridge to the desktop: Electron's preload when present, browser fallbacks otherwise. */
export function platform(): Platform {
  return window.redaktor ? { ...window.redaktor, kind: 'electron' } : { ...browserPlatform, kind: 'web' }
}

/**
 * Stores the collaboration server's address (e.g. "ws://127.0.0.1:1234", "wss://sync.example.org")
 * so that the Content-Security-Policy of the pages loaded after it admits that origin; null admits
 * none. Reload the page afterwards. In Electron it rejects when the address is not a bare ws:/wss:
 * origin or cannot be stored; in web mode the static server ignores such an address.
 */
export async function setSyncOrigin(origin: string | null): Promise<void> {
  if (!window.redaktor) return setSyncOriginCookie(origin)
  const answer = await window.redaktor.setSyncOrigin(origin)
  if (!answer.stored) throw new Error(answer.error ?? 'The collaboration server was not stored')
}
