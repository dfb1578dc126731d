import Dexie from 'dexie'
import { DATABASE_NAME } from './database'

// A restore imports the backup into a database of its own first (see backup.ts). Kept apart
// from the restore itself: the start removes leftovers without loading what restoring needs.
export const STAGING_PREFIX = `${DATABASE_NAME}-restore-`

/** Deletes staging databases an interrupted restore left behind. */
export async function removeStagingDatabases(): Promise<void> {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(STAGING_PREFIX)) await Dexie.delete(name)
}
