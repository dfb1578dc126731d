import { isCapitalised, wordTokens, type Token } from '../text/tokenize'
import { foldWord } from '../text/normalise'
import { personTitle } from '../entities/titles'

// "ajo" points back to a woman or a feminine noun, "ai" to a man or a masculine one. Albanian
// shows it in a noun's definite ending: "drejtoresha", "ministrja" against "filmi", "drejtori".
// Names do not say it reliably (Margaret, Nikola), so a name never rules an antecedent out.

export type Gender = 'm' | 'f'

/** A pronoun of one gender cannot stand for a speaker known to be of the other. */
export const clashes = (pronoun: Gender | null, speaker: Gender | null): boolean => pronoun !== null && speaker !== null && speaker !== pronoun

const MASCULINE = new Set(['ai', 'vjeçari', 'vjeçar', 'riu', 'moshuari', 'tij', 'atij'])
const FEMININE = new Set(['ajo', 'vjeçarja', 'vjeçare', 'reja', 'moshuara', 'saj', 'asaj'])

/** The gender of a pronoun, or of the words that stand for one ("22-vjeçari", "i riu", "e moshuara"). */
export function pronounGender(norm: string): Gender | null {
  return MASCULINE.has(norm) ? 'm' : FEMININE.has(norm) ? 'f' : null
}

/**
 * The gender a speaker's words show: by their title ("Regjisorja Ledia Gjoni"), or by a single
 * common noun, which the text also writes in lower case ("Filmi … filmin"); null for a name.
 */
export function speakerGender(text: string, words: readonly Token[]): Gender | null {
  const title = words.find((w) => personTitle(w.text))
  if (title) return nounGender(title.text)
  if (words.length !== 1) return null
  const word = words[0].text
  return !isCapitalised(word) || writtenLowerCase(text, word) ? nounGender(word) : null
}

export const surfaceGender = (text: string, surface: string): Gender | null => speakerGender(text, wordTokens(surface))

// In the genitive or dative too: "sipas opozitës" is feminine, "sipas ministrit" masculine.
function nounGender(word: string): Gender | null {
  const w = foldWord(word)
  return /(a|es|se)$/u.test(w) ? 'f' : /([iu]|it|ut)$/u.test(w) ? 'm' : null
}

/** The word's stem appears in lower case somewhere in the text: a common noun, not a name. */
function writtenLowerCase(text: string, word: string): boolean {
  const stem = word.toLowerCase().slice(0, Math.max(3, word.length - 2))
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    if (at === 0 || !/\p{L}/u.test(text[at - 1])) return true
  }
  return false
}
