import { normWord } from './normalise'
import { firstIndexAfter } from './sorted'

// The one tokenizer of the core. Every module that reads words reads them here: the alignment
// (align/tokens.ts adds what matching needs), numbers, speakers, entities, attribution and the
// translation checks; the editor's word count and the speaker search use its views.

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
const NUMBER = String.raw`\p{Nd}+(?:[.,:/]\p{Nd}+)*%?`
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:['\u2019\u02BC\u2018\u0060][\p{L}\p{M}\p{Nd}]+|-[\p{L}\p{M}\p{Nd}]+)*`
const PUNCT = String.raw`\.\.\.|[^\s\p{L}\p{M}\p{Nd}]`
const TOKEN = new RegExp(`(${NUMBER})|(${WORD})|(${PUNCT})`, 'gu')
// Punctuation never holds a letter or a digit, so without it the same words and numbers are found.
const WORD_OR_NUMBER = new RegExp(`${NUMBER}|${WORD}`, 'gu')

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

export const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind !== 'punct'

/** Quotation marks of every style, as punctuation tokens hold them: „ “ ” « » ‹ › " ' ‘ ’ ‚ */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '”', '„', '«', '»', '‹', '›', '"', '‘', '’', "'", '‚'])

export const isQuoteMark = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && QUOTE_MARKS.has(t.text)

/** The words and numbers of a text, without its punctuation. */
export function wordTokens(text: string, offset = 0): Token[] {
  return tokenize(text, offset).filter(isWordToken)
}

/**
 * How many words and numbers a text has ("S’ka", "SHBA-në" and "1.500" are one each), without
 * building tokens: the editor counts a long article on the page's thread.
 */
export function countWords(text: string): number {
  return text.match(WORD_OR_NUMBER)?.length ?? 0
}

// Long texts (a source, the article) are read by several stages: alignment, attribution, numbers.
// They share one tokenization; short strings are cheaper to tokenize again than to look up.
const MEMO_MIN_LENGTH = 2_000
// Few: in the checks worker every pause brings a new version of the article, and the sources,
// read every round, should stay (the least recently read text goes first).
const MEMO_SIZE = 4
const memo = new Map<string, readonly Token[]>()

/** The tokens of a whole text, tokenized once for every stage that reads it. Do not change them. */
export function tokensOf(text: string): readonly Token[] {
  if (text.length < MEMO_MIN_LENGTH) return tokenize(text)
  let hit = memo.get(text)
  if (hit) memo.delete(text)
  else {
    hit = tokenize(text)
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string)
  }
  memo.set(text, hit)
  return hit
}

/**
 * The tokens of text[from, to), with offsets in `text`: the same as tokenizing the slice. Taken
 * from the whole text's tokens unless a token crosses either end.
 */
export function tokensIn(text: string, from = 0, to = text.length): Token[] {
  if (text.length < MEMO_MIN_LENGTH) return tokenize(text.slice(from, to), from)
  const all = tokensOf(text)
  const first = firstEndingAfter(all, from)
  const last = firstEndingAfter(all, to)
  const crossesStart = first < all.length && all[first].start < from
  const crossesEnd = last < all.length && all[last].start < to
  if (crossesStart || crossesEnd) return tokenize(text.slice(from, to), from)
  return all.slice(first, last) as Token[]
}

/** Index of the first token whose end is after `offset`. */
const firstEndingAfter = (tokens: readonly Token[], offset: number) => firstIndexAfter(tokens.length, (i) => tokens[i].end <= offset)

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0)
  if (first === undefined) return false
  // ASCII, most words: no strings made.
  if (first < 0x80) return first >= 0x41 && first <= 0x5a
  const ch = String.fromCodePoint(first)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}
