import { isCapitalised } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { sameStem } from '../lang/stem'
import { containsKey, isAcronym, isPrefixKey, isProperName, sameKey, type NameKey } from '../entities/names'
import { institutionNoun } from '../entities/titles'
import { headNoun, type BookEntity } from './bookEntity'

// How a name finds its entity among those the book knows: the same words, an abbreviation, a
// surname, the short and full names of a body; and when two bodies' names say they may be one.

/** Albanian initials: a digraph counts as one letter (Shoqata → SH, Gjykata → GJ). */
export function initials(key: NameKey): string {
  return key
    .filter((w) => isCapitalised(w))
    .map((w) => (/^(sh|gj|dh|xh|zh|th|nj|ll|rr)/iu.test(w) ? w.slice(0, 2) : w[0]).toUpperCase())
    .join('')
}

/** A body's first word past the abbreviation of its kind: "Liria" in "KF Liria Vlorë". */
export const firstWord = (key: NameKey): string => (key.length >= 2 && isAcronym(key[0]) ? key[1] : key[0])

/**
 * The entity a name means among `entities`. `taught`: they are what the texts taught, whose
 * abbreviations may stand for a full name met later; the data's do not ("Bashkia e Shkodrës" is
 * not the BSH, the Banka e Shqipërisë).
 */
export function matchKey(key: NameKey, entities: readonly BookEntity[], expand: (k: NameKey) => NameKey = (k) => k, taught = true): BookEntity | null {
  const wide = expand(key)
  const exact = entities.filter((e) => e.keys.some((k) => sameKey(k, key) || sameKey(expand(k), wide)))
  if (exact.length >= 1) return exact[0]
  if (key.length === 1 && isAcronym(key[0])) {
    const bare = key[0].replace(/-.*$/u, '')
    const named = entities.filter((e) => e.acronyms.includes(bare))
    if (named.length >= 1) return named[0]
    const byInitials = entities.filter((e) => !e.members && e.kind !== 'person' && e.keys.some((k) => k.length >= 2 && initials(k) === bare))
    if (byInitials.length === 1) return byInitials[0]
    return null
  }
  if (key.length === 1 && isCapitalised(key[0])) {
    // A surname names the one person whose full name ends in it.
    const people = entities.filter((e) => e.kind === 'person' && !e.members && e.keys.some((k) => k.length >= 2 && k.length <= 4 && isProperName(k) && sameStem(k[k.length - 1], key[0])))
    if (people.length === 1) return people[0]
    if (people.length > 1) return null
    // "Dhoma": the one body whose name starts with it ("Dhoma e Tregtisë …"), after the
    // abbreviation of its kind if it has one ("KF Liria Vlorë").
    const bodies = entities.filter((e) => e.kind !== 'person' && !e.members && !e.vague && e.keys.some((k) => k.length >= 2 && sameStem(firstWord(k), key[0])))
    if (bodies.length === 1) return bodies[0]
    return null
  }
  // "Petrit Sula" is a person, not the PS: a personal name's initials abbreviate no body.
  const personal = key.length <= 3 && isProperName(key) && !institutionNoun(key[0])
  if (key.length >= 2 && taught && !personal) {
    // A body's full name, met before only as its abbreviation.
    const letters = initials(key)
    const abbreviated = letters.length >= 2 ? entities.filter((e) => !e.members && e.kind !== 'person' && e.acronyms.includes(letters)) : []
    if (abbreviated.length === 1) return abbreviated[0]
  }
  if (key.length >= 2 && key.length <= 4 && isProperName(key) && !institutionNoun(key[0])) {
    // A full name names the one person the texts called by its surname alone ("Klubi i Notit Laçi" is
    // no one's), unless that person has another full name: Drita Berisha is not Sali Berisha.
    const surname = key[key.length - 1]
    const full = (e: BookEntity) => e.keys.filter((k) => k.length >= 2 && isProperName(k))
    const otherName = (e: BookEntity) => full(e).length > 0 && !full(e).some((k) => containsKey(key, k))
    const people = entities.filter((e) => e.kind === 'person' && !e.members && e.keys.some((k) => k.length === 1 && isCapitalised(k[0]) && sameStem(k[0], surname)) && !otherName(e))
    if (people.length === 1) return people[0]
  }
  if (key.length >= 2) {
    // The short and the full name of a body ("Dhoma e Tregtisë", "Prokuroria e Fierit").
    const bodies = entities.filter((e) => e.kind !== 'person' && !e.members && !e.vague && e.keys.some((k) => shortFor(expand(k), wide) || shortFor(wide, expand(k))))
    if (bodies.length === 1) return bodies[0]
  }
  return null
}

