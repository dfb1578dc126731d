import { isCapitalised, tokensOf, wordTokens, type Token } from '../text/tokenize'
import { foldWord } from '../text/normalise'
import { isLinkingArticle } from '../lang/links'
import { stem } from '../lang/stem'
import { institutionNoun, isIndefiniteTitle, personTitle } from '../entities/titles'
import { OBLIQUE_PRONOUNS } from './lexicon'

// "ajo" points back to a woman or a feminine noun, "ai" to a man or a masculine one. Albanian
// shows it in a noun's definite ending: "drejtoresha", "ministrja" against "filmi", "drejtori".
// Names do not say it reliably (Margaret, Nikola): a name rules an antecedent out only when the
// text names that person with a title ("Drejtoresha e institutit, Valbona Qerimaj").

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
 * The gender a speaker's words show: by their title ("Regjisorja Ledia Gjoni"), by a single
 * common noun, a kind of body or one the text also writes in lower case ("Kompania", "Filmi …
 * filmin"), or by the titles the text names that person with elsewhere; else null.
 */
export function speakerGender(text: string, words: readonly Token[]): Gender | null {
  const title = words.find((w) => personTitle(w.text))
  if (title) return nounGender(title.text)
  const last = words[words.length - 1]
  if (words.length === 1 && (!isCapitalised(last.text) || institutionNoun(last.text) || writtenLowerCase(text, last.text))) return nounGender(last.text)
  return last && isCapitalised(last.text) ? titledGender(text, last.text) : null
}

/**
 * The gender of the titles the text gives a name: right before it ("Drejtoresha Valbona Qerimaj"),
 * as the head of a phrase the name stands in apposition to ("Drejtoresha e institutit, Valbona
 * Qerimaj"), or after it ("Besa Leka, zëdhënëse e …"); null when none, or both.
 */
function titledGender(text: string, surname: string): Gender | null {
  if (titled.text !== text) titled = { text, genders: new Map() }
  const cached = titled.genders.get(surname)
  if (cached !== undefined) return cached
  const tokens = tokensOf(text)
  const found = new Set<Gender>()
  const note = (t: Token | undefined) => {
    // By the title's nominative: "drejtoreshë" after a name is "drejtoresha".
    const title = t ? personTitle(t.text) : null
    const gender = title ? nounGender(title) : null
    if (gender) found.add(gender)
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== surname) continue
    let first = i
    while (first > 0 && first > i - 3 && isCapitalised(tokens[first - 1].text) && !personTitle(tokens[first - 1].text)) first--
    note(tokens[first - 1])
    if (tokens[first - 1]?.text === ',') {
      // Back over the title's complement to its head: lower-case words, linking articles, names.
      let k = first - 2
      while (k > 0 && k > first - 8 && tokens[k].kind !== 'punct' && !personTitle(tokens[k].text)) k--
      if (tokens[k] && personTitle(tokens[k].text) && (k === 0 || tokens[k - 1].kind === 'punct' || isLinkingArticle(tokens[k - 1].text))) note(tokens[k])
    }
    if (tokens[i + 1]?.text === ',' && isIndefiniteTitle(tokens[i + 2]?.text ?? '')) note(tokens[i + 2])
  }
  const gender = found.size === 1 ? [...found][0] : null
  titled.genders.set(surname, gender)
  return gender
}

let titled: { text: string; genders: Map<string, Gender | null> } = { text: '', genders: new Map() }

export const surfaceGender = (text: string, surface: string): Gender | null => speakerGender(text, wordTokens(surface))

// In the genitive or dative too: "sipas opozitës" is feminine, "sipas ministrit" masculine.
function nounGender(word: string): Gender | null {
  const w = foldWord(word)
  return /(a|es|se)$/u.test(w) ? 'f' : /([iu]|it|ut)$/u.test(w) ? 'm' : null
}

/** The word's stem appears in lower case somewhere in the text: a common noun, not a name. */
function writtenLowerCase(text: string, word: string): boolean {
  const prefix = word.toLowerCase().slice(0, Math.max(3, word.length - 2))
  const wordStem = stem(word)
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (at > 0 && /\p{L}/u.test(text[at - 1])) continue
    // The same word in another form ("filmin"), not one that only begins alike ("Basha", "bashkisë").
    const written = /^[\p{L}\p{M}]+/u.exec(text.slice(at, at + 40))?.[0] ?? ''
    if (stem(written) === wordStem) return true
  }
  // "Bashkëshortja e tij": a word someone's possessive follows is a common noun, not a name.
  const tokens = tokensOf(text)
  return tokens.some((t, i) => t.text === word && ['i', 'e'].includes(tokens[i + 1]?.norm ?? '') && OBLIQUE_PRONOUNS.has(tokens[i + 2]?.norm ?? ''))
}
