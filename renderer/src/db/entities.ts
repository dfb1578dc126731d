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
