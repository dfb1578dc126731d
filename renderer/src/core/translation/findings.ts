// What a translation pair disagrees on: a number, a name or a date on one side that the other
// does not have, or a negation on one side only. Wording is the translator's; these are facts.
import type { DateMention, Mention, NameMention, NumberMention, SentenceFeatures } from './features'
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

const sameDate = (a: DateMention, b: DateMention) =>
  a.month === b.month &&
  a.weekday === b.weekday &&
  (a.day === undefined || b.day === undefined || a.day === b.day) &&
  (a.year === undefined || b.year === undefined || a.year === b.year)

/** A name the other side carries: the same table entry, or any word a cognate of one of its words. */
function namedIn(name: NameMention, other: readonly SentenceFeatures[]): boolean {
  const parts = name.text.split(/[\s-]+/).filter((w) => /\p{Lu}/u.test(w[0] ?? ''))
  return other.some(
    (unit) =>
      (name.entry !== null && unit.names.some((n) => n.entry === name.entry)) ||
      unit.words.some((w) => parts.some((p) => cognate(p, w.text))),
  )
}

export function findIssues(t: readonly SentenceFeatures[], o: readonly SentenceFeatures[]): TranslationIssue[] {
  const out: TranslationIssue[] = []
  const tNumbers = t.flatMap((u) => u.numbers)
  const oNumbers = o.flatMap((u) => u.numbers)
  out.push(...issues('number', ...unmatched<NumberMention, NumberMention>(tNumbers, oNumbers, (a, b) => a.value === b.value)))
  out.push(...issues('date', ...unmatched(t.flatMap((u) => u.dates), o.flatMap((u) => u.dates), sameDate)))
  const tNames = t.flatMap((u) => u.names).filter((n) => !namedIn(n, o))
  const oNames = o.flatMap((u) => u.names).filter((n) => !namedIn(n, t))
  out.push(...issues('name', tNames, oNames))
  const tNegation = t.find((u) => u.negation)?.negation ?? null
  const oNegation = o.find((u) => u.negation)?.negation ?? null
  if ((tNegation === null) !== (oNegation === null)) out.push({ kind: 'negation', translation: tNegation, original: oNegation })
  return out
}
