import Dexie, { type EntityTable } from 'dexie'
import { schemaVersions } from './schema'
import type { Article, Brief, Check, Entity, Link, Quote, Revision, Setting, Source } from './types'

export const DATABASE_NAME = 'redaktor'

export class RedaktorDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>
  revisions!: EntityTable<Revision, 'id'>
  sources!: EntityTable<Source, 'id'>
  entities!: EntityTable<Entity, 'id'>
  quotes!: EntityTable<Quote, 'id'>
  checks!: EntityTable<Check, 'id'>
  briefs!: EntityTable<Brief, 'id'>
  settings!: EntityTable<Setting, 'key'>
  links!: EntityTable<Link, 'id'>

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
  }
}

let shared: RedaktorDatabase | null = null

/** The app's one database connection. */
export function database(): RedaktorDatabase {
  shared ??= new RedaktorDatabase()
  return shared
}
