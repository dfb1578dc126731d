// The one IPC helper, driven with fake events: Electron itself is mocked.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => registered.set(channel, listener) },
  app: { getPath: () => '/tmp' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {},
  session: {},
}))

const { handle, registerIpcHandlers } = await import('./ipc-handlers')
const { loadSyncOriginSetting } = await import('./sync-origin')

const fromApp = { senderFrame: { url: 'app://redaktor/index.html' }, sender: {} }
const fromWeb = { senderFrame: { url: 'https://example.com/' }, sender: {} }
const goodSave = { suggestedName: 'brief.md', data: '# x' }

describe('handle(): sender, schema, then the handler', () => {
  beforeEach(() => {
    registered.clear()
    // The helper logs refusals and failures; keep the test output to results.
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })

  it('passes a parsed request from the app window to the handler', async () => {
    const impl = vi.fn(async () => ({ saved: true, path: '/tmp/brief.md' }))
    handle('file:save', impl)
    expect(await registered.get('file:save')!(fromApp, goodSave)).toEqual({ saved: true, path: '/tmp/brief.md' })
    expect(impl).toHaveBeenCalledWith(goodSave, fromApp)
  })

  it('refuses a frame from elsewhere before looking at the payload', async () => {
    const impl = vi.fn()
    handle('file:save', impl)
    const answer = (await registered.get('file:save')!(fromWeb, goodSave)) as { saved: boolean; error: string }
    expect(answer.saved).toBe(false)
    expect(answer.error).toMatch(/refused/i)
    expect(impl).not.toHaveBeenCalled()
  })

  it('refuses a closed frame', async () => {
    const impl = vi.fn()
    handle('file:save', impl)
    const answer = (await registered.get('file:save')!({ senderFrame: null, sender: {} }, goodSave)) as { error?: string }
    expect(answer.error).toMatch(/refused/i)
    expect(impl).not.toHaveBeenCalled()
  })

  it('answers a bad payload with the channel’s failure', async () => {
    const impl = vi.fn()
    handle('file:save', impl)
    const answer = (await registered.get('file:save')!(fromApp, { ...goodSave, extra: true })) as { saved: boolean; error: string }
    expect(answer).toMatchObject({ saved: false })
    expect(answer.error).toMatch(/^Invalid request/)
    expect(impl).not.toHaveBeenCalled()
  })

  it('turns a throw into a typed failure instead of a rejected promise', async () => {
    handle('file:save', async () => {
      throw new Error('disk on fire')
    })
    expect(await registered.get('file:save')!(fromApp, goodSave)).toEqual({ saved: false, error: 'disk on fire' })
  })

  it('trusts the dev server only when told its URL', async () => {
    const dev = { senderFrame: { url: 'http://localhost:5173/' }, sender: {} }
    handle('file:save', async () => ({ saved: true }), 'http://localhost:5173')
    expect(await registered.get('file:save')!(dev, goodSave)).toEqual({ saved: true })
    handle('file:save', async () => ({ saved: true }))
    expect(await registered.get('file:save')!(dev, goodSave)).toMatchObject({ saved: false })
  })
})

describe('sync:set-origin', () => {
  it('stores a valid origin for the CSP, refuses anything else, and listens only to the app window', async () => {
    registered.clear()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const dir = mkdtempSync(join(tmpdir(), 'redaktor-ipc-sync-'))
    try {
      const setting = await loadSyncOriginSetting(dir)
      registerIpcHandlers(setting)
      const setOrigin = registered.get('sync:set-origin')!
      expect(await setOrigin(fromApp, 'WS://127.0.0.1:1234/')).toEqual({ stored: true, origin: 'ws://127.0.0.1:1234' })
      expect(setting.current()).toBe('ws://127.0.0.1:1234')

      const hostile = (await setOrigin(fromApp, "ws://x;script-src *")) as { stored: boolean; error: string }
      expect(hostile.stored).toBe(false)
      expect(hostile.error).toMatch(/ws:\/\/ or wss:\/\//)
      expect(await setOrigin(fromWeb, 'wss://evil.example')).toMatchObject({ stored: false, error: expect.stringMatching(/refused/i) })
      expect(await setOrigin(fromApp, { origin: 'wss://evil.example' })).toMatchObject({ stored: false, error: expect.stringMatching(/^Invalid request/) })
      expect(setting.current()).toBe('ws://127.0.0.1:1234')
      expect(JSON.parse(readFileSync(join(dir, 'sync-origin.json'), 'utf8'))).toEqual({ origin: 'ws://127.0.0.1:1234' })

      expect(await setOrigin(fromApp, null)).toEqual({ stored: true, origin: null })
      expect(setting.current()).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
