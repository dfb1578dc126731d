// Pure helpers for the file dialogs: a safe default name and how an opened
// file crosses back to the renderer (text or base64 bytes).
import { basename, extname } from 'node:path'
import type { OpenFileResponse } from '../ipc'

/**
 * The renderer only suggests a name; it never chooses a folder. Keep the last
 * path segment and drop characters that Windows, macOS or Linux refuse.
 */
export function safeFileName(suggested: string, fallback = 'redaktor'): string {
  const last = suggested.split(/[\\/]/).pop() ?? ''
  const cleaned = last
    // eslint-disable-next-line no-control-regex -- control characters are what this rejects
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200)
  return cleaned || fallback
}

// Formats that are binary even when their first bytes happen to decode.
const BINARY_EXTENSIONS = new Set(['.docx', '.odt', '.pdf', '.zip', '.epub', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.doc', '.rtf'])

/** Text when the file is UTF-8 (BOM dropped), otherwise its bytes in base64. */
export function encodeOpenedFile(filePath: string, bytes: Uint8Array): OpenFileResponse {
  const name = basename(filePath)
  if (!BINARY_EXTENSIONS.has(extname(name).toLowerCase())) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
      return { canceled: false, name, data: text }
    } catch {
      // not UTF-8: hand over the bytes and let the renderer decide
    }
  }
  return { canceled: false, name, bytesBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') }
}

/** "Brief" → "Brief.pdf"; "Brief.PDF" stays as it is. */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name : `${name}${extension}`
}
