import { isCapitalised, isQuoteMark, tokensIn, wordTokens, type Token } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { isLinkingArticle } from '../lang/links'
import { VERB_CUES } from '../speakers/lexicon'
import type { MarkPair } from './pair'

// Names in quotation marks are not quotations: gazeta «Panorama», sheshi „Skanderbeg“,
// operacioni „Rrjeta“, filmi „Dimri i Fundit“, për "Top Channel"; nor is a term set off in them
// (një „reformë“). They are kept out of the quotes.

/** Beginnings of nouns for things that bear a name (gazeta, sheshi, operacioni, filmi …), in any case form. */
const NAMED_THINGS = `gazet revist portal televizion kanal radio emision program intervist film roman libër libr këng album
vepr shfaqj festival shesh rrug bulevard pallat teatër teatr kinema stadium spital pavijon repart shkoll universitet hotel
restorant kompani firm shoqëri shoqat organizat lëvizj parti nism fushat operacion aksion projekt platform aplikacion
faqe markë mark lagj qendr stacion klub skuadr anij strategji sall galeri muze librari dyqan fabrik uzin minier agjenci fondacion
sindikat shoqëri konkurs çmim ekspozit koncert raport studim piktur tablo skulptur poem`.split(/\s+/)

function namesThing(word: string): boolean {
  const w = word.toLowerCase()
  return NAMED_THINGS.some((stem) => w.startsWith(stem) && w.length - stem.length <= 4)
}

const SENTENCE_PUNCT = /[.!?…;:,]/u
/** Words before a term set off in marks: "një", "(të) ashtuquajtur(ën)", "termin", "fjalën". */
const TERM_BEFORE = /^(një|ashtuquajtur\p{L}*|quajtur\p{L}*|termin|terminin|fjalën)$/u
const MAX_WORDS = 7

/**
 * A pair of marks around a name rather than a quotation: a few words with no sentence
 * punctuation, after the noun for a kind of named thing ("në sheshin „Skënderbej“"), or in
 * title case in the middle of a sentence ("për «Gazeta Shqiptare»").
 */
/** "e-Pranimi", "e-Albania": a name after a short lower-case prefix. */
const E_NAME = /^\p{Ll}{1,2}-\p{Lu}/u

/** Whether the text before `at` ends a sentence or a line (or there is none). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd()
  return before === '' || /[.!?…]$/u.test(before) || text.slice(before.length, at).includes('\n')
}

/** Units a product's name may end in after its figure. */
const UNITS = new Set(['mg', 'g', 'kg', 'ml', 'l', 'mcg', 'mm', 'cm', 'km', 'kw', 'mw'])

/** Nouns of a prosecution before the name of an offence: "hetimi", "procedimi", "akuza", "kallëzimi"; and "vepra penale". */
const OFFENCE_NOUN = /^(hetim|procedim|akuz|kallëzim)/u
const WORK = /^(vepër|vepr[aeë])/u

/**
 * "hetimin për „shpërdorim detyre“ dhe „shkelje të rregullave …“", "për veprën "shkelja e …"": the
 * name of an offence, in lower case, after a noun of prosecution (and "për"), or after "dhe" and
 * another such name. `k` is the last token before the opening mark.
 */
function namesOffence(before: readonly Token[], k: number): boolean {
  let i = k
  // "… „shpërdorim detyre“ dhe „…“": past the name before, to what comes before it.
  if (before[i]?.norm === 'dhe' && isQuoteMark(before[i - 1])) {
    i -= 2
    while (i >= 0 && !isQuoteMark(before[i])) i--
    i--
  }
  // "vepra" is also a work of art: an offence only as "vepra penale" or "për veprën".
  const penal = before[i]?.norm === 'penale'
  if (penal) i--
  if (before[i]?.norm === 'për') i--
  const work = WORK.test(before[i]?.norm ?? '') && (penal || before[i - 1]?.norm === 'për')
  return i >= 0 && (OFFENCE_NOUN.test(before[i].norm) || work)
}

export function isQuotedName(text: string, pair: MarkPair): boolean {
  const inner = text.slice(pair.open.end, pair.close.start).trim()
  // Initials, figures and a short abbreviation before a name ("Dr. Ilia Kotori") end no sentence.
  if (inner.length === 0 || SENTENCE_PUNCT.test(inner.replace(/\b\p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})|\b\p{Lu}\.|\d[.,]\d/gu, ''))) return false
  const words = wordTokens(inner)
  const content = words.filter((w) => !isStopword(w.text) && !isLinkingArticle(w.text))
  // "„Lisi 2“", "„Gurra 1“": a number may close a name.
  const named = (w: (typeof words)[number]) => isCapitalised(w.text) || /^\p{Lu}{2,}/u.test(w.text) || E_NAME.test(w.text)
  // "„Tensilor 50 mg“": and a unit after it.
  const unit = (k: number) => UNITS.has(content[k].norm) && content[k - 1]?.kind === 'number'
  const titleCase = words.length <= MAX_WORDS && content.length > 0 && named(content[0]) && content.every((w, k) => named(w) || w.kind === 'number' || unit(k))
  // "Tetovë: «Vala e Sharrit» ndërpret emisionin": a name the sentence goes on from, with no cue.
  const after = tokensIn(text, pair.close.end, Math.min(text.length, pair.close.end + 40))
  const next = after[0]
  if (titleCase && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !VERB_CUES.has(next.norm) && !text.slice(pair.close.end, next.start).includes('\n')) return true
  // "„Shqiponja Air“, në njoftimin …, shkruan se": a name that opens its sentence, a comma, and no cue after it.
  const cueAfter = after.slice(1, 3).some((t) => VERB_CUES.has(t.norm))
  if (titleCase && words.length >= 2 && after[0]?.text === ',' && after[1]?.kind === 'word' && /^\p{Ll}/u.test(after[1].text) && !cueAfter && opensSentence(text, pair.open.start)) return true
  // What comes before, in the same sentence.
  const from = Math.max(0, pair.open.start - 120)
  const before = tokensIn(text, from, pair.open.start)
  let k = before.length - 1
  // "grupin më të madh të tifozëve të klubit, «Kalorësit e Bregut».": a name in title case in apposition.
  if (titleCase && before[k]?.text === ',' && !text.slice(before[k].end, pair.open.start).includes('\n')) k--
  const last = before[k]
  if (!last || last.kind === 'punct' || text.slice(last.end, pair.open.start).includes('\n')) return false
  // "një „reformë“", "të ashtuquajturën „reformë“": one word in marks as a term, not words quoted.
  if (words.length === 1 && /^\p{Ll}/u.test(inner) && TERM_BEFORE.test(last.norm)) return true
  if (words.length <= MAX_WORDS + 2 && /^\p{Ll}/u.test(inner) && namesOffence(before, k)) return true
  if (words.length === 0 || words.length > MAX_WORDS || !(/^[\p{Lu}\p{Nd}]/u.test(inner) || E_NAME.test(inner))) return false
  // "tha “Po”", "tha se “Europa …”": a quotation after its cue.
  if (VERB_CUES.has(last.norm) || last.norm === 'se' || last.norm === 'që') return false
  for (let seen = 0; k >= 0 && seen <= 6 && before[k].kind !== 'punct'; k--, seen++) if (namesThing(before[k].text)) return true
  return titleCase
}
