import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SYNC_ORIGIN_FILE, loadSyncOriginSetting } from './sync-origin'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaktor-sync-origin-'))
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  vi.restoreAllMocks()
})

const stored = () => JSON.parse(readFileSync(join(dir, SYNC_ORIGIN_FILE), 'utf8'))

describe('the stored collaboration origin', () => {
  it('starts with none, and a set origin is there at the next start, canonical', async () => {
    const first = await loadSyncOriginSetting(dir)
    expect(first.current()).toBeNull()
    expect(await first.set('wss://Sync.Example.org:443')).toBe('wss://sync.example.org')
    expect(first.current()).toBe('wss://sync.example.org')
    expect((await loadSyncOriginSetting(dir)).current()).toBe('wss://sync.example.org')
    expect(readdirSync(dir)).toEqual([SYNC_ORIGIN_FILE]) // no temporary file left behind
  })

  it('forgets the origin when set to null, at the next start too', async () => {
    const setting = await loadSyncOriginSetting(dir)
    await setting.set('ws://127.0.0.1:1234')
    await setting.set(null)
    expect(setting.current()).toBeNull()
    expect(stored()).toEqual({ origin: null })
    expect((await loadSyncOriginSetting(dir)).current()).toBeNull()
  })

  it('refuses an address that is not a bare origin and keeps the one in force', async () => {
    const setting = await loadSyncOriginSetting(dir)
    await setting.set('ws://127.0.0.1:1234')
    await expect(setting.set("ws://a.b:1 'unsafe-inline'")).rejects.toThrow(/ws:\/\/ or wss:\/\//)
    expect(setting.current()).toBe('ws://127.0.0.1:1234')
    expect(stored()).toEqual({ origin: 'ws://127.0.0.1:1234' })
  })

  it('keeps the origin in force when the file cannot be written: nothing claims a change that was not stored', async () => {
    const setting = await loadSyncOriginSetting(dir)
    await setting.set('ws://127.0.0.1:1234')
    // A folder where the file goes: the rename over it fails (as a full disk or a locked file would).
    rmSync(join(dir, SYNC_ORIGIN_FILE))
    mkdirSync(join(dir, SYNC_ORIGIN_FILE, 'in-the-way'), { recursive: true })
    await expect(setting.set('wss://other.example')).rejects.toThrow()
    expect(setting.current()).toBe('ws://127.0.0.1:1234')
    expect(readdirSync(dir)).toEqual([SYNC_ORIGIN_FILE]) // the temporary file is gone
    // and a later change still goes through once the way is clear
    rmSync(join(dir, SYNC_ORIGIN_FILE), { recursive: true })
    expect(await setting.set('wss://other.example')).toBe('wss://other.example')
  })

  it('ends with the last of several quick changes, on disk and in force', async () => {
    const setting = await loadSyncOriginSetting(dir)
    await Promise.all(['ws://a.example', 'ws://b.example', 'wss://c.example'].map((origin) => setting.set(origin)))
    expect(setting.current()).toBe('wss://c.example')
    expect(stored()).toEqual({ origin: 'wss://c.example' })
  })

  it('admits nothing from a tampered, broken or empty file', async () => {
    for (const text of ['{"origin":"ws://x;script-src *"}', '{"origin":"javascript:alert(1)"}', 'not json', '', '[]', '{"origin":42}']) {
      writeFileSync(join(dir, SYNC_ORIGIN_FILE), text)
      expect((await loadSyncOriginSetting(dir)).current(), text).toBeNull()
    }
  })
})
