import type { RedaktorDatabase } from './database'
import type { TableName } from './records'

/**
 * Writes one row with a request issued before this function returns and the transaction
 * committed at once, for the moment the page goes away (reload, close): Dexie's own writes need
 * the event loop to turn, and after `pagehide` it may not. Resolves when the row is on disk.
 */
export function putNow(db: RedaktorDatabase, table: TableName, row: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(table, 'readwrite')
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error('The write was aborted'))
    tx.objectStore(table).put(row)
    tx.commit()
  })
}
