import { decodeText, formatOf, markdownToBlocks, MAX_IMPORT_BYTES, type ImportError } from '../../core/textImport'
import { htmlToBlocks } from '../htmlBlocks'

export type SourceImportError = ImportError | 'corrupt'

export type SourceImport = { ok: true; title: string; text: string; warning?: 'encoding' } | { ok: false; error: SourceImportError }

/** A source's text, whatever the editor pasted: line ends unified, blank edges trimmed. */
export function cleanSourceText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim()
}

/** Why a pasted text cannot be a source, or null when it can. */
export function pastedTextError(text: string): SourceImportError | null {
  if (cleanSourceText(text) === '') return 'empty'
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return 'tooLarge'
  // eslint-disable-next-line no-control-regex -- control characters are what this counts
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0
  return controls / text.length > 0.02 ? 'binary' : null
}

const titleOf = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim() || fileName

/**
 * Reads a chosen file as a source's plain text: .txt and .md as they are, .html parsed inertly
 * down to its text, .docx through mammoth's raw-text reader. Nothing is kept when it fails.
 */
export async function sourceFromFile(file: File): Promise<SourceImport> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (/\.docx$/i.test(file.name)) return docxText(bytes, titleOf(file.name))
  const format = formatOf(file.name)
  if (!format) return { ok: false, error: 'unsupported' }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  const text = cleanSourceText(
    format === 'html' ? htmlToBlocks(decoded.text).map((block) => block.text).join('\n') : format === 'markdown' ? markdownToBlocks(decoded.text).map((block) => block.text).join('\n') : decoded.text,
  )
  if (!text) return { ok: false, error: 'empty' }
  return { ok: true, title: titleOf(file.name), text, ...(decoded.warning ? { warning: decoded.warning } : {}) }
}

async function docxText(bytes: Uint8Array, title: string): Promise<SourceImport> {
  // A .docx is a zip archive; anything else (a renamed .doc, a truncated download) is refused early.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: bytes.length === 0 ? 'empty' : 'corrupt' }
  try {
    const { default: mammoth } = await import('mammoth/mammoth.browser.js')
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const { value } = await mammoth.extractRawText({ arrayBuffer: buffer })
    // mammoth ends every paragraph with a blank line; one line per paragraph, as articles are kept.
    const text = cleanSourceText(value.replace(/\n{2,}/g, '\n'))
    return text ? { ok: true, title, text } : { ok: false, error: 'empty' }
  } catch {
    return { ok: false, error: 'corrupt' }
  }
}
