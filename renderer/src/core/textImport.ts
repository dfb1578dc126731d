/**
 * A file's bytes as text, the same way for the app and the command line, so that both see the
 * same characters at the same offsets: encoding, byte-order mark, line ends and binary sniffing.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export type ImportError = 'empty' | 'binary' | 'tooLarge' | 'unsupported'

/** `encoding`: the bytes were not UTF-8 or UTF-16 and were read as Windows-1252. */
export type Decoded = { ok: true; text: string; warning?: 'encoding' } | { ok: false; error: ImportError }

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

// Control characters that text files do not contain: C0 without tab, line feed, form feed and
// carriage return; DEL; C1. A few (an escape sequence pasted into a transcript) are tolerated.
// eslint-disable-next-line no-control-regex -- control characters are what this counts
const STRAY_CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g
const MAX_CONTROL_SHARE = 0.02

/**
 * UTF-8 (with or without a byte-order mark) or UTF-16 with its mark; any other bytes are read as
 * Windows-1252 (older Albanian newsroom files, where ë and ç keep their Latin-1 codes) with a
 * warning. A NUL byte or more than 2% control characters means binary. Line ends become "\n".
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' }
  let text: string
  let warning: 'encoding' | undefined
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  if (utf16) {
    try {
      text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes)
    } catch {
      return { ok: false, error: 'binary' }
    }
  } else {
    // NUL never occurs in UTF-8 or single-byte text; it is the surest sign of a binary file.
    if (bytes.includes(0)) return { ok: false, error: 'binary' }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = windows1252(bytes)
      warning = 'encoding'
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') return { ok: false, error: 'empty' }
  if (looksBinary(text)) return { ok: false, error: 'binary' }
  return warning ? { ok: true, text, warning } : { ok: true, text }
}

// Windows-1252's 0x80–0x9F, as the WHATWG Encoding standard maps them (five bytes stay C1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Node 20's TextDecoder reads windows-1252 as Latin-1, so the curly quotes are mapped here. */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80])
}

/** Decoded or pasted text that is really binary data: NUL, or more than 2% control characters. */
export function looksBinary(text: string): boolean {
  return text.includes('\0') || (text.match(STRAY_CONTROLS)?.length ?? 0) > text.length * MAX_CONTROL_SHARE
}

/** Stored plain text back into blocks: one paragraph per line, exactly as it was saved. */
export function plainTextBlocks(plainText: string): Block[] {
  return plainText.split('\n').map((line) => ({ type: 'paragraph', text: line }))
}

const MAX_HEADLINE_LENGTH = 120
const MAX_HEADLINE_WORDS = 20

/** A short line that does not end a sentence (closing quotes aside): a headline, not a paragraph. */
export function isHeadlineLine(line: string): boolean {
  if (line.length > MAX_HEADLINE_LENGTH || line.split(/\s+/).length > MAX_HEADLINE_WORDS) return false
  return !/[.!?…:;,]$/.test(line.replace(/[”“"'’»)\]]+$/, ''))
}

/**
 * An article from a text file or pasted text: every non-blank line is a paragraph, and blank
 * lines only separate them. A short first line without a final period, followed by more text,
 * is the headline.
 */
export function textFileBlocks(text: string): Block[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return lines.map((line, i): Block => (i === 0 && lines.length > 1 && isHeadlineLine(line) ? { type: 'heading', level: 1, text: line } : { type: 'paragraph', text: line }))
}

/** The plain text of blocks, as the editor keeps it: one line per block. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join('\n')
}

/** A source's text, wherever it came from: line ends unified, trailing spaces and blank edges trimmed. */
export function cleanSourceText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim()
}
