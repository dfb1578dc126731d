import type { ImportError } from '../../core/textImport'
import type { NewArticle } from '../../db'
import { importedDocument } from '../../editor/import/document'
import { readImportFile } from '../../editor/import/readFile'

export type FileImport =
  | { ok: true; article: NewArticle; warning?: 'encoding' }
  | { ok: false; error: ImportError }

/** Reads a dropped or chosen file into a new article (in the import worker), or says why it cannot. */
export async function articleFromFile(file: File): Promise<FileImport> {
  const read = await readImportFile(file)
  if (!read.ok) return read
  const article = importedDocument(read)
  if (article.plainText.trim() === '') return { ok: false, error: 'empty' }
  return read.warning ? { ok: true, article, warning: read.warning } : { ok: true, article }
}

/** A new article from pasted text, read as a text file is. */
export function articleFromText(text: string): NewArticle {
  return importedDocument({ ok: true, kind: 'text', text })
}
