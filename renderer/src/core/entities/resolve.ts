import { isCapitalised, tokenize } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { sameStem, stem } from '../lang/stem'
import { AFFILIATIONS, DEFAULT_ENTITIES, type Entity, type EntityKind } from './known'
import { toNominative } from './nominative'

// Titles and roles in front of a name: "presidenti Vladimir Putin" is Putin.
const TITLES = new Set([
  'presidenti', 'presidentja', 'kryeministri', 'kryeministrja', 'ministri', 'ministrja', 'zëvendësministri',
  'zëdhënësi', 'zëdhënësja', 'sekretari', 'sekretarja', 'kancelari', 'kancelarja', 'drejtori', 'drejtoresha',
  'kryetari', 'kryetarja', 'deputeti', 'deputetja', 'ambasadori', 'ambasadorja', 'guvernatori', 'guvernatorja',
  'lideri', 'liderja', 'kreu', 'shefi', 'shefja', 'trajneri', 'kapiteni', 'mjeku', 'mjekja', 'profesori',
  'zoti', 'zonja', 'z.', 'znj.', 'dr.', 'ish-presidenti', 'ish-kryeministri', 'ish-ministri', 'kryediplomati',
])

const LINKS = new Set(['e', 'i', 'të', 'së', 'te', 'se'])

type Key = string[]

const cache = new Map<string, Entity>()

function keyOf(phrase: string): Key {
  return tokenize(phrase)
    .filter((t) => t.kind !== 'punct' && !LINKS.has(t.norm))
    .map((t) => t.text)
}

function keyMatch(alias: Key, surface: Key, at: number): boolean {
  for (let i = 0; i < alias.length; i++) if (!sameStem(alias[i], surface[at + i])) return false
  return true
}

function containsKey(surface: Key, alias: Key): boolean {
  if (alias.length === 0 || alias.length > surface.length) return false
  for (let at = 0; at + alias.length <= surface.length; at++) if (keyMatch(alias, surface, at)) return true
  return false
}

function stripTitles(words: Key): Key {
  let i = 0
  while (i < words.length - 1 && TITLES.has(words[i].toLowerCase())) i++
  return words.slice(i)
}

interface Hit {
  entity: Entity
  length: number
  exact: boolean
}

function bestKnown(words: Key, known: readonly Entity[]): Hit | null {
  let best: Hit | null = null
  for (const entity of known) {
    for (const form of [entity.name, ...entity.aliases]) {
      const key = keyOf(form)
      if (!containsKey(words, key)) continue
      const hit = { entity, length: key.length, exact: key.length === words.length }
      if (!best || hit.exact > best.exact || (hit.exact === best.exact && hit.length > best.length)) best = hit
    }
  }
  return best
}

function guessKind(words: Key): EntityKind {
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => /^(media|gazet|agjenci|televizion|portal|radio|rtsh|reuters|ap|afp|bbc|cnn)/.test(w))) return 'media'
  if (lower.some((w) => /^(qeveri|ministri[ae]?|ministris|kryeministri[ae]|bashki|prefektur|presidenc|parlament|kuvend)/.test(w))) return 'government'
  if (words.length <= 3 && words.every((w) => isCapitalised(w))) return 'person'
  return 'organisation'
}

function adHoc(surface: string, words: Key): Entity {
  // "guvernatori Sejko" is named "Sejko": the title is not part of the name.
  const trimmed = surface.trim()
  const at = words.length > 0 ? trimmed.indexOf(words[0]) : 0
  const core = at > 0 && words.every((w) => isCapitalised(w)) ? trimmed.slice(at) : trimmed
  const name = toNominative(core) || core
  const id = 'x:' + words.map((w) => stem(w)).join('-')
  return { id, name, aliases: [surface.trim()], kind: guessKind(words) }
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


function resolveUncached(trimmed: string, known: readonly Entity[]): Entity {
  const whole = stripTitles(keyOf(trimmed))
  const exact = whole.length > 0 ? bestKnown(whole, known) : null
  if (exact?.exact) return exact.entity
  const parts = trimmed.split(/\s*(?:,|\s+dhe\s+)\s*/u).filter((p) => p.length > 0)
  if (parts.length >= 2) {
    const members = parts.map((p) => resolveEntity(p, known))
    const allNamed = parts.every((p) => keyOf(p).some((w) => isCapitalised(w)))
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
  const words = stripTitles(keyOf(trimmed))
  if (words.length === 0) return adHoc(trimmed, keyOf(trimmed))
  const hit = bestKnown(words, known)
  // A known name inside a longer phrase counts only when the rest is not another name
  // ("zëdhënësi i Kremlinit" is the Kremlin's voice; "Ministria e Jashtme e Rusisë" is not Russia).
  if (hit && (hit.exact || words.filter((w) => isCapitalised(w) && !isStopword(w)).length <= hit.length)) return hit.entity
  return adHoc(trimmed, words)
}

function asEntity(x: Entity | string, known: readonly Entity[]): Entity {
  return typeof x === 'string' ? resolveEntity(x, known) : x
}

function ids(entity: Entity): string[] {
  return entity.members && entity.members.length > 0 ? entity.members : [entity.id]
}

/** The same entity, whatever the inflection or alias ("Moska" and "Moskës"). */
export function sameEntity(a: Entity | string, b: Entity | string, known: readonly Entity[] = DEFAULT_ENTITIES): boolean {
  const x = asEntity(a, known)
  const y = asEntity(b, known)
  if (x.id === y.id) return true
  const xs = ids(x)
  const ys = ids(y)
  return xs.length === ys.length && xs.every((id) => ys.includes(id))
}

/**
 * The same entity, an affiliated one (Trump ↔ Shtëpia e Bardhë), or, for a compound speaker,
 * any member that is.
 */
export function affiliated(a: Entity | string, b: Entity | string, known: readonly Entity[] = DEFAULT_ENTITIES): boolean {
  const x = asEntity(a, known)
  const y = asEntity(b, known)
  if (sameEntity(x, y, known)) return true
  for (const i of ids(x)) {
    for (const j of ids(y)) {
      if (i === j) return true
      if (AFFILIATIONS.some((group) => group.includes(i) && group.includes(j))) return true
    }
  }
  return false
}

export function canonicalName(surface: string, known: readonly Entity[] = DEFAULT_ENTITIES): string {
  return resolveEntity(surface, known).name
}
