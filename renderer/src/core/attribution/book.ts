import { isCapitalised, wordTokens } from '../text/tokenize'
import { foldWord } from '../text/normalise'
import { isStopword } from '../lang/stopwords'
import { isLinkingArticle } from '../lang/links'
import { sameStem } from '../lang/stem'
import type { Entity, EntityKind } from '../entities/types'
import { genitiveOf } from '../entities/inflect'
import { isAcronym, isPrefixKey, isProperName, nameKey, sameKey, stripTitles, type NameKey } from '../entities/names'
import { toNominative } from '../entities/nominative'
import { guessKind, splitCompound } from '../entities/resolve'
import { parseTitled } from '../entities/titled'
import { bodyKind, institutionNoun, isGoverningOffice, personTitle } from '../entities/titles'
import { expansion } from '../lang/aliases'
import { NameIndex } from './nameIndex'
import { headNoun, sameKind, type BookEntity, type Evidence, type Relation } from './bookEntity'
import { worksUnder } from '../entities/services'
import { firstPartOf, initials, matchKey, similarNames } from './nameMatch'

// Who is who, for one article: the people and bodies its text and its sources name, what each
// speaks for, and what the editor and the built-in data add. Names resolve across inflection,
// surnames, titles, acronyms and the short and full names of a body. The nearer the knowledge,
// the more it counts: the texts and the editor first, the built-in data last.

interface Edge {
  to: string
  evidence: Evidence
}

const MEDIA_NOUNS = new Set(['agjencia', 'gazeta', 'televizioni', 'portali', 'radio', 'mediat'])
/** Sub-units that speak for the body they belong to ("Zyra e Shtypit e Ministrisë …"). */
const UNIT_NOUNS = new Set(['zyra', 'kabineti', 'sekretariati', 'drejtoria', 'sektori', 'njësia', 'dega', 'grupi', 'shërbimi'])
/** A noun and an adjective made from it ("Doganave", "Doganore"): long words that open alike, not one word in two cases (a town's name). */
const ROOT = 5
const sameRoot = (a: string, b: string): boolean => a.length > ROOT && b.length > ROOT && a.slice(0, ROOT).toLowerCase() === b.slice(0, ROOT).toLowerCase() && !sameStem(a, b)

/** Bodies that are part of a government, so neither can be known to be its opponent. */
const GOVERNMENT_PARTS = new Set(['ministria', 'kryeministria', 'agjencia', 'drejtoria', 'inspektorati'])
const GOVERNMENT = new Set(['qeveria', 'kryeministria', 'këshilli'])

/**
 * An office whose work is to speak or act for its body: "Zyra e Shtypit", "Zyra e Komunikimit",
 * "Zyra e Medias", and the governing offices.
 */
const speaksForItsBody = (e: BookEntity) => {
  const head = headNoun(e)
  return (head !== null && isGoverningOffice(head)) || (head === 'zyra' && e.keys.some((k) => k.some((w) => /^(shtyp|komunikim|media|informim|marredhenie)/u.test(foldWord(w)))))
}

export class EntityBook {
  private readonly entities = new Map<string, BookEntity>()
  private readonly merged = new Map<string, string>()
  private readonly speaksFor = new Map<string, Edge[]>()
  private readonly unrelated = new Map<string, Edge[]>()
  private readonly cache = new Map<string, string>()
  private next = 1
  /**
   * Once the texts are read the book is frozen: what a quote's speaker adds (a name met nowhere
   * else) lives only until the next quote, so no quote's answer depends on the ones before it.
   */
  private frozen = false
  private readonly temporary = new Set<string>()
  private readonly temporaryCache = new Map<string, string>()
  private readonly temporaryEdges: Array<[string, Edge]> = []
  /** Entities that are not from the data, in the order learned. */
  private readonly learned: BookEntity[] = []
  /** The article's capitalised words, outside the sources it embeds: who it names. */
  private articleNames: readonly string[] = []
  /** Kinds of body the article speaks of in the plural ("dy partitë"): a bare "partisë" is none of them in particular. */
  private severalOf: ReadonlySet<string> = new Set()
  private readonly namedCache = new Map<string, boolean>()
  private readonly dataIds = new Map<string, string>()
  /** Where learned names are looked up, and the data's. */
  private readonly index = new NameIndex<BookEntity>(initials)
  private readonly dataIndex: NameIndex<BookEntity>
  /** Bodies by the kind the texts say they are ("kompania ‹Calzature Adriatica›"). */
  private readonly byInstitution = new Map<string, Set<BookEntity>>()
  /** People named with a title, and compounds by their members. */
  private readonly titled = new Set<BookEntity>()
  private readonly compounds = new Map<string, string>()
  private readonly groupCache = new Map<string, string[]>()
  /**
   * Relations already worked out, valid while the book stays as it was: every quote asks how its
   * speaker relates to each source's voices, and most quotes add nothing to the book.
   */
  private readonly relations = new Map<string, Relation>()
  private changes = 0
  private relationsAt = 0

  constructor(
    private readonly wellKnown: readonly Entity[] = [],
    private readonly groups: readonly (readonly string[])[] = [],
  ) {
    this.dataIndex = dataIndexOf(wellKnown)
  }

  get(id: string): BookEntity {
    return this.entities.get(this.root(id)) as BookEntity
  }

