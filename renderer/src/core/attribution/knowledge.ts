import type { EntityKind } from '../entities/types'

// What the editor has taught the app about who is who: other names an entity goes by, a corrected
// case form, and links between speakers and authors ("speaks for", or "not the same side").
// The app keeps it in IndexedDB; the command line reads it with --entities FILE.

export interface KnownEntity {
  name: string
  aliases?: string[]
  kind?: EntityKind
  /** The genitive (= dative) form, where the one the app makes is wrong ("NATO-s"). */
  genitive?: string
}

export type LinkRelation = 'speaks-for' | 'unrelated'

export interface EntityLink {
  /** The one who speaks ("Besa Leka"). */
  from: string
  /** The one spoken for, or the other side ("Ministria e Drejtësisë"). */
  to: string
  relation: LinkRelation
}

export interface EditorKnowledge {
  entities?: KnownEntity[]
  links?: EntityLink[]
}
