import { isCapitalised, isQuoteMark, tokenize } from '../text/tokenize'
import { isLinkingArticle } from '../lang/links'
import type { EntityKind } from './types'

// The genitive (= dative) of a name in the nominative, for the sentences the app writes
// ("burim i Shtëpisë së Bardhë", "i atribuohet Kremlinit"). A person's name inflects on its last
// word (Besa Leka → Besa Lekës); any other name on its head noun, whose linking articles follow
// it into the oblique case (Dhoma e Tregtisë → Dhomës së Tregtisë). Forms seen in the texts or
// corrected by the editor win over these (attribution/book.ts).

const VOWEL = /[aeëiouy]/iu
const WORD_LIKE_ACRONYM = /^(?:[^AEËIOUY]*[AEËIOUY]){2,}|^[^AEËIOUY]+[AEËIOUY]/u

/** SPAK → SPAK-ut, NATO → NATO-s, ERE → ERE-s, KQZ → KQZ-së, BE → BE-së. */
function acronym(word: string): string {
  const bare = word.replace(/-.*$/u, '')
  const spoken = bare.length >= 3 && WORD_LIKE_ACRONYM.test(bare)
  if (!spoken) return `${bare}-së`
  if (VOWEL.test(bare.slice(-1))) return `${bare}-s`
  return /[KGH]$/u.test(bare) ? `${bare}-ut` : `${bare}-it`
}

/** The genitive of one word standing as a definite noun or a surname. */
export function genitiveWord(word: string, person: boolean): string {
  if (/^[\p{Lu}\p{Nd}]{2,}(-\p{Ll}+)?$/u.test(word)) return acronym(word)
  if (word.endsWith('ia')) return word.slice(0, -1) + 'së' // Ministria → Ministrisë
  if (!person && /[rts]ja$/u.test(word)) return word.slice(0, -2) + 'es' // Ministrja → Ministres, Zëdhënësja → Zëdhënëses
  if (!person && word.endsWith('ja')) return word.slice(0, -1) + 'es' // Lidhja → Lidhjes
  if (word.endsWith('a')) return word.slice(0, -1) + 'ës' // Leka → Lekës, Moska → Moskës
  if (word.endsWith('ë')) return word + 's'
  if (/[iuy]$/u.test(word)) return word + 't' // Kremlini → Kremlinit, Dushku → Dushkut
  if (/[eo]$/u.test(word)) return word + 's' // Rubio → Rubios
  if (/[aeiou]j$/u.test(word)) return word + 't' // Begaj → Begajt
  if (/(et|at|ët)$/u.test(word) && !person) return word.replace(/(e|a|ë)t$/u, '$1ve') // Shtetet → Shteteve
  if (/[kgh]$/u.test(word)) return word + 'ut' // Lajčák → Lajčákut
  return word + 'it' // Trump → Trumpit
}

/** Whether a name is a personal name: two to four capitalised words and no linking article. */
function personalName(words: string[]): boolean {
  return words.length >= 1 && words.length <= 4 && words.every((w) => isCapitalised(w) || /^(de|von|van|der|al|bin|el|di)$/u.test(w))
}

// Explanations ask for the same few names' genitives quote after quote: each is made once.
const genitives = new Map<string, string>()

/** The genitive of a name in the nominative. */
export function genitiveOf(name: string, kind: EntityKind): string {
  const key = `${kind}\u0000${name}`
  let hit = genitives.get(key)
  if (hit === undefined) {
    hit = inflectGenitive(name, kind)
    if (genitives.size >= 10_000) genitives.clear()
    genitives.set(key, hit)
  }
  return hit
}

function inflectGenitive(name: string, kind: EntityKind): string {
  const tokens = tokenize(name.trim())
  if (tokens.length === 0) return name
  const words = tokens.map((t) => t.text)
  const gaps = tokens.map((t, i) => (i + 1 < tokens.length ? name.trim().slice(t.end, tokens[i + 1].start) : ''))
  const join = (parts: string[]) => parts.map((p, i) => p + gaps[i]).join('')
  if (kind === 'person' && personalName(words) && !words.some((w) => isLinkingArticle(w))) {
    const last = words.length - 1
    words[last] = genitiveWord(words[last], true)
    return join(words)
  }
  // A name (or a title: "Ministrja e Drejtësisë") inflects on its head noun.
  const head = words[0]
  const plural = /(et|at|ët)$/u.test(head) && head.length > 4
  words[0] = genitiveWord(head, false)
  const feminine = /(së|ës|es)$/u.test(words[0]) && !plural
  let first = true
  // A name in quotation marks inside it stays as written: "Universiteti “Bjeshkët e Nemuna”".
  let quoted = false
  for (let i = 1; i < words.length; i++) {
    const w = words[i]
    if (isQuoteMark(tokens[i])) quoted = !quoted
    if (tokens[i].kind === 'punct' || quoted) continue
    if (w === 'e' || w === 'i') {
      // The article that agrees with the head: "së" right after a feminine head, "të" elsewhere.
      words[i] = feminine && first && i === 1 ? 'së' : 'të'
      first = false
      continue
    }
    if (isLinkingArticle(w)) first = false
  }
  return join(words)
}