  private root(id: string): string {
    let r = id
    while (this.merged.has(r)) r = this.merged.get(r) as string
    return r
  }

  private create(name: string, kind: EntityKind, origin: Evidence, extra: Partial<BookEntity> = {}): BookEntity {
    const entity: BookEntity = { id: `e${this.next++}`, name, kind, keys: [nameKey(name)], acronyms: [], vague: false, origin, ...extra }
    this.changes++
    this.entities.set(entity.id, entity)
    if (this.frozen && origin !== 'data') this.temporary.add(entity.id)
    else if (origin !== 'data') {
      this.learned.push(entity)
      this.index.add(entity)
    }
    if (entity.title !== undefined) this.titled.add(entity)
    return entity
  }

  /** Stops learning: later names are resolved against what the texts taught, each on its own. */
  freeze(): void {
    this.frozen = true
  }

  /** Forgets what the previous quote's speaker added. */
  beginQuery(): void {
    if (this.temporaryEdges.length > 0 || this.temporary.size > 0) this.changes++
    for (const [from, edge] of this.temporaryEdges) {
      const edges = this.speaksFor.get(from)
      if (edges) this.speaksFor.set(from, edges.filter((e) => e !== edge))
    }
    this.temporaryEdges.length = 0
    if (this.temporary.size === 0) return
    for (const id of this.temporary) {
      this.entities.delete(id)
      this.speaksFor.delete(id)
    }
    this.temporary.clear()
    this.temporaryCache.clear()
  }

  private mutable(id: string): boolean {
    return !this.frozen || this.temporary.has(this.root(id))
  }

  /** Adds another name the entity goes by. */
  alias(id: string, name: string): void {
    if (!this.mutable(id)) return
    this.changes++
    const e = this.get(id)
    const word = name.trim()
    if (isAcronym(word)) {
      const bare = word.replace(/-.*$/u, '')
      if (!e.acronyms.includes(bare)) e.acronyms.push(bare)
    } else {
      const key = nameKey(word)
      if (key.length > 0 && !e.keys.some((k) => sameKey(k, key))) e.keys.push(key)
    }
    if (!this.temporary.has(e.id) && e.origin !== 'data') this.index.add(e)
    this.cache.clear()
  }

  /** A body known so far by its abbreviation takes its full name ("PLR" → "Partia Lëvizja e Re"). */
  preferName(id: string, name: string): void {
    const e = this.get(id)
    if (!this.mutable(id) || !isAcronym(e.name)) return
    this.changes++
    e.name = name
    this.cache.clear()
  }

  /** The same entity under two records: the second becomes the first. */
  merge(keep: string, drop: string): void {
    if (this.frozen) return
    const a = this.root(keep)
    const b = this.root(drop)
    if (a === b) return
    this.changes++
    const kept = this.get(a)
    const gone = this.get(b)
    for (const key of gone.keys) if (!kept.keys.some((k) => sameKey(k, key))) kept.keys.push(key)
    for (const acronym of gone.acronyms) if (!kept.acronyms.includes(acronym)) kept.acronyms.push(acronym)
    kept.genitive ??= gone.genitive
    kept.english ??= gone.english
    if (gone.origin !== 'data' && kept.origin === 'data') kept.origin = gone.origin
    kept.vague = kept.vague && gone.vague
    kept.titleOnly = kept.titleOnly && gone.titleOnly
    kept.title ??= gone.title
    if (kept.title !== undefined) this.titled.add(kept)
    this.merged.set(b, a)
    // A joint entity is never its own member: "A dhe B" into which A was merged is no longer joint.
    if (kept.members) {
      const members = [...new Set(kept.members.map((m) => this.root(m)))].filter((m) => m !== a)
      if (members.length >= 2) kept.members = members
      else delete kept.members
    }
    this.index.add(kept)
    this.groupCache.clear()
    this.entities.delete(b)
    for (const map of [this.speaksFor, this.unrelated]) {
      const edges = map.get(b)
      if (edges) map.set(a, [...(map.get(a) ?? []), ...edges])
      map.delete(b)
    }
    this.cache.clear()
  }

  /** The texts say what kind of body it is ("kompania ‹Calzature Adriatica›"). */
  setKind(id: string, institution: string): void {
    if (!this.mutable(id)) return
    this.changes++
    const e = this.get(id)
    e.institution = institution
    if (MEDIA_NOUNS.has(institution)) e.kind = 'media'
    else if (e.kind === 'person' && e.origin !== 'data') e.kind = 'organisation'
    let set = this.byInstitution.get(bodyKind(institution))
    if (!set) this.byInstitution.set(bodyKind(institution), (set = new Set()))
    set.add(e)
  }

  /** `a` speaks for `b` (a minister for the ministry, a spokesman for the Kremlin). */
  link(a: string, b: string, evidence: Evidence): void {
    const x = this.root(a)
    const y = this.root(b)
    if (x === y) return
    const edges = this.speaksFor.get(x) ?? []
    if (edges.some((e) => e.to === y && e.evidence === evidence)) return
    const edge = { to: y, evidence }
    edges.push(edge)
    this.changes++
    this.speaksFor.set(x, edges)
    if (this.frozen && !this.temporary.has(x) && evidence !== 'data') this.temporaryEdges.push([x, edge])
  }

