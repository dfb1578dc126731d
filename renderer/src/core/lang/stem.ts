import { foldWord } from '../text/normalise'
import { canonicalNumber } from '../numbers/numbers'

// A light Albanian suffix stripper: enough to equate the case and definiteness forms of a
// noun (negociata/negociatat, Moska/Moskës, Shtëpia/Shtëpisë, Shtetet/Shteteve).
// It works on the diacritic-folded form; stems are for comparison, never for display.
const SUFFIXES = [
  'eve', 'ave', 'ive', 'it', 'in', 'ut', 'un', 'en', 'es', 'et', 've', 'se', 'te', 'ne', 'at',
  'a', 'e', 'i', 's', 't', 'n', 'u',
].sort((a, b) => b.length - a.length)
const SUFFIX_SET = new Set(SUFFIXES)

const MIN_STEM = 3
const cache = new Map<string, string>()

export function stem(word: string): string {
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  const result = computeStem(word)
  if (cache.size > 200_000) cache.clear()
  cache.set(word, result)
  return result
}

function computeStem(word: string): string {
  if (/^\p{Nd}/u.test(word)) return canonicalNumber(word)
  // Abbreviations (SHBA, NATO-s) are not stemmed past their hyphen.
  const head = word.split('-')[0]
  if (head.length >= 2 && /^[\p{Lu}\p{Nd}]+$/u.test(head)) return foldWord(head)
  let w = foldWord(word)
  // SHBA-së, BE-në, NATO-s: an inflected abbreviation is the abbreviation.
  const hyphen = w.lastIndexOf('-')
  if (hyphen > 0 && w.length - hyphen - 1 <= 3) w = w.slice(0, hyphen)
  // Elided clitics (t'i, n'Tirane) compare by the word they lean on.
  const apostrophe = w.indexOf("'")
  if (apostrophe > 0 && apostrophe <= 2 && w.length - apostrophe > 3) w = w.slice(apostrophe + 1)
  // The numeral three, masculine and feminine ("tre herë", "tri herë").
  if (w === 'tri') return 'tre'
  if (w.length <= MIN_STEM) return w
  const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM)
  return suffix ? w.slice(0, w.length - suffix.length) : w
}

// Person endings of the present, the subjunctive and the past (inkurajon/inkurajojmë,
// mbështet/mbështetin, funksionoi/funksionuan):
// accepted only after a long shared stem, where they cannot join two different words.
// The participle's -r too ("është konsultuar" / "u konsultua").
const VERB_ENDINGS = new Set(['j', 'n', 'jme', 'jne', 'me', 'ni', 'je', 'sh', 'in', 'im', 'ime', 'oi', 'uan', 'on', 'ojne', 'r'])
const MIN_VERB_STEM = 5

// The plural's ablative ("brenda 30 ditësh" / "ditëve"), only where two words are compared.
const ABLATIVE_PLURAL = 'sh'

function validEnding(rest: string, verb = false): boolean {
  if (rest === '' || rest === ABLATIVE_PLURAL || SUFFIX_SET.has(rest) || (verb && VERB_ENDINGS.has(rest))) return true
  for (let i = 1; i < rest.length; i++) if (SUFFIX_SET.has(rest.slice(0, i)) && SUFFIX_SET.has(rest.slice(i))) return true
  return false
}

const dropFinalE = (w: string) => w.replace(/(?<=[^aeiouy])e(?=[rl]$)/u, '')

const J_VERB_ENDINGS = new Set(['j', 'n', 'jme', 'ni', 'jne', 'je'])
const jVerbEnding = (rest: string) => J_VERB_ENDINGS.has(rest)

/** Folded base used by sameStem: hyphen and elision handled like stem(). */
function base(word: string): string {
  let w = foldWord(word)
  const hyphen = w.lastIndexOf('-')
  if (hyphen > 0 && w.length - hyphen - 1 <= 3) w = w.slice(0, hyphen)
  return w
}

/**
 * Two words that differ only in their inflectional ending (Putin/Putinit, Lindja/Lindjes).
 * More tolerant than comparing stem() results, which a single suffix strip can split.
 */
export function sameStem(a: string, b: string): boolean {
  if (/^\p{Nd}/u.test(a) || /^\p{Nd}/u.test(b)) return canonicalNumber(a) === canonicalNumber(b)
  const x = base(a)
  const y = base(b)
  if (x === y) return true
  if (stem(a) === stem(b) && stem(a).length >= MIN_STEM) return true
  let p = 0
  while (p < x.length && p < y.length && x[p] === y[p]) p++
  if (p < MIN_STEM) return false
  const verb = p >= MIN_VERB_STEM
  if (validEnding(x.slice(p), verb) && validEnding(y.slice(p), verb)) return true
  // "humbasim"/"humbasin": the shared prefix took the endings' first letter.
  if (p - 1 >= MIN_VERB_STEM && VERB_ENDINGS.has(x.slice(p - 1)) && VERB_ENDINGS.has(y.slice(p - 1))) return true
  // "qendër"/"qendrën", "numër"/"numrin": the ë before a last r or l drops as the word inflects.
  const [dx, dy] = [dropFinalE(x), dropFinalE(y)]
  if (dx !== x || dy !== y) return sameStem(dx, dy)
  // Verbs in -oj, -aj, -ej, -yj: "jeton", "jetoj", "jetojnë" share a stem ending in the vowel.
  return p >= MIN_STEM + 1 && /[aeiouy]$/u.test(x.slice(0, p)) && jVerbEnding(x.slice(p)) && jVerbEnding(y.slice(p))
}
