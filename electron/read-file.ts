// Reading a user-named file without trusting it: only a regular file, and never more than the
// limit. The size comes from what is read from the opened handle, not from an earlier stat,
// so a device (/dev/zero), a FIFO or a file that grows cannot get past the limit.
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; error: 'notFound' | 'directory' | 'notRegular' | 'tooLarge' | 'unreadable'; code?: string }

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. It changes nothing
// for regular files; Windows has no such flag (nor FIFOs by path).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

export async function readRegularFile(path: string, limit: number): Promise<ReadResult> {
  let handle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: 'notFound', code }
    if (code === 'EISDIR') return { ok: false, error: 'directory', code }
    return { ok: false, error: 'unreadable', code }
  }
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) return { ok: false, error: 'directory' }
    if (!stat.isFile()) return { ok: false, error: 'notRegular' }
    // One byte more than the limit tells "too large" from "exactly the limit".
    const buffer = new Uint8Array(Math.min(limit + 1, Math.max(stat.size + 1, 64 * 1024)))
    let filled = 0
    let target = buffer
    for (;;) {
      if (filled === target.length) {
        if (target.length > limit) return { ok: false, error: 'tooLarge' }
        const grown = new Uint8Array(Math.min(limit + 1, target.length * 2))
        grown.set(target)
        target = grown
      }
      const { bytesRead } = await handle.read(target, filled, target.length - filled, null)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return { ok: true, bytes: target.subarray(0, filled) }
  } catch (e) {
    return { ok: false, error: 'unreadable', code: (e as NodeJS.ErrnoException).code }
  } finally {
    await handle.close()
  }
}
