import { isCapitalised, tokenize } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { sameStem, stem } from '../lang/stem'
import { AFFILIATIONS, DEFAULT_ENTITIES, type Entity, type EntityKind } from './known'
import { toNominative } from './nominative'
import { institutionNoun, isMinisterTitle, nationality, personTitle, titleDefaults } from './titles'

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

const keys = new Map<string, Key>()

function keyOf(phrase: string): Key {
  let key = keys.get(phrase)
  if (key === undefined) {
    key = tokenize(phrase)
      .filter((t) => t.kind !== 'punct' && !LINKS.has(t.norm))
      .map((t) => t.text)
    if (keys.size > 20_000) keys.clear()
    keys.set(phrase, key)
  }
  return key
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
  while (i < words.length - 1 && (TITLES.has(words[i].toLowerCase()) || personTitle(words[i]) !== null)) i++
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

export interface Titled {
  /** The title phrase in the nominative ("Ministres së Shëndetësisë" → "Ministrja e Shëndetësisë"). */
  title: string
  /** Canonical names of the institutions the title speaks for. */
  orgs: string[]
  /** The personal name that follows the title, if any ("Taulant Balla"). */
  name: string | null
}

const isLink = (w: string) => LINKS.has(w.toLowerCase())
const PARTICLES = new Set(['de', 'von', 'van', 'der', 'al', 'bin', 'el', 'di', 'dhe'])

/** "e Jashtme" for a ministry where the minister is "i Jashtëm". */
function feminineAdjective(word: string): string {
  return word.replace(/ëm$/u, 'me').replace(/shëm$/u, 'shme')
}

/**
 * A title and what it is the title of: "ministri i Brendshëm Taulant Balla" is Taulant Balla,
 * who speaks for "Ministria e Brendshme"; "zëdhënësi i Kremlinit" speaks for the Kremlin;
 * "ambasadori amerikan" for the United States; "Kryeministri" alone for the government.
 */
export function parseTitled(surface: string, known: readonly Entity[] = DEFAULT_ENTITIES): Titled | null {
  const text = surface.trim()
  const tokens = tokenize(text).filter((t) => t.kind !== 'punct' || t.text === ',')
  if (tokens.length === 0 || tokens[0].kind === 'punct') return null
  const title = personTitle(tokens[0].text)
  if (!title) return null
  const orgs: string[] = []
  let j = 1
  let complement: [number, number] | null = null
  const country = tokens[j] && !isCapitalised(tokens[j].text) ? nationality(tokens[j].text) : null
  if (country) {
    orgs.push(country)
    j++
  }
  const word = (k: number) => tokens[k] !== undefined && tokens[k].kind !== 'punct'
  if (word(j) && isLink(tokens[j].text) && word(j + 1)) {
    const from = j + 1
    j += 2
    for (;;) {
      if (word(j) && (isLink(tokens[j].text) || (tokens[j].norm === 'dhe' && isCapitalised(tokens[j + 1]?.text ?? ''))) && word(j + 1)) j += 2
      else if (word(j) && !isCapitalised(tokens[j].text) && !isStopword(tokens[j].text) && !isLink(tokens[j].text)) j++
      else break
    }
    complement = [from, j]
  }
  if (word(j) && tokens[j].norm === 'për' && word(j + 1)) j += 2
  const titleEnd = j
  if (tokens[j]?.text === ',') j++
  const rest = tokens.slice(j)
  const nameWord = (t: (typeof tokens)[number]) => t.kind !== 'punct' && (isCapitalised(t.text) || /^\p{Lu}{2,}/u.test(t.text) || PARTICLES.has(t.norm))
  const name = rest.length > 0 && rest.every(nameWord) && isCapitalised(rest[0].text) ? text.slice(rest[0].start).trim() : null
  if (rest.length > 0 && name === null) return null
  // The title phrase in the nominative: the title word, then its linking article.
  const head = tokens[0].text
  const nominativeTitle = isCapitalised(head) ? title[0].toUpperCase() + title.slice(1) : title
  const parts: string[] = [nominativeTitle]
  for (let k = 1; k < titleEnd; k++) {
    let w = tokens[k].text
    if (k === 1 && isLink(w)) w = /(ja|a)$/u.test(title) ? 'e' : 'i'
    parts.push(w)
  }
  if (complement) {
    const [from, to] = complement
    if (isMinisterTitle(title)) {
      // "i Jashtëm i Rusisë": the ministry is "e Jashtme", the country Russia.
      let cut = to
      for (let k = from + 1; k < to; k++) {
        if (!isLink(tokens[k].text)) continue
        const tail = keyOf(text.slice(tokens[k + 1].start, tokens[to - 1].end))
        const hit = bestKnown(tail, known)
        if (hit?.exact) {
          orgs.push(hit.entity.name)
          cut = k
          break
        }
      }
      const words = tokens.slice(from, cut).map((t) => (isLink(t.text) ? t.text : feminineAdjective(t.text)))
      orgs.unshift('Ministria e ' + words.join(' '))
    } else {
      // Start at the first name in the complement: "i përgjithshëm i Policisë" is the Police's.
      const first = tokens.slice(from, to).findIndex((t) => isCapitalised(t.text) || /^\p{Lu}{2,}/u.test(t.text))
      const at = first >= 0 ? from + first : from
      const genitive = text.slice(tokens[at].start, tokens[to - 1].end)
      orgs.push(resolveEntity(genitive, known).name)
    }
  } else if (!country) orgs.push(...titleDefaults(title))
  return { title: parts.join(' '), orgs: [...new Set(orgs)], name }
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
  const words = stripTitles(keyOf(trimmed))
  const hit = words.length > 0 && words.length < keyOf(trimmed).length ? bestKnown(words, known) : null
  if (hit?.exact && !isMinisterTitle(personTitle(keyOf(trimmed)[0]) ?? '')) return withAffiliations(hit.entity, titled.orgs)
  const key = keyOf(titled.title)
  return { id: 'x:' + key.map((w) => stem(w)).join('-'), name: titled.title, aliases: [trimmed], kind: 'person', affiliations: titled.orgs }
}

/** "agjencia Reuters", "gazeta shtetërore ruse TASS": the institution is the name that follows. */
function namedInstitution(trimmed: string): string | null {
  const tokens = tokenize(trimmed).filter((t) => t.kind !== 'punct')
  if (tokens.length < 2 || isCapitalised(tokens[0].text) || !institutionNoun(tokens[0].text)) return null
  let k = 1
  while (k < tokens.length && !isCapitalised(tokens[k].text) && !LINKS.has(tokens[k].norm) && !isStopword(tokens[k].text)) k++
  if (k >= tokens.length || !tokens.slice(k).every((t) => isCapitalised(t.text))) return null
  return trimmed.slice(tokens[k].start)
}

const MEDIA = new Set(['agjencia', 'gazeta', 'televizioni', 'portali', 'radio'])

function resolveUncached(trimmed: string, known: readonly Entity[]): Entity {
  const titled = resolveTitled(trimmed, known)
  if (titled) return titled
  const whole = stripTitles(keyOf(trimmed))
  const exact = whole.length > 0 ? bestKnown(whole, known) : null
  if (exact?.exact) return exact.entity
  const named = namedInstitution(trimmed)
  if (named) {
    const entity = resolveEntity(named, known)
    const noun = institutionNoun(keyOf(trimmed)[0] ?? '')
    return entity.id.startsWith('x:') && noun ? { ...entity, kind: MEDIA.has(noun) ? 'media' : 'organisation' } : entity
  }
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
  if (directly(x, y, known)) return true
  // Through the institutions either speaks for: the minister and the ministry.
  const xs = [x, ...(x.affiliations ?? []).map((o) => resolveEntity(o, known))]
  const ys = [y, ...(y.affiliations ?? []).map((o) => resolveEntity(o, known))]
  for (const p of xs) for (const q of ys) if (((p !== x || q !== y) && directly(p, q, known)) || sameInstitution(p, q, known)) return true
  return sameSurname(x, y)
}

function directly(x: Entity, y: Entity, known: readonly Entity[]): boolean {
  if (sameEntity(x, y, known)) return true
  for (const i of ids(x)) {
    for (const j of ids(y)) {
      if (i === j) return true
      if (AFFILIATIONS.some((group) => group.includes(i) && group.includes(j))) return true
    }
  }
  return false
}

const byId = new Map(DEFAULT_ENTITIES.map((e) => [e.id, e]))

/** Names an entity goes by, with those of the known entities in its group. */
function groupNames(e: Entity): string[] {
  const out = [e.name]
  for (const group of AFFILIATIONS) if (group.includes(e.id)) for (const id of group) out.push(byId.get(id)?.name ?? '', ...(byId.get(id)?.aliases ?? []))
  return out.filter((n) => n.length > 0)
}

/**
 * A bare institution ("Qeveria", "Policia", "Bashkia") and a named one with the same head
 * ("Qeveria shqiptare", "Policia e Shtetit", "Bashkia e Tiranës"): the article did not say whose.
 */
function sameInstitution(p: Entity, q: Entity, known: readonly Entity[]): boolean {
  const bare = (e: Entity) => {
    const words = keyOf(e.name)
    return words.length === 1 ? institutionNoun(words[0]) : null
  }
  const heads = (e: Entity) => groupNames(e).map((n) => keyOf(n)[0]).filter((w): w is string => w !== undefined).map((w) => institutionNoun(w))
  const bp = bare(p)
  const bq = bare(q)
  if (bp && heads(q).includes(bp)) return true
  if (bq && heads(p).includes(bq)) return true
  void known
  return false
}

/** "Broja" and "Armando Broja": a surname alone names the person named in full. */
function sameSurname(x: Entity, y: Entity): boolean {
  if (x.kind !== 'person' || y.kind !== 'person' || x.members || y.members) return false
  const a = keyOf(x.name)
  const b = keyOf(y.name)
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length === 1 && long.length >= 2 && long.length <= 4 && long.every((w) => isCapitalised(w)) && isCapitalised(short[0]) && sameStem(short[0], long[long.length - 1])
}

export function canonicalName(surface: string, known: readonly Entity[] = DEFAULT_ENTITIES): string {
  return resolveEntity(surface, known).name
}