  /** The editor says `a` and `b` are not the same side. */
  markUnrelated(a: string, b: string): void {
    this.changes++
    for (const [x, y] of [[a, b], [b, a]]) {
      const edges = this.unrelated.get(this.root(x)) ?? []
      edges.push({ to: this.root(y), evidence: 'editor' })
      this.unrelated.set(this.root(x), edges)
    }
  }

  /** What an entity speaks for, directly (one step), with the evidence for each. */
  affiliationsOf(id: string): Edge[] {
    const r = this.root(id)
    const out = new Map<string, Edge>()
    for (const e of this.speaksFor.get(r) ?? []) out.set(this.root(e.to), { to: this.root(e.to), evidence: e.evidence })
    return [...out.values()]
  }

  private edgesBetween(a: string, b: string): (Edge & { forward: boolean }) | null {
    const x = this.root(a)
    const y = this.root(b)
    const forward = (this.speaksFor.get(x) ?? []).find((e) => this.root(e.to) === y)
    if (forward) return { ...forward, forward: true }
    const backward = (this.speaksFor.get(y) ?? []).find((e) => this.root(e.to) === x)
    return backward ? { ...backward, forward: false } : null
  }

  // ---- Names ----------------------------------------------------------------------------------

  /** The entity a surface form names, recording it when it is new. */
  resolve(surface: string, origin: Evidence): BookEntity {
    let trimmed = surface.trim().replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/gu, '')
    // "Valdet Gjinovci (Kosovë)": where someone is from, in brackets, is no part of the name; an abbreviation is.
    const bracketed = /^(.+?)\s*\(([^()]+)\)$/u.exec(trimmed)
    if (bracketed && !isAcronym(bracketed[2].trim())) trimmed = bracketed[1]
    const cached = this.cache.get(trimmed) ?? this.temporaryCache.get(trimmed)
    if (cached !== undefined && this.entities.has(this.root(cached))) return this.get(cached)
    const entity = this.resolveUncached(trimmed, origin)
    // "ERION MEMA" in a transcript's label, "Erion Mema" in the article: the name as running text writes it.
    const written = trimmed.slice(trimmed.length - entity.name.length)
    if (entity.name === entity.name.toUpperCase() && written !== entity.name && written.toLowerCase() === entity.name.toLowerCase() && this.mutable(entity.id)) entity.name = written
    this.tieOfficeToBareBody(entity, trimmed, origin)
    if (this.temporary.has(entity.id)) this.temporaryCache.set(trimmed, entity.id)
    else this.cache.set(trimmed, entity.id)
    return entity
  }

  /**
   * "zyra e shtypit e bashkisë": a press office of a body named only by its kind speaks for the
   * one body of that kind the texts name, as "zëdhënësi i bashkisë" does.
   */
  private tieOfficeToBareBody(office: BookEntity, surface: string, origin: Evidence): void {
    if (!speaksForItsBody(office)) return
    const words = wordTokens(surface)
    const last = words[words.length - 1]
    const noun = words.length >= 4 && isLinkingArticle(words[words.length - 2].text) ? institutionNoun(last.text) : null
    if (!noun || UNIT_NOUNS.has(noun)) return
    const body = this.bareInstitution(noun, last.text, origin)
    if (!body.vague) this.link(office.id, body.id, origin)
  }

  /** Before the texts are learned: the institution nouns the article uses in the plural. */
  noteSeveral(nouns: Iterable<string>): void {
    this.severalOf = new Set(nouns)
  }

  /** Reads which names the article itself uses, to tell a side it sets up from one only a source names. */
  readArticle(words: readonly string[]): void {
    this.articleNames = words.filter((w) => isCapitalised(w) || isAcronym(w))
    this.namedCache.clear()
  }

  /** The article names it: a person by surname, a body by every capitalised word of one of its names, or an abbreviation. */
  private namedInArticle(id: string): boolean {
    const e = this.get(id)
    const cached = this.namedCache.get(e.id)
    if (cached !== undefined) return cached
    const used = (word: string) => this.articleNames.some((w) => sameStem(w, word))
    const named =
      e.acronyms.some((a) => this.articleNames.some((w) => w.replace(/-.*$/u, '') === a)) ||
      e.keys.some((key) => {
        const proper = key.filter((w) => isCapitalised(w) && !isStopword(w.toLowerCase()))
        if (proper.length === 0) return false
        return e.kind === 'person' ? used(proper[proper.length - 1]) : proper.every(used)
      })
    this.namedCache.set(e.id, named)
    return named
  }

  /**
   * Whether the texts set this entity up as a side of its own: the article names it, what it speaks
   * for or who speaks for it, or the editor or the data know it. A body met only as a source's
   * author is not known to oppose anyone.
   */
  establishedSide(id: string): boolean {
    const r = this.root(id)
    const voices = [...this.speaksFor.entries()].filter(([, edges]) => edges.some((e) => this.root(e.to) === r)).map(([from]) => ({ id: from, evidence: null }))
    return [...this.side(r), ...voices].some((x) => x.evidence === 'editor' || x.evidence === 'data' || this.get(x.id).origin !== 'source' || this.namedInArticle(x.id))
  }

  /** The entity a surface form names if the book already knows it; nothing is recorded. */
  find(surface: string): BookEntity | null {
    const key = stripTitles(nameKey(surface))
    return key.length > 0 ? this.lookup(key, false) : null
  }

  private resolveUncached(trimmed: string, origin: Evidence): BookEntity {
    const parts = compoundParts(trimmed)
    if (parts.length >= 2 && parts.every((p) => nameKey(p).some((w) => isCapitalised(w) || personTitle(w)))) {
      const members = parts.map((p) => this.resolve(p, origin))
      const ids = [...new Set(members.map((m) => this.root(m.id)))]
      if (ids.length >= 2) return this.compound(ids, origin)
      return members[0]
    }
    const titled = parseTitled(trimmed, [])
    if (titled) {
      // "Avokatja e mbrojtjes": a side, but not a named one.
      const orgs = titled.orgs.map((o) => (nameKey(o).some((w) => isCapitalised(w) || isAcronym(w)) ? this.resolveBody(o, origin) : this.vagueBody(o, origin)))
      if (titled.name) {
        const person = this.resolvePerson(titled.name, origin)
        if (this.mutable(person.id) && person.title === undefined) {
          person.title = titled.title
          this.changes++
          this.titled.add(person)
        }
        for (const org of orgs) this.link(person.id, org.id, origin)
        return person
      }
      return this.titleHolder(titled.title, orgs, origin)
    }
    const words = wordTokens(trimmed)
    // "agjencia Reuters", "gazeta Panorama": the name that follows the noun.
    const first = words[0]?.text ?? ''
    if (words.length >= 2 && !isCapitalised(first) && institutionNoun(first)) {
      let k = 1
      while (k < words.length && !isCapitalised(words[k].text) && !isLinkingArticle(words[k].text) && !isStopword(words[k].text)) k++
      if (k < words.length && words.slice(k).every((t) => isCapitalised(t.text) || isAcronym(t.text))) {
        const named = this.resolve(trimmed.slice(words[k].start), origin)
        if (MEDIA_NOUNS.has(institutionNoun(first) as string) && named.origin !== 'data' && this.mutable(named.id)) {
          named.kind = 'media'
          this.changes++
        }
        return named
      }
    }
    if (words.length === 1 && institutionNoun(first)) return this.bareInstitution(institutionNoun(first) as string, trimmed, origin)
    const key = stripTitles(nameKey(trimmed))
    if (key.length === 0) return this.create(toNominative(trimmed) || trimmed, 'organisation', origin, { vague: true })
    const hit = this.lookup(key, true)
    if (hit) {
      if (hit.kind === 'person' && hit.origin !== 'data' && key.length > hit.keys[0].length && isProperName(key) && this.mutable(hit.id)) this.upgradeName(hit, key, trimmed)
      return hit
    }
    if (key.length >= 2 && key.length <= 4 && isProperName(key) && guessKind(key) === 'person') return this.resolvePerson(trimmed, origin)
    return this.learnName(trimmed, key, origin)
  }

  private compound(ids: string[], origin: Evidence): BookEntity {
    const members = ids.map((id) => this.get(id))
    const slot = [...ids].sort().join('+')
    const existing = this.compounds.get(slot)
    if (existing && this.entities.has(this.root(existing))) return this.get(existing)
    const entity = this.create(members.map((m) => m.name).join(' dhe '), members.every((m) => m.kind === 'person') ? 'person' : 'organisation', origin, { members: ids })
    if (!this.temporary.has(entity.id)) this.compounds.set(slot, entity.id)
    return entity
  }

  /** A name the book has not met: a new entity, or one it merges into (a surname into its full name). */
  private learnName(surface: string, key: NameKey, origin: Evidence): BookEntity {
    const properStart = surface.indexOf(key[0])
    const core = properStart > 0 && isProperName(key) ? surface.slice(properStart) : surface
    const name = toNominative(core) || core
    // "BKSH-së": an abbreviation names a body, and goes by itself.
    const acronym = key.length === 1 && isAcronym(key[0])
    return this.create(name, acronym ? 'organisation' : guessKind(key), origin, acronym ? { acronyms: [key[0].replace(/-.*$/u, '')] } : {})
  }

  /** A person's full name: merges the surname-only records the book made before it met the full name. */
  resolvePerson(name: string, origin: Evidence): BookEntity {
    const key = stripTitles(nameKey(name))
    const found = key.length > 0 ? this.lookup(key, true) : null
    if (found && found.kind === 'person' && !found.members) {
      if (key.length > found.keys[0].length && isProperName(key) && found.origin !== 'data' && this.mutable(found.id)) this.upgradeName(found, key, name)
      return found
    }
    if (found) return found
    // "Dr. Brikena Hysenbelliu" is Brikena Hysenbelliu: the words of address are no part of the name.
    const at = key.length > 0 ? name.indexOf(key[0]) : -1
    const plain = at > 0 ? name.slice(at) : name
    const entity = this.create(toNominative(plain) || plain, 'person', origin)
    if (key.length >= 2 && !this.frozen) {
      const surname = key[key.length - 1]
      for (const other of this.index.candidates([surname])) {
        if (other.id === entity.id || other.kind !== 'person' || other.members || other.keys[0].length !== 1) continue
        if (sameStem(other.keys[0][0], surname) && this.root(other.id) === other.id) this.merge(entity.id, other.id)
      }
    }
    return entity
  }

  /** Met as "Leka", now as "Besa Leka": the full name becomes its name. */
  private upgradeName(person: BookEntity, key: NameKey, surface: string): void {
    person.keys.unshift(key)
    this.changes++
    const at = surface.indexOf(key[0])
    const name = at >= 0 ? surface.slice(at) : surface
    person.name = toNominative(name) || name
    this.index.add(person)
    this.cache.clear()
  }

  /** An institution named in full or by its short name. */
  resolveBody(name: string, origin: Evidence): BookEntity {
    // "kompania Bakri i Veriut": the body is its name; the noun before it says what kind it is.
    const words = wordTokens(name)
    const kind = words.length >= 2 && !isCapitalised(words[0].text) && (isCapitalised(words[1].text) || isAcronym(words[1].text)) ? institutionNoun(words[0].text) : null
    if (kind) {
      const body = this.resolveBody(name.slice(words[1].start), origin)
      this.setKind(body.id, kind)
      return body
    }
    const entity = this.resolve(name, origin)
    if (entity.kind === 'person' && !entity.title && entity.origin !== 'data' && this.mutable(entity.id)) {
      entity.kind = guessKind(entity.keys[0]) === 'person' ? 'organisation' : guessKind(entity.keys[0])
      this.changes++
    }
    return entity
  }

  /** "Ministrja e Drejtësisë": the person the texts name with that title, or the title itself. */
  private titleHolder(title: string, orgs: BookEntity[], origin: Evidence): BookEntity {
    const key = nameKey(title)
    const holders = this.holders(key)
    if (holders.length === 1) return holders[0]
    if (holders.length === 0) {
      // "kryebashkiaku", "ministrja": the one person the texts give that office or that title.
      const named = orgs.filter((o) => !o.vague)
      const byOffice = named.length > 0 ? this.people().filter((e) => named.every((o) => this.edgesBetween(e.id, o.id) !== null)) : []
      if (byOffice.length === 1) return byOffice[0]
      // "deputeti demokrat": the one person whose title has the same head and, after it, words of
      // the same stem ("deputeti i Partisë Demokratike").
      const byWords = this.people().filter((e) => {
        const [head, ...rest] = nameKey(e.title as string)
        return sameStem(head ?? '', key[0]) && key.slice(1).every((w) => rest.some((x) => sameStem(x, w) || (w.length >= 5 && foldWord(x).startsWith(foldWord(w)))))
      })
      if (byWords.length === 1) return byWords[0]
    }
    const existing = this.live(this.index.candidates(key)).find((e) => e.titleOnly && sameKey(e.keys[0], key))
    if (existing) return existing
    const entity = this.create(title, 'person', origin, { title, titleOnly: true, vague: orgs.length === 0 })
    for (const org of orgs) this.link(entity.id, org.id, origin)
    return entity
  }

  /** A side named only by a common noun ("mbrojtja", "opozita"). */
  private vagueBody(name: string, origin: Evidence): BookEntity {
    const noun = institutionNoun(nameKey(name)[0] ?? '')
    if (noun && nameKey(name).length === 1) return this.bareInstitution(noun, name, origin)
    const key = nameKey(name)
    const existing = this.live(this.index.candidates(key)).find((e) => e.vague && e.keys.some((k) => sameKey(k, key)))
    return existing ?? this.create(name, 'organisation', origin, { vague: true })
  }

  /** "Qeveria", "policisë": the one body of that kind the texts name, or a vague one. */
  private bareInstitution(noun: string, surface: string, origin: Evidence): BookEntity {
    const candidates = this.live([...this.index.candidates([noun]), ...(this.byInstitution.get(bodyKind(noun)) ?? [])])
    const named = candidates.filter((e) => !e.vague && (e.keys[0].length >= 2 || e.institution !== undefined) && sameKind(headNoun(e), noun))
    // Two of that kind named: the bare kind is one of them, not known which.
    const several = this.severalOf.has(noun) || named.length >= 2
    if (named.length === 1 && !several) return named[0]
    const name = noun[0].toUpperCase() + noun.slice(1)
    const existing = candidates.find((e) => e.vague && e.name === name)
    return existing ?? this.create(name, guessKind([name]), origin, { vague: true, keys: [nameKey(surface)], ...(several ? { oneOfSeveral: true } : {}) })
  }

  /**
   * The known entity with this key: the same name in any case form, a surname, an acronym,
   * or the short name of a body; learned and editor entities first, the data last.
   */
  private lookup(key: NameKey, useData: boolean): BookEntity | null {
    const expand = (k: NameKey) => this.expand(k)
    const wide = expand(key)
    const live = this.live([...this.index.candidates(key), ...(wide === key ? [] : this.index.candidates(wide))])
    const hit = matchKey(key, live, expand)
    if (hit) return hit
    if (!useData || this.wellKnown.length === 0) return null
    const known = matchKey(key, [...new Set([...this.dataIndex.candidates(key), ...this.dataIndex.candidates(wide)])], expand, false)
    return known ? this.importData(known.id) : null
  }

  /** The current records of some entities, once each, learned ones only, in the order learned. */
  private live(entities: Iterable<BookEntity>): BookEntity[] {
    const out = new Map<string, BookEntity>()
    for (const e of entities) {
      const r = this.root(e.id)
      if (!this.temporary.has(r) && this.entities.get(r)?.origin !== 'data') out.set(r, this.entities.get(r) as BookEntity)
    }
    return [...out.values()].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
  }

  /**
   * A key with its abbreviations spelled out, as the texts introduced them ("Enti Rregullator i
   * Energjisë (ERE)") or as the language's list has them (BE → Bashkimi Evropian).
   */
  private expand(key: NameKey): NameKey {
    if (!key.some(isAcronym)) return key
    return key.flatMap((word) => {
      if (!isAcronym(word)) return [word]
      const bare = word.replace(/-.*$/u, '')
      const named = this.live(this.index.withAcronym(bare)).find((e) => e.keys.some((k) => k.length >= 2))
      const full = named?.keys.find((k) => k.length >= 2) ?? expansion(bare)
      return full ? [...full] : [word]
    })
  }

  private importData(dataId: string): BookEntity {
    const existing = this.dataIds.get(dataId)
    if (existing) return this.get(existing)
    const source = this.wellKnown.find((e) => e.id === dataId) as Entity
    const entity = this.create(source.name, source.kind, 'data', { keys: [source.name, ...source.aliases].filter((a) => !isAcronym(a)).map((a) => nameKey(a)), acronyms: source.aliases.filter(isAcronym), genitive: source.genitive, english: source.english })
    this.dataIds.set(dataId, entity.id)
    for (const group of this.groups) {
      if (!group.includes(dataId)) continue
      for (const other of group) {
        if (other === dataId) continue
        const id = this.dataIds.get(other)
        if (id) {
          this.link(entity.id, id, 'data')
          this.link(id, entity.id, 'data')
        }
      }
    }
    return entity
  }

  /** Groups of the data that an entity belongs to, found by name (for entities learned from the texts). */
  private dataGroupOf(e: BookEntity): string[] {
    if (this.wellKnown.length === 0) return []
    const cached = this.groupCache.get(e.id)
    if (cached) return cached
    const known = e.origin === 'data' ? [...this.dataIds.entries()].find(([, id]) => this.root(id) === e.id)?.[0] : matchKey(e.keys[0], this.dataIndex.candidates(e.keys[0]), undefined, false)?.id
    const group = known ? this.groups.filter((g) => g.includes(known)).flatMap((g) => [...g]) : []
    if (!this.temporary.has(e.id)) this.groupCache.set(e.id, group)
    return group
  }

  // ---- Relations ------------------------------------------------------------------------------

  /** The entity and what it speaks for: the one step within which two are the same side. */
  side(id: string, withData = true): Array<{ id: string; evidence: Evidence | null }> {
    const r = this.root(id)
    return [{ id: r, evidence: null }, ...this.affiliationsOf(r).filter((e) => withData || e.evidence !== 'data').map((e) => ({ id: e.to, evidence: e.evidence }))]
  }

  /** Whether the book knows enough about an entity to say it is on some side. */
  knownSide(id: string): boolean {
    const e = this.get(id)
    if (e.members) return e.members.every((m) => this.knownSide(m))
    if (e.vague || e.kind === 'media') return false
    // "vendimin e rregullatorit": a phrase with no name in it is no one the texts set up.
    if (e.kind !== 'person' && e.acronyms.length === 0 && !e.keys.some((k) => k.some((w) => isCapitalised(w) || isAcronym(w)))) return false
    // "zëdhënësja e partisë" where the article names two parties: no one knows whose side.
    if (e.kind === 'person') return this.affiliationsOf(e.id).some((a) => !this.get(a.to).oneOfSeveral) || this.dataGroupOf(e).length > 0
    return true
  }

  /** How a speaker and an author are related, from the nearest knowledge. */
  relate(speakerId: string, authorId: string): Relation {
    if (this.relationsAt !== this.changes) {
      this.relations.clear()
      this.relationsAt = this.changes
    }
    const key = `${speakerId} ${authorId}`
    let relation = this.relations.get(key)
    if (relation === undefined) {
      relation = this.relateUncached(speakerId, authorId)
      this.relations.set(key, relation)
    }
    return relation
  }

  private relateUncached(speakerId: string, authorId: string): Relation {
    const s = this.get(speakerId)
    const a = this.get(authorId)
    if (s.id === a.id) return { kind: 'same' }
    if ((this.unrelated.get(s.id) ?? []).some((e) => this.root(e.to) === a.id)) return { kind: 'marked-unrelated', evidence: 'editor' }
    if (s.members) {
      const each = s.members.map((m) => this.relate(m, a.id))
      const good = each.find((r) => r.kind === 'same' || r.kind === 'speaks-for')
      if (good) return good
      if (each.every((r) => r.kind === 'unrelated' || r.kind === 'marked-unrelated')) return each[0]
      return each.find((r) => r.kind === 'part-of') ?? { kind: 'unknown', unknownSide: 'speaker' }
    }
    // A joint statement ("Komunikatë e përbashkët e Ministrisë … dhe Bankës …") speaks for each of its authors.
    if (a.members) {
      const each = a.members.map((m) => this.relate(s.id, m))
      const good = each.find((r) => r.kind === 'same' || r.kind === 'speaks-for')
      if (good) return good
      if (each.every((r) => r.kind === 'unrelated' || r.kind === 'marked-unrelated')) return each[0]
      return each.find((r) => r.kind === 'part-of') ?? { kind: 'unknown', unknownSide: 'author' }
    }
    const direct = this.edgesBetween(s.id, a.id)
    if (direct) return { kind: 'speaks-for', evidence: direct.evidence, direction: direct.forward ? 'speaker-for-author' : 'author-for-speaker' }
    // Sharing what they speak for: two voices of one ministry; or the author's body belongs to the
    // speaker's ("Bordi i Hidro-Zallvarit", "Hidro-Zallvari është pjesë e Grupit Shtëmbari").
    const ss = this.side(s.id)
    const as = this.side(a.id)
    const bodies = as.filter((y) => y.id !== a.id && this.get(y.id).kind !== 'person')
    const through = bodies.flatMap((y) => this.affiliationsOf(y.id).map((e) => ({ id: e.to, evidence: strongest(y.evidence, e.evidence) })))
    for (const x of ss) {
      const shared = through.find((y) => y.id === x.id && !this.get(x.id).vague && this.get(x.id).kind !== 'person')
      if (shared && x.id !== s.id) return { kind: 'speaks-for', through: this.get(x.id), evidence: strongest(x.evidence, shared.evidence) }
    }
    for (const x of ss) {
      for (const y of as) {
        // Not through a bare "Presidenca" or "Qeveria": two presidents are not one side.
        if (x.id === y.id && !this.get(x.id).vague) return { kind: 'speaks-for', through: this.get(x.id), evidence: strongest(x.evidence, y.evidence) }
      }
    }
    // A bare institution and a named one of its kind ("Bashkia", "Bashkia e Tiranës"): the article did not say whose.
    // A side that also names its own body of that kind ("Kryetari i shoqatës „Pulëbardha e Bregut“") is that body's.
    const namesOwn = (side: Array<{ id: string }>, head: string) => side.some((z) => !this.get(z.id).vague && sameKind(headNoun(this.get(z.id)), head))
    for (const x of ss) {
      for (const y of as) {
        const p = this.get(x.id)
        const q = this.get(y.id)
        const head = headNoun(p)
        if (p.vague !== q.vague && head !== null && sameKind(head, headNoun(q)) && !p.title && !q.title && !(p.vague ? namesOwn(ss, head) : namesOwn(as, head))) return { kind: 'speaks-for', through: p.vague ? q : p, evidence: strongest(x.evidence, y.evidence) }
      }
    }
    // Both speak for a bare "opozita" or "Presidenca": whose, the texts do not say.
    for (const x of ss) for (const y of as) if (x.id === y.id) return { kind: 'maybe-same', through: this.get(x.id) }
    const sg = this.dataGroupOf(s)
    const ag = this.dataGroupOf(a)
    if (sg.length > 0 && sg.some((g) => ag.includes(g))) return { kind: 'speaks-for', evidence: 'data' }
    // "Spitali Rajonal i Elbasanit" and "Ministria e Shëndetësisë": a public service and the ministry of its
    // field, each the speaker or author itself or what a person speaks for, not a body another is tied to.
    const own = (e: BookEntity, side: typeof ss) => (e.kind === 'person' ? side : side.filter((x) => x.id === e.id))
    for (const x of own(s, ss)) {
      for (const y of own(a, as)) {
        const [p, q] = [this.get(x.id), this.get(y.id)]
        const ministry = p.keys.some((k) => q.keys.some((m) => worksUnder(k, m))) ? q : q.keys.some((k) => p.keys.some((m) => worksUnder(k, m))) ? p : null
        if (ministry) return { kind: 'part-of', through: ministry }
      }
    }
    for (const x of ss) {
      for (const y of as) {
        const [part, whole] = this.partOf(x.id, y.id) ? [x, y] : this.partOf(y.id, x.id) ? [y, x] : [null, null]
        if (!part || !whole) continue
        // "Zyra e Shtypit e Kryeministrit": a press office speaks for whom it is the office of.
        if (speaksForItsBody(this.get(part.id))) return { kind: 'speaks-for', through: this.get(whole.id), evidence: strongest(x.evidence, y.evidence) }
        return { kind: 'part-of', through: this.get(whole.id) }
      }
    }
    // "Ministria e Shëndetësisë" and "Ministria e Shëndetësisë dhe Mbrojtjes Sociale": one body, by its first field.
    for (const x of ss) {
      for (const y of as) {
        const [p, q] = [this.get(x.id), this.get(y.id)]
        if (firstPartOf(p, q) || firstPartOf(q, p)) return { kind: 'speaks-for', through: q, evidence: strongest(x.evidence, y.evidence) }
      }
    }
    const sKnown = this.knownSide(s.id)
    const aKnown = this.knownSide(a.id)
    // "Ministria e Jashtme" and "Ministria e Punëve të Jashtme e Greqisë": perhaps one body, two names.
    for (const x of ss) for (const y of as) if (similarNames(this.get(x.id), this.get(y.id))) return { kind: 'similar', through: this.get(x.id) }
    if (sKnown && aKnown) return { kind: 'unrelated' }
    return { kind: 'unknown', unknownSide: !sKnown && aKnown ? 'speaker' : sKnown ? 'author' : 'both' }
  }

  /** A ministry within a government, an office within its body: never known to be opponents. */
  private partOf(partId: string, wholeId: string): boolean {
    const part = this.get(partId)
    const whole = this.get(wholeId)
    const p = headNoun(part)
    const w = headNoun(whole)
    if (p && w && GOVERNMENT_PARTS.has(p) && GOVERNMENT.has(w) && p !== w) return true
    if (!p || !(UNIT_NOUNS.has(p) || isGoverningOffice(p))) return false
    // "Bordi drejtues i ROMV-së": the whole by its abbreviation.
    const byAcronym = (k: NameKey) => k.length >= 2 && isAcronym(k[k.length - 1]) && whole.keys.length > 0 && whole.acronyms.includes(k[k.length - 1].replace(/-.*$/u, ''))
    // "Zyra e Shtypit e Fakultetit të Mjekësisë": the whole by the first words of its full name.
    const byShortName = (k: NameKey, wk: NameKey) => k.length >= 3 && wk.length >= 3 && [2, 3].some((n) => n < k.length && isPrefixKey(k.slice(k.length - n), wk))
    // "Dega Doganore Qafë-Rrapi" of "Agjencia e Doganave": a unit named for its body's work.
    const byWork = (k: NameKey, wk: NameKey) => k.slice(1).some((word) => wk.slice(1).some((w) => sameRoot(word, w)))
    return part.keys.some((k) => byAcronym(k) || whole.keys.some((wk) => (wk.length >= 1 && k.length > wk.length && sameKey(k.slice(k.length - wk.length), wk)) || byShortName(k, wk) || byWork(k, wk)))
  }

  /**
   * A title the texts use alone ("Deklarata e Kryeministrit") names the one person they name with
   * it ("Kryeministri Edi Rama"): once everything is read, each such title joins its holder.
   */
  settleTitles(): void {
    for (const entity of [...this.learned]) {
      if (this.root(entity.id) !== entity.id || !entity.titleOnly || entity.title === undefined) continue
      const holders = this.holders(nameKey(entity.title))
      if (holders.length === 1) this.merge(holders[0].id, entity.id)
    }
  }

  /** People the texts name with this title. */
  private holders(title: NameKey): BookEntity[] {
    return this.people().filter((e) => sameKey(nameKey(e.title as string), title))
  }

  /** People the texts name with a title, from the texts or the data alike. */
  private people(): BookEntity[] {
    return [...this.titled].filter((e) => this.root(e.id) === e.id && !this.temporary.has(e.id) && !e.titleOnly && e.title !== undefined && !e.members && e.kind === 'person')
  }

  /** The genitive of an entity's name: as the texts wrote it, else generated from the nominative. */
  genitive(id: string): string {
    const e = this.get(id)
    if (e.genitive) return e.genitive
    if (e.members) return e.members.map((m) => this.genitive(m)).join(' dhe ')
    return genitiveOf(e.name, e.kind)
  }

  /** Records a genitive form the texts use ("Deklarata e Dhomës së Tregtisë" → Dhomës së Tregtisë). */
  attestGenitive(id: string, form: string): void {
    if (!this.mutable(id)) return
    const e = this.get(id)
    if (e.genitive || e.origin === 'data' || e.members) return
    if (!sameKey(nameKey(form), e.keys[0])) return
    e.genitive = form.trim()
  }

  setGenitive(id: string, form: string): void {
    this.get(id).genitive = form.trim()
  }
}

