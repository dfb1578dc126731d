// Guards that apply to every web contents and session the app creates,
// including the hidden print window.
import type { Session, WebContents } from 'electron'
import { isAppUrl } from './origin'

/** Redaktor needs no camera, notifications, geolocation or anything else. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function guardWebContents(contents: WebContents, devServerUrl?: string): void {
  // No pop-ups; links to the web are not opened from inside the app.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
