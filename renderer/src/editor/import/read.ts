// An imported file's bytes, read as far as can be done away from the page: decoded (the same
// decoder as the command line), and Markdown or HTML reduced to clean HTML. Pure, so it runs in
// the import worker, and in Node for tests.
import { decodeText, formatOf, type ImportError } from '../../core/textImport'
import { markdownToHtml } from './markdown'
import { sanitizeHtml } from './sanitize'

export type ImportRead =
  | { ok: true; kind: 'text'; text: string; warning?: 'encoding' }
  | { ok: true; kind: 'html'; html: string; warning?: 'encoding' }
  | { ok: false; error: ImportError }

export function readImport(fileName: string, bytes: Uint8Array): ImportRead {
  const format = formatOf(fileName)
  if (!format) return { ok: false, error: 'unsupported' }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  const warning = decoded.warning ? { warning: decoded.warning } : {}
  if (format === 'text') return { ok: true, kind: 'text', text: decoded.text, ...warning }
  const clean = sanitizeHtml(format === 'markdown' ? markdownToHtml(decoded.text) : decoded.text)
  if (!clean.hasText) return { ok: false, error: 'empty' }
  return { ok: true, kind: 'html', html: clean.html, ...warning }
}