/**
 * Two bodies of one kind whose names share another word, or one whose name holds every word of
 * the other's ("Policia e Shtetit" in "… i Policisë së Shtetit"): not known to be different.
 */
export function similarNames(x: BookEntity, y: BookEntity): boolean {
  if (x.id === y.id || x.kind === 'person' || y.kind === 'person' || x.members || y.members) return false
  const words = (e: BookEntity) => e.keys.flat().filter((w) => !isStopword(w))
  const within = (a: string[], b: string[]) => a.length >= 2 && a.every((w) => b.some((v) => sameStem(w, v)))
  if (within(words(x), words(y)) || within(words(y), words(x))) return true
  // "Drejtoria e Policisë …" and "Policia e Shtetit": a body named after the other's kind may be a part of it.
  const kindWithin = (a: BookEntity, b: BookEntity) => {
    const kind = headNoun(a)
    return kind !== null && b.keys.some((k) => k.slice(1).some((w) => institutionNoun(w) === kind))
  }
  if (kindWithin(x, y) || kindWithin(y, x)) return true
  const head = headNoun(x)
  if (!head || head !== headNoun(y)) return false
  const rest = (e: BookEntity) => e.keys.flatMap((k) => k.slice(1)).filter((w) => !isStopword(w))
  const ys = rest(y)
  return rest(x).some((w) => ys.some((v) => sameStem(w, v))) || abbreviates(rest(x), ys) || abbreviates(ys, rest(x))
}

/** "Ministria e Shëndetësisë" of "Ministria e Shëndetësisë dhe Mbrojtjes Sociale": a body by the first part of its coordinated name. */
export function firstPartOf(short: BookEntity, long: BookEntity): boolean {
  if (short.vague || short.kind === 'person' || long.kind === 'person' || long.members || headNoun(short) === null) return false
  return short.keys.some((k) => k.length >= 2 && long.keys.some((l) => l.length > k.length + 1 && l[k.length].toLowerCase() === 'dhe' && sameKey(l.slice(0, k.length), k)))
}

/** "Delegacioni i BKSH-së" and "Delegacioni i Bashkimit Kontinental të Shteteve": an abbreviation of words the other spells out. */
function abbreviates(short: string[], long: string[]): boolean {
  const acronyms = short.filter(isAcronym).map((w) => w.replace(/-.*$/u, ''))
  for (const acronym of acronyms) {
    for (let i = 0; i < long.length; i++) for (let n = 2; n <= 5 && i + n <= long.length; n++) if (initials(long.slice(i, i + n)) === acronym) return true
  }
  return false
}

/**
 * `short` names the same body as `long` in fewer words: the same head, and every other word of
 * it in `long` in order ("Prokuroria e Fierit" of "Prokuroria e Rrethit Gjyqësor Fier").
 */
function shortFor(short: NameKey, long: NameKey): boolean {
  if (short.length < 2 || short.length >= long.length || !sameStem(short[0], long[0])) return false
  if (isPrefixKey(short, long)) return true
  let at = 1
  for (const word of short.slice(1)) {
    while (at < long.length && !sameStem(word, long[at])) at++
    if (at >= long.length) return false
    at++
  }
  return true
}
