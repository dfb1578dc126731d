import type { RedaktorDatabase } from './database'

// When the page goes away (reload, close) the write in flight may never finish: Dexie's writes
// need the event loop to turn, and after `pagehide` it may not. Measured in Chromium, an
// IndexedDB transaction begun in `pagehide` is lost with the one already in flight, even on
// another table. So what is pending is first copied to a journal in localStorage, which is
// written before the call returns; the next start applies whatever is newer than its row.

type JournalTable = 'articles' | 'briefs'
interface JournalEntry {
  table: JournalTable
  id: string
  changes: Record<string, unknown>
  at: number
}

const PREFIX = 'redaktor-journal:'

/** Copies a pending change of one row to the journal, synchronously. Throws when storage is full. */
export function writeToJournal(table: JournalTable, id: string, changes: Record<string, unknown>, storage: Storage = localStorage): void {
  const entry: JournalEntry = { table, id, changes, at: Date.now() }
  storage.setItem(`${PREFIX}${table}/${id}`, JSON.stringify(entry))
}

const journalKeys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key?.startsWith(PREFIX) ?? false)

/**
 * Drops the journal: for when rows were replaced wholesale (a backup restored, with its own older
 * timestamps) right after everything pending was written, so no entry can be newer than it should.
 */
export function discardJournal(storage: Storage | undefined = globalThis.localStorage): void {
  if (storage) for (const key of journalKeys(storage)) storage.removeItem(key)
}

/** At start: applies each journaled change newer than its row, and empties the journal. */
export async function applyJournal(db: RedaktorDatabase, storage: Storage = localStorage): Promise<number> {
  const keys = journalKeys(storage)
  const entries = keys.flatMap((key) => {
    try {
      return [JSON.parse(storage.getItem(key) ?? '') as JournalEntry]
    } catch {
      return [] // a damaged entry: the stored row stands
    }
  })
  // Nearly every start finds the journal empty: then no transaction (a round trip to storage) is opened.
  const applied = entries.length === 0 ? 0 : await db.transaction('rw', [db.articles, db.briefs], async () => {
    let count = 0
    for (const entry of entries) {
      if (entry.table !== 'articles' && entry.table !== 'briefs') continue
      const table = db.table<{ updatedAt: number }>(entry.table)
      const row = await table.get(entry.id)
      // A row deleted since has nothing to come back to; an older entry was overtaken by a later save.
      if (!row || !(entry.at > row.updatedAt)) continue
      await table.put({ ...row, ...entry.changes, updatedAt: entry.at })
      count++
    }
    return count
  })
  for (const key of keys) storage.removeItem(key)
  return applied
}
