// The bilingual lexicon as an index: for each language, word key → the entries it can stand for.
// A sentence pair that shares many entries is likely a translation pair.
import { language, type Language } from './languages'
import enSq from './data/lexicon.en-sq.json'

/** One entry: forms in the first language, forms in the second, alternatives split by "|". */
type Entry = [string, string]

export interface Lexicon {
  /** Entries a word may translate, by the word's key in its language; empty when it has none. */
  entriesOf(lang: string, word: string): readonly number[]
  /** Whether the word has an entry: a capitalised word that has one is a common noun, not a name. */
  has(lang: string, word: string): boolean
  size: number
}

const NONE: readonly number[] = []

function indexSide(entries: readonly Entry[], side: 0 | 1, lang: Language): Map<string, number[]> {
  const index = new Map<string, number[]>()
  entries.forEach((entry, id) => {
    for (const form of entry[side].split('|')) {
      for (const word of form.split(/[\s-]+/)) {
        if (!word || lang.isFunctionWord(word)) continue
        const key = lang.key(word)
        if (key.length < 2) continue
        const list = index.get(key) ?? []
        if (list[list.length - 1] !== id) list.push(id)
        index.set(key, list)
      }
    }
  })
  return index
}

function makeLexicon(pair: [string, string], entries: readonly Entry[]): Lexicon {
  const sides = new Map<string, { lang: Language; index: Map<string, number[]> }>()
  pair.forEach((code, side) => {
    const lang = language(code)
    sides.set(code, { lang, index: indexSide(entries, side as 0 | 1, lang) })
  })
  const lookup = (code: string, word: string) => {
    const side = sides.get(code)
    return side ? side.index.get(side.lang.key(word)) ?? NONE : NONE
  }
  return {
    entriesOf: lookup,
    has: (code, word) => lookup(code, word).length > 0,
    size: entries.length,
  }
}

const LEXICONS: Record<string, () => Lexicon> = {
  'en-sq': () => makeLexicon(['en', 'sq'], enSq as Entry[]),
}
const built = new Map<string, Lexicon>()

/** The lexicon between two languages, in either order; an empty one when there is none. */
export function lexicon(a: string, b: string): Lexicon {
  const name = LEXICONS[`${a}-${b}`] ? `${a}-${b}` : `${b}-${a}`
  let found = built.get(name)
  if (!found) {
    found = LEXICONS[name] ? LEXICONS[name]() : makeLexicon([a, b], [])
    built.set(name, found)
  }
  return found
}
