import Dexie, { type EntityTable } from 'dexie'
import { NewerDatabaseError } from './faults'
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

export interface OpenHandlers {
  /** An older version of the database is open in another window, so the upgrade waits for it to close. */
  onBlocked?: () => void
  /**
   * Another window is upgrading or deleting the database. What is pending gets written first;
   * then this connection closes for good (no silent reopen into a database it does not know).
   */
  onVersionChange?: () => Promise<void>
}

/** Opens the database, refusing one written by a newer version of the app, whose data this one could spoil. */
export async function openDatabase(db: RedaktorDatabase, handlers: OpenHandlers = {}): Promise<void> {
  db.on('blocked', () => handlers.onBlocked?.())
  db.on('versionchange', () => {
    void (handlers.onVersionChange?.() ?? Promise.resolve()).finally(() => db.close({ disableAutoOpen: true }))
    return false // instead of Dexie's default, which closes at once and reopens on the next write
  })
  // Dexie 4 opens a database whose version is higher than any it declares, and even adds the
  // tables it misses to it: the version is read first, without opening, so a newer one stays untouched.
  const installed = (await indexedDB.databases?.())?.find((found) => found.name === db.name)?.version
  if (installed && Math.floor(installed / 10) > db.verno) throw new NewerDatabaseError(Math.floor(installed / 10), db.verno)
  await db.open()
  const found = Math.floor(db.backendDB().version / 10)
  if (found > db.verno) {
    db.close({ disableAutoOpen: true })
    throw new NewerDatabaseError(found, db.verno)
  }
}
