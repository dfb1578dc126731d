import { tokenize } from '../text/tokenize'
import { isLinkingArticle } from '../lang/links'
import { institutionNoun } from './titles'

// Turns a genitive/dative name, as it follows "Deklarata e …", into its nominative:
// "Shtëpisë së Bardhë" → "Shtëpia e Bardhë", "Kremlinit" → "Kremlini",
// "Shteteve të Bashkuara" → "Shtetet e Bashkuara". Only the head noun and its linking
// article change; what follows them ("e Shqipërisë") stays genitive, as in the nominative.

// Genitive endings and the nominative each becomes, with the gender it shows.
const NOMINATIVE_RULES: Array<[RegExp, string, 'f' | 'm' | 'pl']> = [
  [/isë$/u, 'ia', 'f'],
  [/eve$/u, 'et', 'pl'],
  [/ëve$/u, 'ët', 'pl'],
  [/ave$/u, 'at', 'pl'],
  [/(\p{L}{2})jes$/u, '$1ja', 'f'],
  // "Bulmetores" → "Bulmetorja": -ja after a consonant, in a word long enough not to be a first name.
  [/(\p{L}{6,}[^aeiouëj])es$/u, '$1ja', 'f'],
  [/(\p{L}{2})ës$/u, '$1a', 'f'],
  // A stem ending in a vowel takes -ja: "Kalasë" → "Kalaja", "Kafesë" → "Kafeja".
  [/(\p{L}{2}[ae])së$/u, '$1ja', 'f'],
  [/(\p{L}{2})së$/u, '$1', 'f'],
  // "Malajt" → "Malaj": a surname in -aj, -ej takes -t.
  [/(\p{L}{2}[ae]j)t$/u, '$1', 'm'],
  [/(\p{L}{3})it$/u, '$1i', 'm'],
  [/(\p{L}{3})ut$/u, '$1u', 'm'],
]

function headToNominative(word: string): { word: string; gender: 'f' | 'm' | 'pl' | null } {
  const hyphen = word.indexOf('-')
  if (hyphen > 0 && /^[\p{Lu}\p{Nd}]+$/u.test(word.slice(0, hyphen))) return { word: word.slice(0, hyphen), gender: null }
  for (const [re, to, gender] of NOMINATIVE_RULES) if (re.test(word)) return { word: word.replace(re, to), gender }
  return { word, gender: null }
}

/** After these the articles belong to what follows ("për Veprim të Jashtëm"). */
const PREPOSITIONS = new Set(['për', 'në', 'me', 'nga', 'mbi', 'pranë', 'kundër'])

/** The ending of a noun in the genitive (Ujit, Financave, Drejtësisë, Minatorëve). */
const GENITIVE = /(ës|së|it|ut|ve|es)$/u

/** Endings of adjectives (evropian, kombëtare, rajonal, publik, ekzekutiv, urbanë). */
export const ADJECTIVE = /(ian|iane|or|ore|ar|are|al|ale|ik|ike|ak|ake|shëm|shme|ht|he|iv|ive|ues|uese|anë|orë|arë|alë|ikë|ianë)$/u

export function toNominative(phrase: string): string {
  const tokens = tokenize(phrase.trim())
  if (tokens.length === 0) return phrase.trim()
  const parts = tokens.map((t) => t.text)
  const spaces = tokens.map((t, i) => (i + 1 < tokens.length ? phrase.trim().slice(t.end, tokens[i + 1].start) : ''))
  // A personal name ("Petrit Malaj", "Ilir Metës") inflects on its last word only; a name
  // whose last word is an adjective ("Komisionit Evropian", "Këshillit Kombëtar") on its head.
  const last = parts[parts.length - 1]
  // "Bulmetores Gurrëza": with only the first word inflected, it is a body's head.
  // "Bashkisë Durrës", "Autoritetit Portual Sarandë": so is a kind of body, whatever the place after it ends in.
  const headInflected = (/(es|ës|së)$/u.test(parts[0]) && !GENITIVE.test(last)) || (/(isë|ës|së|it|ut)$/u.test(parts[0]) && institutionNoun(parts[0]) !== null)
  if (tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text)) && !ADJECTIVE.test(last) && !headInflected) {
    parts[parts.length - 1] = headToNominative(last).word
    return parts.map((p, i) => p + spaces[i]).join('').trim()
  }
  // "Këshillin Bashkiak të Lushnjës", "Gjykatën e Lartë": an accusative head.
  if (parts.length >= 2 && /^\p{Lu}/u.test(parts[0])) parts[0] = parts[0].replace(/(\p{L}{3})(i|u)n$/u, '$1$2').replace(/(\p{L}{3})inë$/u, '$1ia').replace(/(\p{L}{3})ën$/u, '$1a')
  const head = headToNominative(parts[0])
  parts[0] = head.word
  const agreeing = head.gender === 'm' ? 'i' : 'e'
  const link = parts[1]?.toLowerCase()
  if (link === 'së' || link === 'se') parts[1] = 'e'
  else if (link === 'të' || link === 'te') parts[1] = agreeing
  // A later article that still agrees with the head, after its adjectives ("Agjencisë Kombëtare
  // të Ujit" → "Agjencia Kombëtare e Ujit"); once a genitive noun comes, the articles are its own.
  // ("Bordi drejtues i …": "drejtues" ends like a genitive, but agrees as an adjective.)
  const genitive = (w: string) => GENITIVE.test(w) && !(ADJECTIVE.test(w) && w === w.toLowerCase())
  for (let i = 2; i < parts.length && !genitive(parts[i - 1]) && !PREPOSITIONS.has(parts[i - 1].toLowerCase()); i++) {
    const w = parts[i].toLowerCase()
    if ((w === 'të' || w === 'te') && i + 1 < parts.length) parts[i] = agreeing
  }
  // Two names joined by "dhe" ("Kremlinit dhe Shtëpisë së Bardhë") are each their own
  // nominative; a "dhe" inside a complement ("Dhomës së Tregtisë dhe Industrisë") is not.
  const conj = parts.findIndex((p, i) => i > 0 && p.toLowerCase() === 'dhe')
  const inComplement = conj > 0 && parts.slice(1, conj).some((p) => isLinkingArticle(p))
  let out = ''
  if (conj > 0 && !inComplement) {
    const rest = parts.slice(conj + 1).map((p, i) => p + (spaces[conj + 1 + i] ?? '')).join('')
    out = parts.slice(0, conj).map((p, i) => p + spaces[i]).join('') + 'dhe ' + toNominative(rest)
    return out.replace(/\s+/g, ' ').trim()
  }
  return parts.map((p, i) => p + spaces[i]).join('').trim()
}
