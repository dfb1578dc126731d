/** Turning an imported file's bytes into article blocks, with a reason when it cannot be done. */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export type ImportError = 'empty' | 'binary' | 'tooLarge' | 'unsupported'

export type Decoded =
  | { ok: true; text: string; warning?: 'encoding' }
  | { ok: false; error: ImportError }

export interface Block {
  type: 'paragraph' | 'heading'
  text: string
  /** Heading level, 1 to 3. */
  level?: 1 | 2 | 3
}

export type ImportFormat = 'text' | 'markdown' | 'html'

export function formatOf(fileName: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1]
  if (extension === 'txt' || extension === 'text') return 'text'
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm') return 'html'
  return null
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes)
    return nonEmpty(text)
  }
  // NUL never occurs in UTF-8 text; it is the surest sign of a binary file.
  if (bytes.includes(0)) return { ok: false, error: 'binary' }
  try {
    return nonEmpty(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    // Older Albanian newsroom files are often Windows-1252, where ë and ç keep their Latin-1 codes.
    const text = new TextDecoder('windows-1252').decode(bytes)
    if (controlCharacterShare(text) > 0.02) return { ok: false, error: 'binary' }
    const result = nonEmpty(text)
    return result.ok ? { ...result, warning: 'encoding' } : result
  }
}

function nonEmpty(text: string): Decoded {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  return clean.trim() === '' ? { ok: false, error: 'empty' } : { ok: true, text: clean }
}

function controlCharacterShare(text: string): number {
  // eslint-disable-next-line no-control-regex -- control characters are what this counts
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0
  return controls / Math.max(1, text.length)
}

/** One paragraph per line, as the seed article is written. */
export function textToBlocks(text: string): Block[] {
  return text.split('\n').map((line) => ({ type: 'paragraph', text: line }))
}

/** Headings and paragraphs from Markdown; inline markup is kept as the editor's plain text. */
export function markdownToBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence
      continue
    }
    const heading = inFence ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) {
      const level = Math.min(3, heading[1].length) as 1 | 2 | 3
      blocks.push({ type: 'heading', level, text: stripInlineMarkdown(heading[2]) })
    } else if (inFence) {
      blocks.push({ type: 'paragraph', text: line })
    } else if (line.trim() !== '') {
      blocks.push({ type: 'paragraph', text: stripInlineMarkdown(line.replace(/^\s{0,3}(?:[-*+]|\d+[.)]|>)\s+/, '')) })
    }
  }
  return blocks
}

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(.+?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]*)`/g, '$1')
}
