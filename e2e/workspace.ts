import type { Page } from '@playwright/test'

export interface WorkspaceDump {
  articles: Array<{ id: string; title: string; plainText: string; editorState: string | null }>
  quotes: Array<{ id: string; articleId: string; state: string; speaker: string | null; text: string; orphaned?: boolean }>
  checks: Array<{ id: string; verdict: string | null; verdictNote: string; deletedAt?: number }>
  briefs: Array<{ id: string; articleId: string; headline: string }>
  sources: Array<{ id: string; title: string; deletedAt?: number }>
  revisions: Array<{ id: string; kind: string; note: string }>
}

/** The workspace as stored, read straight from IndexedDB, sorted so two dumps compare. */
export function readWorkspace(page: Page): Promise<WorkspaceDump> {
  return page.evaluate(
    () =>
      new Promise<WorkspaceDump>((resolve, reject) => {
        const open = indexedDB.open('redaktor')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tables = ['articles', 'quotes', 'checks', 'briefs', 'sources', 'revisions'] as const
          const tx = db.transaction([...tables], 'readonly')
          const out: Record<string, unknown[]> = {}
          for (const table of tables) {
            const request = tx.objectStore(table).getAll()
            request.onsuccess = () => {
              out[table] = (request.result as Array<{ id: string }>).sort((a, b) => a.id.localeCompare(b.id))
            }
          }
          tx.oncomplete = () => {
            db.close()
            resolve(out as unknown as WorkspaceDump)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

/**
 * Makes every IndexedDB write in the page fail as a full disk does, until `clear` is called:
 * the fault a quota error or a full disk gives the app.
 */
export async function failWrites(page: Page): Promise<{ clear: () => Promise<void> }> {
  await page.evaluate(() => {
    const fault = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const w = window as unknown as { __writesFail?: boolean; __originals?: unknown[] }
    w.__writesFail = true
    if (w.__originals) return
    const { put, add } = IDBObjectStore.prototype
    const update = IDBCursor.prototype.update
    w.__originals = [put, add, update]
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (w.__writesFail) throw fault()
      return put.apply(this, args)
    }
    IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
      if (w.__writesFail) throw fault()
      return add.apply(this, args)
    }
    IDBCursor.prototype.update = function (...args: Parameters<typeof update>) {
      if (w.__writesFail) throw fault()
      return update.apply(this, args)
    }
  })
  return {
    clear: () => page.evaluate(() => void ((window as unknown as { __writesFail?: boolean }).__writesFail = false)),
  }
}

/** The workspace once the panes have stopped writing (checks, drafts): two reads in a row agree. */
export async function settledWorkspace(page: Page): Promise<WorkspaceDump> {
  let last = await readWorkspace(page)
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.waitForTimeout(250)
    const next = await readWorkspace(page)
    if (JSON.stringify(next) === JSON.stringify(last)) return next
    last = next
  }
  throw new Error('the workspace kept changing')
}
