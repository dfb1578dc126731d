// What the translation checks know about a language, kept as data (data/<code>.json): a third
// language is one more JSON file of the same shape, plus its half of a lexicon.
import { foldWord } from '../text/normalise'
import { sameStem, stem as albanianStem } from '../lang/stem'
import en from './data/en.json' with { type: 'json' }
import sq from './data/sq.json' with { type: 'json' }

export interface LanguageData {
  code: string
  name: string
  decimalSeparator: string
  groupSeparator: string
  abbreviations: {
    /** Abbreviations a sentence never ends on ("Dr.", "Z."): a break after them is wrong. */
    neverFinal: string[]
    /** Abbreviations that may end a sentence ("U.S.", "etj."): a break stands before a capital. */
    mayEndSentence: string[]
  }
  numbers: {
    units: Record<string, number>
    multipliers: Record<string, number>
    /** Words that join number words ("twenty and five" is rare, "njëzet e pesë" is the rule). */
    connectors: string[]
    /** A number word that is also the indefinite article ("një", "one"): a number only before a multiplier. */
    articleLike: string[]
    /** Before a small number word, it makes "both" or "all three" of it ("të dy vendet", "the two leaders"). */
    collectiveBefore: string[]
    /** Number words that mean all of a group ("both"). */
    collectiveWords: string[]
    /** Fractions after a number and a connector ("two and a half", "dy milionë e gjysmë"). */
    fractions: Record<string, number>
    /** What may stand between the connector and the fraction ("and a half"). */
    fractionArticles: string[]
    percent: string[]
    /** Words between the two numbers of a range ("3% and 5%", "3 dhe 5 për qind"): a percent after the second is the first's too. */
    rangeJoiners: string[]
  }
  months: Record<string, number>
  /** English months are capitalised ("May" the month, "may" the verb); Albanian ones are not. */
  monthsCapitalised: boolean
  weekdays: Record<string, number>
  /** Words after which a number from 1900 to 2099 is a year ("by 2035", "në vitin 2033"). */
  yearWords: string[]
  /** Case endings a month or weekday name may take ("marsit", "janarin"). */
  inflections: string[]
  negations: string[]
  /** Negations written into the next word ("don't"; "s'ka"). */
  negationSuffixes?: string[]
  negationPrefixes?: string[]
  functionWords: string[]
}

export interface Language {
  data: LanguageData
  /** Comparison key of a word: folded, inflection stripped, at most six letters. */
  key(word: string): string
  isFunctionWord(word: string): boolean
  /** Two forms of one word: "Rusia"/"Rusisë", "Ukraina"/"Ukrainë"; "leaders"/"leader". */
  sameWord(a: string, b: string): boolean
}

/** Folded lower case: "Rusisë" → "rusise". */
export const fold = foldWord

const KEY_LENGTH = 6

// A light English stemmer, enough to meet the lexicon's lemma: negotiations/negotiated →
// negotiat, agreed/agrees → agre, leaders → leader.
function englishStem(word: string): string {
  let w = fold(word).replace(/'s$/, '')
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y'
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

const STEMMERS: Record<string, (word: string) => string> = {
  en: englishStem,
  sq: albanianStem,
}

const SAME_WORD: Record<string, (a: string, b: string) => boolean> = {
  en: (a, b) => englishStem(a) === englishStem(b),
  sq: sameStem,
}

function makeLanguage(data: LanguageData): Language {
  const stemmer = STEMMERS[data.code] ?? fold
  const functionWords = new Set(data.functionWords.map(fold))
  const cache = new Map<string, string>()
  return {
    data,
    key(word) {
      let k = cache.get(word)
      if (k === undefined) {
        k = stemmer(word).slice(0, KEY_LENGTH)
        if (cache.size > 100_000) cache.clear()
        cache.set(word, k)
      }
      return k
    },
    isFunctionWord: (word) => functionWords.has(fold(word)),
    sameWord: SAME_WORD[data.code] ?? ((a, b) => fold(a) === fold(b)),
  }
}

const LANGUAGES: Record<string, Language> = {
  en: makeLanguage(en as LanguageData),
  sq: makeLanguage(sq as LanguageData),
}

export type LanguageCode = string

export function language(code: LanguageCode): Language {
  const found = LANGUAGES[code]
  if (!found) throw new Error(`no language data for "${code}" (known: ${Object.keys(LANGUAGES).join(', ')})`)
  return found
}

export function knownLanguages(): string[] {
  return Object.keys(LANGUAGES)
}
