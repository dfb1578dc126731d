/**
 * What went wrong with storage, in the terms the editor is told: the disk or quota is full,
 * another window holds the database, the database is newer than this app, it was closed
 * under us, the article is gone, or something else (with its own message).
 */
export type StorageFault = 'quota' | 'blocked' | 'newer' | 'closed' | 'missing' | 'other'

/** An article saved after it was deleted: the write must fail, never report "saved". */
export class ArticleMissingError extends Error {
  override name = 'ArticleMissingError'
  constructor(id: string) {
    super(`The article ${id} no longer exists`)
  }
}

/** The database on disk was written by a newer version of the app; opening it could spoil it. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError'
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`The database is at schema version ${found}; this version of Redaktor knows up to ${known}`)
  }
}

const names = (error: unknown): string[] => {
  const found: string[] = []
  // Dexie wraps the browser's error (an aborted transaction keeps the cause in `inner`).
  for (let current = error as { name?: unknown; inner?: unknown } | null, depth = 0; current && depth < 5; current = current.inner as typeof current, depth++) {
    if (typeof current.name === 'string') found.push(current.name)
  }
  return found
}

export function storageFault(error: unknown): StorageFault {
  const all = names(error)
  if (all.includes('QuotaExceededError')) return 'quota'
  if (all.includes('NewerDatabaseError') || all.includes('VersionError')) return 'newer'
  if (all.includes('ArticleMissingError')) return 'missing'
  if (all.includes('DatabaseClosedError')) return 'closed'
  if (all.includes('BlockedError')) return 'blocked'
  return 'other'
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
