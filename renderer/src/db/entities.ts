import { resolveEntity, sameEntity } from '../core/entities/resolve'
import type { RedaktorDatabase } from './database'
import type { Entity, EntityKind } from './types'

/** Finds the entity by name or alias, or records a new one. */
export async function ensureEntity(
  db: RedaktorDatabase,
  name: string,
  kind: EntityKind,
  aliases: string[] = [],
): Promise<Entity> {
  const known = (await db.entities.where('name').equals(name).first()) ?? (await db.entities.where('aliases').equals(name).first())
  if (known) return known
  const entity: Entity = { id: crypto.randomUUID(), name, aliases, kind }
  await db.entities.add(entity)
  return entity
}

/** Whether a stored entity is the one a surface form names, whatever its inflection. */
export function entityMatches(entity: Entity, surface: string): boolean {
  const wanted = surface.trim()
  if (!wanted) return false
  return [entity.name, ...entity.aliases].some((form) => form === wanted || sameEntity(form, wanted))
}

/** The stored entity a surface form names ("Shtëpisë së Bardhë" finds Shtëpia e Bardhë), if any. */
export async function findEntityForSurface(db: RedaktorDatabase, surface: string): Promise<Entity | null> {
  const all = await db.entities.toArray()
  return all.find((entity) => entity.name === surface.trim()) ?? all.find((entity) => entityMatches(entity, surface)) ?? null
}

/** The entity a surface form names, recorded under its canonical (nominative) name when new. */
export async function entityForSurface(db: RedaktorDatabase, surface: string): Promise<Entity> {
  return db.transaction('rw', db.entities, async () => {
    const found = await findEntityForSurface(db, surface)
    if (found) return found
    const resolved = resolveEntity(surface)
    const aliases = [...new Set(resolved.aliases)].filter((alias) => alias !== resolved.name)
    const entity: Entity = { id: crypto.randomUUID(), name: resolved.name, aliases, kind: resolved.kind }
    await db.entities.add(entity)
    return entity
  })
}

/** A new entity under exactly the name the editor typed. */
export async function createEntity(db: RedaktorDatabase, name: string, kind?: EntityKind): Promise<Entity> {
  const trimmed = name.trim()
  if (!trimmed) throw new Error('An entity needs a name')
  const entity: Entity = { id: crypto.randomUUID(), name: trimmed, aliases: [], kind: kind ?? resolveEntity(trimmed).kind }
  await db.entities.add(entity)
  return entity
}

/** Renames an entity; the old name stays as an alias so the articles that use it still resolve. */
export async function renameEntity(db: RedaktorDatabase, id: string, name: string): Promise<Entity> {
  const trimmed = name.trim()
  if (!trimmed) throw new Error('An entity needs a name')
  return db.transaction('rw', db.entities, async () => {
    const entity = await db.entities.get(id)
    if (!entity) throw new Error(`No entity ${id}`)
    const aliases = [...new Set([...entity.aliases, entity.name])].filter((alias) => alias !== trimmed)
    const renamed = { ...entity, name: trimmed, aliases }
    await db.entities.put(renamed)
    return renamed
  })
}

/**
 * Merges `fromId` into `intoId`: every quote and source that named the first names the second,
 * the second takes the first's names as aliases, and the first is gone.
 */
export async function mergeEntities(db: RedaktorDatabase, fromId: string, intoId: string): Promise<Entity> {
  if (fromId === intoId) throw new Error('An entity cannot be merged into itself')
  return db.transaction('rw', [db.entities, db.quotes, db.sources, db.links], async () => {
    const [from, into] = await Promise.all([db.entities.get(fromId), db.entities.get(intoId)])
    if (!from || !into) throw new Error('Both entities must exist to merge them')
    const now = Date.now()
    await db.quotes.where('speaker').equals(fromId).modify({ speaker: intoId, updatedAt: now })
    await db.sources.where('author').equals(fromId).modify({ author: intoId })
    // The editor's links follow; a link between the two merged entities has nothing left to link.
    await db.links.where('from').equals(fromId).modify({ from: intoId })
    await db.links.where('to').equals(fromId).modify({ to: intoId })
    await db.links.filter((link) => link.from === link.to).delete()
    const aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((alias) => alias !== into.name)
    const merged = { ...into, aliases, ...(into.genitive || !from.genitive ? {} : { genitive: from.genitive }) }
    await db.entities.put(merged)
    await db.entities.delete(fromId)
    return merged
  })
}
