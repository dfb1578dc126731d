import type { EditorKnowledge } from '../core/attribution'
import type { RedaktorDatabase } from './database'
import type { Entity, Link } from './types'

/**
 * The editor links two entities: `from` speaks for `to`, or they are different sides. One link
 * per pair: a new word on the pair replaces the old one, in one transaction.
 */
export async function linkEntities(db: RedaktorDatabase, from: string, to: string, relation: Link['relation']): Promise<Link> {
  if (from === to) throw new Error('An entity cannot be linked to itself')
  return db.transaction('rw', db.links, async () => {
    await db.links.bulkDelete((await linksBetween(db, from, to)).map((link) => link.id))
    const link: Link = { id: crypto.randomUUID(), from, to, relation, createdAt: Date.now() }
    await db.links.add(link)
    return link
  })
}

/** Removes the editor's word on a pair, whichever way it was given. */
export async function unlinkEntities(db: RedaktorDatabase, a: string, b: string): Promise<number> {
  return db.transaction('rw', db.links, async () => {
    const gone = await linksBetween(db, a, b)
    await db.links.bulkDelete(gone.map((link) => link.id))
    return gone.length
  })
}

async function linksBetween(db: RedaktorDatabase, a: string, b: string): Promise<Link[]> {
  const from = await db.links.where('from').anyOf(a, b).toArray()
  return from.filter((link) => (link.from === a && link.to === b) || (link.from === b && link.to === a))
}

/** The editor corrects the form a name takes after "i"/"e" ("Kremlinit", "NATO-s"); empty to forget it. */
export async function setEntityGenitive(db: RedaktorDatabase, id: string, form: string): Promise<void> {
  const entity = await db.entities.get(id)
  if (!entity) throw new Error(`No entity ${id}`)
  const { genitive: _old, ...rest } = entity
  await db.entities.put(form.trim() ? { ...rest, genitive: form.trim() } : rest)
}

/**
 * What attribution takes from the editor: the entities the editor shaped (other names, a corrected
 * form, a link) and the links, by name, as the core and the command line's --entities file have them.
 */
export function editorKnowledge(entities: readonly Entity[], links: readonly Link[]): EditorKnowledge {
  const byId = new Map(entities.map((entity) => [entity.id, entity]))
  const linked = new Set(links.flatMap((link) => [link.from, link.to]))
  return {
    entities: entities
      .filter((e) => e.aliases.length > 0 || e.genitive || linked.has(e.id))
      .map((e) => ({ name: e.name, aliases: e.aliases, kind: e.kind, ...(e.genitive ? { genitive: e.genitive } : {}) })),
    links: links.flatMap((link) => {
      const from = byId.get(link.from)
      const to = byId.get(link.to)
      return from && to ? [{ from: from.name, to: to.name, relation: link.relation }] : []
    }),
  }
}
