import { isCapitalised, tokenize, wordTokens } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { isLinkingArticle } from '../lang/links'
import { stem } from '../lang/stem'
import { normWord } from '../text/normalise'
import { DEFAULT_ENTITIES } from './wellKnown'
import type { Entity, EntityKind } from './types'
import { containsKey, isAcronym, isProperName, nameKey, stripTitles, type NameKey } from './names'
import { toNominative } from './nominative'
import { parseTitled } from './titled'
import { institutionNoun, isMinisterTitle, personTitle } from './titles'

// What a surface form names, without context: used while speakers are detected and when the
// editor types a name. Attribution knows more (what the article and its sources say about who
// is who) and resolves names through its own entity book (attribution/book.ts).

const cache = new Map<string, Entity>()

interface Hit {
  entity: Entity
  length: number
  exact: boolean
}

/** The listed entity whose name or alias occurs in `words`, longest and exact first. */
export function bestKnown(words: NameKey, known: readonly Entity[]): Hit | null {
  let best: Hit | null = null
  const bare = stripTitles(words)
  for (const entity of known) {
    // "Drita Berisha" is not Sali Berisha: a full name is a known person's only if it is theirs.
    if (entity.kind === 'person' && bare.length >= 2 && isProperName(bare) && !otherwiseNamed(entity, bare)) continue
    for (const form of [entity.name, ...entity.aliases]) {
      const key = nameKey(form)
      if (!containsKey(words, key)) continue
      const hit = { entity, length: key.length, exact: key.length === words.length }
      if (!best || hit.exact > best.exact || (hit.exact === best.exact && hit.length > best.length)) best = hit
    }
  }
  return best
}

/** One of the person's full names is among `words` (or the person has no full name). */
function otherwiseNamed(entity: Entity, words: NameKey): boolean {
  const full = [entity.name, ...entity.aliases].map((form) => nameKey(form)).filter((key) => key.length >= 2)
  return full.length === 0 || full.some((key) => containsKey(words, key))
}

export function guessKind(words: NameKey): EntityKind {
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => /^(media|gazet|agjenci|televizion|portal|radio|rtsh|reuters)|^(ap|afp|bbc|cnn)$/.test(w))) return 'media'
  if (lower.some((w) => /^(qeveri|ministri[ae]?|ministris|kryeministri[ae]|bashki|prefektur|presidenc|parlament|kuvend)/.test(w))) return 'government'
  // "KF Liria Vlorë", "SH.A. Albtelecom": a name led by the abbreviation of its kind is a body's.
  if (words.length >= 2 && isAcronym(words[0])) return 'organisation'
  if (words.length > 0 && words.length <= 3 && words.every((w) => isCapitalised(w)) && !institutionNoun(words[0])) return 'person'
  return 'organisation'
}

/** An id made of the name's stems: the same for every case form of the name. */
export function stemId(words: NameKey): string {
  return 'x:' + words.map((w) => stem(w)).join('-')
}

function adHoc(surface: string, words: NameKey): Entity {
  // "guvernatori Sejko" is named "Sejko": the title is not part of the name.
  const trimmed = surface.trim()
  const at = words.length > 0 ? trimmed.indexOf(words[0]) : 0
  const core = at > 0 && words.every((w) => isCapitalised(w)) ? trimmed.slice(at) : trimmed
  const name = toNominative(core) || core
  return { id: stemId(words), name, aliases: [surface.trim()], kind: guessKind(words) }
}

function withAffiliations(entity: Entity, orgs: string[]): Entity {
  const own = entity.affiliations ?? []
  const all = [...new Set([...own, ...orgs])].filter((o) => o !== entity.name)
  return all.length === own.length ? entity : { ...entity, affiliations: all }
}

/**
 * The entity a surface form names. Inflected forms resolve to the same entity
 * (Moskës → Moska); a compound ("Trump dhe Putin") resolves to a compound entity whose
 * members are the parts; anything unknown becomes an ad-hoc entity named in the nominative.
 */
export function resolveEntity(surface: string, known: readonly Entity[] = DEFAULT_ENTITIES): Entity {
  const trimmed = surface.trim()
  const cacheKey = known === DEFAULT_ENTITIES ? trimmed : null
  if (cacheKey !== null) {
    const hit = cache.get(cacheKey)
    if (hit) return hit
  }
  const entity = resolveUncached(trimmed, known)
  if (cacheKey !== null) {
    if (cache.size > 5000) cache.clear()
    cache.set(cacheKey, entity)
  }
  return entity
}

function resolveTitled(trimmed: string, known: readonly Entity[]): Entity | null {
  const titled = parseTitled(trimmed, known)
  if (!titled) return null
  if (titled.name) return withAffiliations(resolveEntity(titled.name, known), titled.orgs)
  // "zëdhënësi i Kremlinit": a title of a known institution speaks for it.
  const words = stripTitles(nameKey(trimmed))
  const hit = words.length > 0 && words.length < nameKey(trimmed).length ? bestKnown(words, known) : null
  if (hit?.exact && !isMinisterTitle(personTitle(nameKey(trimmed)[0]) ?? '')) return withAffiliations(hit.entity, titled.orgs)
  return { id: stemId(nameKey(titled.title)), name: titled.title, aliases: [trimmed], kind: 'person', affiliations: titled.orgs }
}

