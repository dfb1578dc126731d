// What a translation pair disagrees on: a number, a name or a date on one side that the other
// does not have, or a negation on one side only. Wording is the translator's; these are facts.
import type { DateMention, Mention, NameMention, NumberMention, SentenceFeatures } from './features'
import { fold } from './languages'
import { cognate } from './names'

export type IssueKind = 'number' | 'name' | 'date' | 'negation'

export interface TranslationIssue {
  kind: IssueKind
  /** What the translation says (null: it says nothing in its place). */
  translation: Mention | null
  /** What the original says. */
  original: Mention | null
}

/** Mentions of each side without a counterpart on the other, by the test `same`. */
function unmatched<A, B>(as: readonly A[], bs: readonly B[], same: (a: A, b: B) => boolean): [A[], B[]] {
  const left = [...bs]
  const lone: A[] = []
  for (const a of as) {
    const k = left.findIndex((b) => same(a, b))
    if (k >= 0) left.splice(k, 1)
    else lone.push(a)
  }
  return [lone, left]
}

function issues(kind: IssueKind, t: readonly Mention[], o: readonly Mention[]): TranslationIssue[] {
  const out: TranslationIssue[] = []
  for (let k = 0; k < Math.max(t.length, o.length); k++) out.push({ kind, translation: t[k] ?? null, original: o[k] ?? null })
  return out
}

/** Two or three capitalised words and nothing else: shaped like a person's name. */
const personShaped = (words: string[]) => words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))

/**
 * "Klodian Mema" against "Klodian Meta", "KS Tomori Volley" against "KS Teuta Volley": the same
 * name but for one capitalised word is another person or body.
 */
function otherSurname(name: NameMention, other: readonly SentenceFeatures[]): boolean {
  const words = name.text.split(/\s+/)
  if (words.length < 2) return false
  const same = (a: string, b: string) => fold(a) === fold(b) || cognate(a, b)
  return other.some((unit) =>
    unit.names.some((n) => {
      const theirs = n.text.split(/\s+/)
      if (theirs.length !== words.length) return false
      const differ = words.map((w, k) => !same(w, theirs[k]))
      const at = differ.indexOf(true)
      const oneWord = at >= 0 && differ.lastIndexOf(true) === at && /^\p{Lu}/u.test(words[at]) && /^\p{Lu}/u.test(theirs[at])
      // A person's name keeps its first name; a body's may differ in any one word.
      return oneWord && (personShaped(words) && personShaped(theirs) ? at === words.length - 1 : true)
    }),
  )
}

/** A name the other side carries: the same table entry, or any word a cognate of one of its words. */
function namedIn(name: NameMention, other: readonly SentenceFeatures[]): boolean {
  if (otherSurname(name, other)) return false
  // Whole words as well as their hyphenated parts: a code such as "AF-2231" is one word on both sides.
  // A table name's translated kind ("Banka", "Bank") says nothing of which body it is.
  const words = name.proper ?? name.text.split(/\s+/)
  const parts = [...new Set([...words, ...words.flatMap((w) => w.split('-'))])].filter((w) => /\p{Lu}/u.test(w[0] ?? ''))
  return other.some(
    (unit) =>
      (name.entry !== null && unit.names.some((n) => n.entry === name.entry)) ||
      unit.words.some((w) => parts.some((p) => cognate(p, w.text))),
  )
}

interface Value {
  value: string
  /** The number, or the date whose day, year or month this is. */
  number: NumberMention | null
  date: DateMention | null
}

/**
 * Numbers and dates are compared as one pool of values, so that "from March 5 to 18, 2025" and
 * "nga 5 deri më 18 mars 2025" agree although they group the days differently. A value that is
 * missing is a changed number, or a changed date when it belongs to one.
 */
