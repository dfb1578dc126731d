import { isCapitalised, tokenize } from '../text/tokenize'
import { isLinkingArticle } from '../lang/links'
import { sameStem } from '../lang/stem'
import { isTitleWord } from './titles'

// A name's key: its words without punctuation and linking articles, compared word by word
// through the stemmer, so "Shtëpia e Bardhë" and "Shtëpisë së Bardhë" have the same key.

export type NameKey = readonly string[]

const keys = new Map<string, NameKey>()

/** Company forms that end a name and are left out of it ("Ylli Group sh.a.", "Vento Dardania L.L.C."). */
const LEGAL_FORMS = ['sh a', 'sh p k', 'shpk', 'l l c', 'llc', 's p a', 'spa', 's r l', 'srl', 'ltd', 'gmbh', 'inc', 'd o o'].map((form) => form.split(' '))

function withoutLegalForm(words: string[]): string[] {
  for (const form of LEGAL_FORMS) {
    if (words.length <= form.length) continue
    const tail = words.slice(words.length - form.length).map((w) => w.toLowerCase())
    if (tail.every((w, i) => w === form[i])) return words.slice(0, words.length - form.length)
  }
  return words
}

export function nameKey(phrase: string): NameKey {
  let key = keys.get(phrase)
  if (key === undefined) {
    key = withoutLegalForm(
      tokenize(phrase)
        .filter((t) => t.kind !== 'punct' && !isLinkingArticle(t.text))
        .map((t) => t.text),
    )
    if (keys.size > 20_000) keys.clear()
    keys.set(phrase, key)
  }
  return key
}

function matchAt(alias: NameKey, surface: NameKey, at: number): boolean {
  for (let i = 0; i < alias.length; i++) if (!sameStem(alias[i], surface[at + i])) return false
  return true
}

/** The same words, inflection aside. */
export function sameKey(a: NameKey, b: NameKey): boolean {
  return a.length === b.length && a.length > 0 && matchAt(a, b, 0)
}

/** `alias` occurs as a run of words in `surface`. */
export function containsKey(surface: NameKey, alias: NameKey): boolean {
  if (alias.length === 0 || alias.length > surface.length) return false
  for (let at = 0; at + alias.length <= surface.length; at++) if (matchAt(alias, surface, at)) return true
  return false
}

/** `short` starts `long` ("Dhoma e Tregtisë" of "Dhoma e Tregtisë dhe Industrisë"). */
export function isPrefixKey(short: NameKey, long: NameKey): boolean {
  return short.length > 0 && short.length < long.length && matchAt(short, long, 0)
}

/** The words after any titles in front ("presidenti Vladimir Putin" → Vladimir Putin). */
export function stripTitles(words: NameKey): NameKey {
  let i = 0
  while (i < words.length - 1 && isTitleWord(words[i])) i++
  return words.slice(i)
}

/** Every word capitalised (or an abbreviation): reads as a proper name. */
export function isProperName(words: NameKey): boolean {
  return words.length > 0 && words.every((w) => isCapitalised(w) || /^\p{Lu}{2,}/u.test(w))
}

/** An abbreviation such as SPAK, KQZ, NATO (an inflected one too: SPAK-ut). */
export function isAcronym(word: string): boolean {
  return /^[\p{Lu}\p{Nd}]{2,}(?:-\p{Ll}{1,3})?$/u.test(word) && /\p{Lu}/u.test(word)
}
