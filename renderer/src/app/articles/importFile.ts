import { decodeText, formatOf, markdownToBlocks, textToBlocks, type Block, type ImportError } from '../../core/textImport'
import { editorStateFromBlocks } from '../../editor/blocks'
import type { NewArticle } from '../../db'
import { htmlToBlocks } from '../../panes/htmlBlocks'

export type FileImport =
  | { ok: true; article: NewArticle; warning?: 'encoding' }
  | { ok: false; error: ImportError }

/** Reads a dropped or chosen file into a new article, or says why it cannot. */
export async function articleFromFile(file: File): Promise<FileImport> {
  const format = formatOf(file.name)
  if (!format) return { ok: false, error: 'unsupported' }
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()))
  if (!decoded.ok) return decoded
  const blocks =
    format === 'markdown' ? markdownToBlocks(decoded.text) : format === 'html' ? htmlToBlocks(decoded.text) : textToBlocks(decoded.text)
  if (blocks.every((block) => block.text.trim() === '')) return { ok: false, error: 'empty' }
  return { ok: true, article: articleFromBlocks(blocks), warning: decoded.warning }
}

export function articleFromBlocks(blocks: Block[]): NewArticle {
  return { plainText: blocks.map((block) => block.text).join('\n'), editorState: editorStateFromBlocks(blocks) }
}
