// The bilingual lexicon as an index: for each language, word key → the entries it can stand for.
// A sentence pair that shares many entries is likely a translation pair.
import { language, type Language } from './languages'
import enSq from './data/lexicon.en-sq.json' with { type: 'json' }

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
      // A phrase counts by its longest content word ("bie dakord" by "dakord", "rule of law" by
      // "rule"), so that "law" alone does not stand for "rule of law".
      const head = form
        .split(/[\s-]+/)
        .filter((word) => word && !lang.isFunctionWord(word))
        .reduce((best, word) => (word.length > best.length ? word : best), '')
      const key = head && lang.key(head)
      if (!key || key.length < 2) continue
      const list = index.get(key) ?? []
      if (list[list.length - 1] !== id) list.push(id)
      index.set(key, list)
    }
  })
  return index
}

/** Entries of a word; failing its key, of its key less one or two letters ("humbasë" → "humb"). */
function find(index: Map<string, number[]>, key: string): readonly number[] {
  const exact = index.get(key)
  if (exact) return exact
  for (let cut = 1; cut <= 2 && key.length - cut >= 4; cut++) {
    const shorter = index.get(key.slice(0, key.length - cut))
    if (shorter) return shorter
  }
  return NONE
}

function makeLexicon(pair: [string, string], entries: readonly Entry[]): Lexicon {
  const sides = new Map<string, { lang: Language; index: Map<string, number[]> }>()
  pair.forEach((code, side) => {
    const lang = language(code)
    sides.set(code, { lang, index: indexSide(entries, side as 0 | 1, lang) })
  })
  const lookup = (code: string, word: string) => {
    const side = sides.get(code)
    return side ? find(side.index, side.lang.key(word)) : NONE
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
