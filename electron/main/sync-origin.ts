// The collaboration server's origin, kept in a small JSON file in the user's data folder so that
// the CSP of app:// admits it from the first page load of every later start.
import { randomUUID } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { syncOriginOf } from './csp.js'

export const SYNC_ORIGIN_FILE = 'sync-origin.json'

export interface SyncOriginSetting {
  /** The stored origin, or null: read by every app:// response. */
  current(): string | null
  /** Validates, writes the file, and only then answers with the canonical origin now in force. */
  set(origin: string | null): Promise<string | null>
}

/** The origin the file holds; a missing, unreadable or tampered file means none. */
async function readStored(path: string): Promise<string | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`[sync-origin] cannot read ${path}: ${String(error)}`)
    return null
  }
  try {
    const stored: unknown = JSON.parse(text)
    const origin = typeof stored === 'object' && stored !== null ? (stored as { origin?: unknown }).origin : undefined
    if (origin === null) return null
    const valid = syncOriginOf(origin)
    if (!valid) console.warn(`[sync-origin] ${path} holds no valid ws:// or wss:// origin; none is admitted`)
    return valid
  } catch {
    console.warn(`[sync-origin] ${path} is not JSON; no collaboration server is admitted`)
    return null
  }
}

/** Writes a temporary file beside the target, flushes it and renames it over: never half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    const handle = await open(temporary, 'wx', 0o600)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

export async function loadSyncOriginSetting(userDataDir: string): Promise<SyncOriginSetting> {
  const path = join(userDataDir, SYNC_ORIGIN_FILE)
  let origin = await readStored(path)
  // Writes run one after another, so the last request made is the one on disk and in force.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    current: () => origin,
    set(requested) {
      const next = requested === null ? null : syncOriginOf(requested)
      if (requested !== null && next === null) {
        return Promise.reject(new Error('Not a collaboration server address: give ws:// or wss://, a host and an optional port, nothing more'))
      }
      const write = queue.then(async () => {
        await writeAtomically(path, `${JSON.stringify({ origin: next })}\n`)
        origin = next
        return next
      })
      queue = write.catch(() => undefined)
      return write
    },
  }
}
