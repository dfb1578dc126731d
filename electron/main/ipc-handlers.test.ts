// The one IPC helper, driven with fake events: Electron itself is mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => registered.set(channel, listener) },
  app: { getPath: () => '/tmp' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {},
  session: {},
}))

const { handle } = await import('./ipc-handlers')

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
