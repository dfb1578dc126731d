import { foldWord } from '../text/normalise'
import { isAcronym, type NameKey } from '../entities/names'

// Where to look a name up: entities filed under the first letters of their names' first and last
// words, their abbreviations and their initials, so a lookup reads a handful of candidates, not
// every entity of a long article and its sources.

/** The first letters every case form of a word shares (Lekës/Leka, Durrësit/Durrës). */
export function bucket(word: string): string {
  let w = foldWord(word)
  const hyphen = w.lastIndexOf('-')
  if (hyphen > 0 && w.length - hyphen - 1 <= 3) w = w.slice(0, hyphen)
  return w.slice(0, 3)
}

export interface Indexed {
  id: string
  keys: NameKey[]
  acronyms: string[]
}

export class NameIndex<T extends Indexed> {
  private readonly buckets = new Map<string, Set<T>>()

  constructor(private readonly initials: (key: NameKey) => string) {}

  private put(slot: string, entity: T): void {
    let set = this.buckets.get(slot)
    if (!set) this.buckets.set(slot, (set = new Set()))
    set.add(entity)
  }

  /** Files an entity under every name it goes by; call again when it gains a name. */
  add(entity: T): void {
    for (const key of entity.keys) {
      if (key.length === 0) continue
      this.put(`f:${bucket(key[0])}`, entity)
      if (key.length >= 2 && isAcronym(key[0])) this.put(`f:${bucket(key[1])}`, entity)
      this.put(`l:${bucket(key[key.length - 1])}`, entity)
      if (key.length >= 2) this.put(`i:${this.initials(key)}`, entity)
    }
    for (const acronym of entity.acronyms) this.put(`a:${acronym}`, entity)
  }

  /** Entities that may go by this key (by its first or last word, as an abbreviation or by initials). */
  candidates(key: NameKey): T[] {
    if (key.length === 0) return []
    const out = new Set<T>()
    const take = (slot: string) => {
      for (const e of this.buckets.get(slot) ?? []) out.add(e)
    }
    take(`f:${bucket(key[0])}`)
    take(`l:${bucket(key[key.length - 1])}`)
    take(`f:${bucket(key[key.length - 1])}`)
    if (key.length === 1) {
      const bare = key[0].replace(/-.*$/u, '')
      take(`a:${bare}`)
      take(`i:${bare}`)
    } else take(`a:${this.initials(key)}`)
    return [...out]
  }

  /** Entities that go by this abbreviation. */
  withAcronym(acronym: string): T[] {
    return [...(this.buckets.get(`a:${acronym}`) ?? [])]
  }
}
