import type { RedaktorApi } from '../../../electron/ipc'
import { browserPlatform } from './browser'

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
