export type EntityKind = 'person' | 'organisation' | 'government' | 'media'

/** A speaker or an author. */
export interface Entity {
  id: string
  /** Canonical name, in the nominative. */
  name: string
  aliases: string[]
  kind: EntityKind
  /** For a compound speaker ("Trump dhe Putin"): the ids of its members. */
  members?: string[]
  /**
   * Institutions this entity speaks for, by canonical name: the minister of health speaks for
   * "Ministria e Shëndetësisë", the Kremlin's spokesman for "Kremlini".
   */
  affiliations?: string[]
  /** Genitive (= dative) form, where the editor or the data corrects the generated one ("NATO-s"). */
  genitive?: string
  /** Name in English, where it differs ("the White House"). */
  english?: string
}