/** "agjencia Reuters", "gazeta shtetërore ruse TASS": the institution is the name that follows. */
function namedInstitution(trimmed: string): string | null {
  const tokens = wordTokens(trimmed)
  if (tokens.length < 2 || isCapitalised(tokens[0].text) || !institutionNoun(tokens[0].text)) return null
  let k = 1
  while (k < tokens.length && !isCapitalised(tokens[k].text) && !isLinkingArticle(tokens[k].text) && !isStopword(tokens[k].text)) k++
  if (k >= tokens.length || !tokens.slice(k).every((t) => isCapitalised(t.text))) return null
  return trimmed.slice(tokens[k].start)
}

const MEDIA = new Set(['agjencia', 'gazeta', 'televizioni', 'portali', 'radio'])

/** Genitive-looking last word ("Industrisë", "Energjisë", "Mbrojtjes"): part of a complement. */
const GENITIVE_END = /(së|ës|es|it|ut|ve)$/u

/**
 * A title or the noun for a body in its nominative, which opens another entity ("… dhe Ministria e
 * Kulturës"); in the genitive it goes on with the complement ("… e Shëndetësisë dhe Mbrojtjes Sociale").
 */
function opensAnother(word: string): boolean {
  const head = personTitle(word) ?? institutionNoun(word)
  return head !== null && normWord(word) === head
}

/**
 * Where "X dhe Y" is two entities rather than one name: "Trump dhe Putin" are two, but
 * "Ministria e Infrastrukturës dhe Energjisë" is one ministry, its complement coordinated.
 */
export function splitCompound(trimmed: string): string[] {
  // Parts with the word that joined each to the one before: "dhe" or a comma.
  const pieces = trimmed.split(/\s*(,|\s+dhe\s+)\s*/u)
  const parts = pieces.flatMap((p, i) => (i % 2 === 0 && p.length > 0 ? [{ text: p, byDhe: /dhe/u.test(pieces[i - 1] ?? '') }] : []))
  if (parts.length < 2) return parts.map((p) => p.text)
  const out: string[] = [parts[0].text]
  for (const { text: part, byDhe } of parts.slice(1)) {
    const previous = out[out.length - 1]
    const first = nameKey(part)[0] ?? ''
    const words = tokenize(previous)
    const linked = words.some((t) => isLinkingArticle(t.text) && t.text.length <= 2)
    // "Ministria për Evropën dhe Punët e Jashtme": what a body is for, coordinated (a word or a
    // phrase with its article, not a person's two names).
    const phrase = nameKey(part).length === 1 || tokenize(part).some((t) => isLinkingArticle(t.text))
    const remit = byDhe && phrase && words.some((t) => t.norm === 'për')
    const continues = (linked && GENITIVE_END.test(first)) || remit
    if (continues && !opensAnother(first)) out[out.length - 1] = `${previous} dhe ${part}`
    else out.push(part)
  }
  return out
}

function resolveUncached(trimmed: string, known: readonly Entity[]): Entity {
  const titled = resolveTitled(trimmed, known)
  if (titled) return titled
  const whole = stripTitles(nameKey(trimmed))
  const exact = whole.length > 0 ? bestKnown(whole, known) : null
  if (exact?.exact) return exact.entity
  const named = namedInstitution(trimmed)
  if (named) {
    const entity = resolveEntity(named, known)
    const noun = institutionNoun(nameKey(trimmed)[0] ?? '')
    return entity.id.startsWith('x:') && noun ? { ...entity, kind: MEDIA.has(noun) ? 'media' : 'organisation' } : entity
  }
  const parts = splitCompound(trimmed)
  if (parts.length >= 2) {
    const members = parts.map((p) => resolveEntity(p, known))
    const allNamed = parts.every((p) => nameKey(p).some((w) => isCapitalised(w)))
    if (allNamed) {
      return {
        id: members.map((m) => m.id).join('+'),
        name: members.map((m) => m.name).join(' dhe '),
        aliases: [trimmed],
        kind: members.every((m) => m.kind === 'person') ? 'person' : 'organisation',
        members: members.map((m) => m.id),
      }
    }
  }
  const words = stripTitles(nameKey(trimmed))
  if (words.length === 0) return adHoc(trimmed, nameKey(trimmed))
  const hit = bestKnown(words, known)
  // A known name inside a longer phrase counts only when the rest is not another name
  // ("zëdhënësi i Kremlinit" is the Kremlin's voice; "Ministria e Jashtme e Rusisë" is not Russia).
  if (hit && (hit.exact || words.filter((w) => isCapitalised(w) && !isStopword(w)).length <= hit.length)) return hit.entity
  return adHoc(trimmed, words)
}

function ids(entity: Entity): string[] {
  return entity.members && entity.members.length > 0 ? entity.members : [entity.id]
}

/** The same entity, whatever the inflection or alias ("Moska" and "Moskës"). */
export function sameEntity(a: Entity | string, b: Entity | string, known: readonly Entity[] = DEFAULT_ENTITIES): boolean {
  const x = typeof a === 'string' ? resolveEntity(a, known) : a
  const y = typeof b === 'string' ? resolveEntity(b, known) : b
  if (x.id === y.id) return true
  const xs = ids(x)
  const ys = ids(y)
  return xs.length === ys.length && xs.every((id) => ys.includes(id))
}

export function canonicalName(surface: string, known: readonly Entity[] = DEFAULT_ENTITIES): string {
  return resolveEntity(surface, known).name
}
