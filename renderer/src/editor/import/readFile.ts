import { MAX_IMPORT_BYTES } from '../../core/textImport'
import type { ImportRead } from './read'

/** Reads a chosen or dropped file in a worker of its own (in place where there are no workers). */
export async function readImportFile(file: File): Promise<ImportRead> {
  // Refuse before reading: a 2 GB video never lands in memory.
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' }
  const bytes = await file.arrayBuffer()
  // Where there are no workers the reader is loaded here, on demand: Markdown and HTML parsing are not part of the app's start.
  if (typeof Worker === 'undefined') return (await import('./read')).readImport(file.name, new Uint8Array(bytes))
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
  try {
    return await new Promise<ImportRead>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportRead>) => resolve(event.data)
      worker.onerror = (event) => reject(new Error(event.message || 'the import worker failed'))
      worker.postMessage({ name: file.name, bytes }, [bytes])
    })
  } finally {
    worker.terminate()
  }
}
