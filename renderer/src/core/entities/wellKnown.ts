import data from './well-known.json' with { type: 'json' }
import type { Entity, EntityKind } from './types'

// Well-known speakers and authors, kept as data (well-known.json). Attribution consults them only
// after what the article, its sources and the editor say; names are resolved from them only
// when nothing nearer names the same thing.

interface Data {
  entities: Array<{ id: string; name: string; kind: string; aliases: string[]; genitive?: string; english?: string }>
  groups: string[][]
}

const KINDS: readonly EntityKind[] = ['person', 'organisation', 'government', 'media']

function load(raw: Data): { entities: Entity[]; groups: string[][] } {
  const entities = raw.entities.map((e) => {
    if (!KINDS.includes(e.kind as EntityKind)) throw new Error(`well-known.json: ${e.id} has an unknown kind ${e.kind}`)
    return { ...e, kind: e.kind as EntityKind }
  })
  const ids = new Set(entities.map((e) => e.id))
  for (const group of raw.groups) for (const id of group) if (!ids.has(id)) throw new Error(`well-known.json: group names an unknown id ${id}`)
  return { entities, groups: raw.groups }
}

const loaded = load(data as Data)

/** Well-known entities. Inflected forms match through the stemmer, not this list. */
export const DEFAULT_ENTITIES: readonly Entity[] = loaded.entities

/** Entities that speak for one another (Trump ↔ Shtëpia e Bardhë), by id. */
export const AFFILIATIONS: readonly (readonly string[])[] = loaded.groups

const byId = new Map(DEFAULT_ENTITIES.map((e) => [e.id, e]))

export function wellKnownById(id: string): Entity | undefined {
  return byId.get(id)
}
