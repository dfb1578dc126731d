import { normWord } from './normalise'

export type TokenKind = 'word' | 'number' | 'punct'

export interface Token {
  /** Raw text of the token. */
  text: string
  /** NFC, lower-case, one apostrophe form. */
  norm: string
  start: number
  end: number
  kind: TokenKind
}

// Words keep inner apostrophes (t’i, s'ka, n’Tiranë) and hyphens (SHBA-së, ish-ministri).
// Numbers keep their separators (1.500, 3,5, 2024/25) so that "1.500" stays one token.
const TOKEN =
  /(\p{Nd}+(?:[.,:/]\p{Nd}+)*%?)|([\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['\u2019\u02BC\u2018`][\p{L}\p{M}\p{Nd}]+|-[\p{L}\p{M}\p{Nd}]+)*)|(\.\.\.|[^\s\p{L}\p{M}\p{Nd}])/gu

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(text)) !== null) {
    const kind: TokenKind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct'
    out.push({ text: m[0], norm: normWord(m[0]), start: m.index + offset, end: m.index + m[0].length + offset, kind })
  }
  return out
}

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0)
  if (first === undefined) return false
  const ch = String.fromCodePoint(first)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}
