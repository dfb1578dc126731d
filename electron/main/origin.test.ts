import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, isAppUrl } from './origin'

describe('isAppUrl: who may call IPC and where the window may go', () => {
  it('trusts the app’s own pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('app://redaktor/index.html#/print/brief/42')).toBe(true)
    expect(isAppUrl('app://redaktor/assets/worker.js')).toBe(true)
  })

  it('does not trust other hosts on the app scheme, which URL treats as the same "null" origin', () => {
    expect(isAppUrl('app://evil/index.html')).toBe(false)
    expect(isAppUrl('app://redaktor.evil/index.html')).toBe(false)
    expect(isAppUrl('app://user:pw@redaktor/index.html')).toBe(false)
  })

  it('does not trust the web, files, data or blank pages', () => {
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'data:text/html,<h1>x', 'about:blank', 'javascript:alert(1)', '', 'not a url']) {
      expect(isAppUrl(url)).toBe(false)
    }
    expect(isAppUrl(undefined)).toBe(false)
    expect(isAppUrl(null)).toBe(false)
  })

  it('trusts the dev server only when one is running, and only its exact origin', () => {
    const dev = 'http://localhost:5173/'
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false)
  })

  it('ignores a dev server URL that is not http', () => {
    expect(isAppUrl('file:///x/index.html', 'file:///x/')).toBe(false)
  })
})