/**
 * The speakers a phrase names: "X dhe Y" and "X, Y dhe Z" are several, but a title and its name
 * in apposition ("prokurori i SPAK-ut, Arben Kraja"; "Besa Leka, ministre e Drejtësisë") is one,
 * and so is a body whose complement is coordinated ("Ministria e Infrastrukturës dhe Energjisë").
 */
function compoundParts(trimmed: string): string[] {
  const parts = splitCompound(trimmed)
  if (parts.length < 2) return parts
  const titled = (p: string) => personTitle(nameKey(p)[0] ?? '') !== null
  const plainName = (p: string) => isProperName(nameKey(p)) && !titled(p)
  const out: string[] = []
  for (const part of parts) {
    const previous = out[out.length - 1]
    const apposition = previous !== undefined && trimmed.includes(`${previous}, ${part}`) && ((titled(previous) && plainName(part)) || (plainName(previous) && titled(part)))
    if (apposition) out[out.length - 1] = `${previous}, ${part}`
    else out.push(part)
  }
  return out
}

function strongest(a: Evidence | null, b: Evidence | null): Evidence {
  const order: Evidence[] = ['editor', 'article', 'source', 'data']
  const xs = [a, b].filter((x): x is Evidence => x !== null)
  return xs.sort((x, y) => order.indexOf(x) - order.indexOf(y))[0] ?? 'article'
}

const dataIndexes = new WeakMap<readonly Entity[], NameIndex<BookEntity>>()

/** The built-in data's names, indexed once per list. */
function dataIndexOf(wellKnown: readonly Entity[]): NameIndex<BookEntity> {
  let index = dataIndexes.get(wellKnown)
  if (!index) {
    index = new NameIndex<BookEntity>(initials)
    for (const e of wellKnown) index.add(dataEntity(e))
    dataIndexes.set(wellKnown, index)
  }
  return index
}

function dataEntity(e: Entity): BookEntity {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    keys: [e.name, ...e.aliases].filter((a) => !isAcronym(a)).map((a) => nameKey(a)),
    acronyms: e.aliases.filter(isAcronym),
    vague: false,
    origin: 'data',
  }
}