function values(units: readonly SentenceFeatures[]): Value[] {
  const out: Value[] = []
  for (const u of units) {
    for (const n of u.numbers) out.push({ value: n.value, number: n, date: null })
    for (const d of u.dates) {
      if (d.day !== undefined) out.push({ value: String(d.day), number: null, date: d })
      if (d.year !== undefined) out.push({ value: String(d.year), number: null, date: d })
      out.push({ value: d.month !== undefined ? `month ${d.month}` : `weekday ${d.weekday}`, number: null, date: d })
    }
  }
  return out
}

// Years standing alone on both sides ("by 2035", "në vitin 2033") are a changed date.
const isYear = (n: NumberMention) => n.year === true

function numbersAndDates(t: readonly SentenceFeatures[], o: readonly SentenceFeatures[]): TranslationIssue[] {
  const [tLone, oLone] = unmatched(values(t), values(o), (a, b) => a.value === b.value)
  const numbers = (lone: Value[]) => lone.filter((v) => v.number).map((v) => v.number!)
  const dates = (lone: Value[]) => [...new Set(lone.filter((v) => v.date).map((v) => v.date!))]
  // "të dy" against no number at all on the other side ("their") counts nothing: no figure changed.
  const counted = (mine: NumberMention[], other: NumberMention[]) => (other.length === 0 ? mine.filter((n) => !n.collective) : mine)
  const [tn, on] = [counted(numbers(tLone), numbers(oLone)), counted(numbers(oLone), numbers(tLone))]
  if (tn.length > 0 && on.length > 0 && [...tn, ...on].every(isYear)) return issues('date', [...tn, ...dates(tLone)], [...on, ...dates(oLone)])
  return [...issues('number', tn, on), ...issues('date', dates(tLone), dates(oLone))]
}

/** An abbreviation and its counterpart in the other language, as the two texts define them ("ZRrE", "ERO"). */
export type AbbreviationPair = readonly [translation: string, original: string]

/** "ZRrE-së" is "ZRrE": an abbreviation with its case ending. */
const bare = (word: string) => word.split('-')[0]

/** A name that is one text's abbreviation for what the other's abbreviation, in the other sentence, names. */
function abbreviatedIn(name: NameMention, other: readonly SentenceFeatures[], counterparts: ReadonlyMap<string, string>): boolean {
  const counterpart = counterparts.get(bare(name.text))
  return counterpart !== undefined && other.some((unit) => unit.words.some((w) => bare(w.text) === counterpart))
}

export function findIssues(t: readonly SentenceFeatures[], o: readonly SentenceFeatures[], abbreviations: readonly AbbreviationPair[] = []): TranslationIssue[] {
  const out: TranslationIssue[] = []
  out.push(...numbersAndDates(t, o))
  // A name is reported only where another stands in its place: a name on one side alone is most
  // often a pronoun or a title on the other ("the Commission" / "Komisioni"), not an error.
  const toOriginal = new Map(abbreviations)
  const toTranslation = new Map(abbreviations.map(([a, b]) => [b, a]))
  let tNames = t.flatMap((u) => u.names).filter((n) => !namedIn(n, o) && !abbreviatedIn(n, o, toOriginal))
  let oNames = o.flatMap((u) => u.names).filter((n) => !namedIn(n, t) && !abbreviatedIn(n, t, toTranslation))
  // "Instituti i Gjeoshkencave" / "Institute of Geosciences": a body's name translated on both sides, not a name changed.
  if (tNames.some((n) => n.inBody) && oNames.some((n) => n.inBody)) {
    tNames = tNames.filter((n) => !n.inBody)
    oNames = oNames.filter((n) => !n.inBody)
  }
  const swapped = Math.min(tNames.length, oNames.length)
  out.push(...issues('name', tNames.slice(0, swapped), oNames.slice(0, swapped)))
  const tNegation = t.find((u) => u.negation)?.negation ?? null
  const oNegation = o.find((u) => u.negation)?.negation ?? null
  if ((tNegation === null) !== (oNegation === null)) out.push({ kind: 'negation', translation: tNegation, original: oNegation })
  return out
}
