import { cleanSourceText, looksBinary, MAX_IMPORT_BYTES, type ImportError } from '../../core/textImport'
import { importedDocument } from '../../editor/import/document'
import { readImportFile } from '../../editor/import/readFile'

export { cleanSourceText }

export type SourceImportError = ImportError | 'corrupt'

export type SourceImport = { ok: true; title: string; text: string; warning?: 'encoding' } | { ok: false; error: SourceImportError }

/** Why a pasted text cannot be a source, or null when it can. */
export function pastedTextError(text: string): SourceImportError | null {
  if (cleanSourceText(text) === '') return 'empty'
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return 'tooLarge'
  return looksBinary(text) ? 'binary' : null
}

const titleOf = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim() || fileName

/**
 * Reads a chosen file as a source's plain text: .txt as it is, .md and .html as the editor
 * imports them, down to their text, .docx through mammoth's raw-text reader. Text, Markdown and
 * HTML are read in the import worker. Nothing is kept when it fails.
 */
export async function sourceFromFile(file: File): Promise<SourceImport> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' }
  if (/\.docx$/i.test(file.name)) return docxText(new Uint8Array(await file.arrayBuffer()), titleOf(file.name))
  const read = await readImportFile(file)
  if (!read.ok) return read
  const text = cleanSourceText(read.kind === 'text' ? read.text : importedDocument(read).plainText)
  if (!text) return { ok: false, error: 'empty' }
  return { ok: true, title: titleOf(file.name), text, ...(read.warning ? { warning: read.warning } : {}) }
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
