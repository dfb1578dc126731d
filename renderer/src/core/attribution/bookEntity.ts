import type { EntityKind } from '../entities/types'
import { bodyKind, institutionNoun, kindAbbreviation } from '../entities/titles'
import type { NameKey } from '../entities/names'

// The records of the entity book: who an entity is, what it goes by, and how two are related.

/** Where a piece of knowledge comes from. */
export type Evidence = 'article' | 'source' | 'editor' | 'data'

export interface BookEntity {
  id: string
  name: string
  kind: EntityKind
  /** Keys of every name it goes by. */
  keys: NameKey[]
  /** Abbreviations it goes by (ERE, SPAK). */
  acronyms: string[]
  /** A bare institution or title ("Qeveria", "ministri") that does not say whose. */
  vague: boolean
  /** A bare kind of body the article names several of ("partisë" beside "dy partitë"): no side at all. */
  oneOfSeveral?: boolean
  /** For a person named with a title ("Ministrja e Drejtësisë, Besa Leka"): the title, to find its holder. */
  title?: string
  /** Named by its title alone ("Kryeministri"): joins the one person the texts give that title. */
  titleOnly?: boolean
  /** The genitive as the texts write it or the editor corrected it. */
  genitive?: string
  english?: string
  origin: Evidence
  /** A compound speaker ("X dhe Y"): the member ids. */
  members?: string[]
  /** What kind of body it is, when the texts say so ("kompania", "organizata"). */
  institution?: string
}

/** Where attribution learns a relation from: how the relation is phrased in an explanation. */
export interface Relation {
  kind: 'same' | 'speaks-for' | 'part-of' | 'maybe-same' | 'similar' | 'unrelated' | 'marked-unrelated' | 'unknown'
  /** The entity through which two are related (the ministry both speak for). */
  through?: BookEntity
  evidence?: Evidence
  /** For an unknown relation: which side is not known ("speaker", "author"). */
  unknownSide?: 'speaker' | 'author' | 'both'
  /** For a direct link: who speaks for whom. */
  direction?: 'speaker-for-author' | 'author-for-speaker'
}

/** The noun for the kind of body an entity is ("ministria", "bashkia"), when it has one. */
export const headNoun = (e: BookEntity): string | null => {
  const first = e.keys[0]?.[0]
  return e.institution ?? (first ? (institutionNoun(first) ?? kindAbbreviation(first)) : null)
}

/** Whether two head nouns name one kind of body ("fabrika" and "kompania" are one). */
export const sameKind = (a: string | null, b: string | null): boolean => a !== null && b !== null && bodyKind(a) === bodyKind(b)
