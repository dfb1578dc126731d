import seedArticle from '../../../resources/seed/article.sq.txt?raw'
import seedOriginal from '../../../resources/seed/statement.en.txt?raw'
import { applyJournal, articlesNewestFirst, database, getSetting, openDatabase, seedOnFirstLaunch, type Article } from '../db'
import { flushAllWrites } from '../editor/pendingWrite'
import { initI18n, isLanguage } from './i18n'
import { markDatabaseClosed } from './storageEvents'

export interface Workspace {
  /** The article to open, as stored: the editor shows it without reading it again. */
  article: Article | null
}

/** Opens storage, the interface language and the article to show, before the first render. */
export async function openWorkspace({ onBlocked }: { onBlocked: () => void }): Promise<Workspace> {
  const db = database()
  await openDatabase(db, {
    onBlocked,
    // Another window is upgrading the database: write what is pending, then let it go.
    onVersionChange: async () => {
      await Promise.race([flushAllWrites(), new Promise((resolve) => setTimeout(resolve, 3000))])
      markDatabaseClosed()
    },
  })
  // Edits written as the last session's page went away, if their own write did not finish.
  await applyJournal(db)
  const language = await getSetting(db, 'language')
  await initI18n(isLanguage(language) ? language : 'sq')
  void requestPersistentStorage()
  // Leftovers of an interrupted restore; harmless if it fails. Loaded apart: restoring is not part of the start.
  void import('../db/backup').then(({ removeStagingDatabases }) => removeStagingDatabases()).catch(() => undefined)
  const seeded = await seedOnFirstLaunch(db, seedArticle, seedOriginal)
  if (seeded) return { article: seeded }
  const current = await getSetting(db, 'currentArticleId')
  const stored = current ? await db.articles.get(current) : undefined
  return { article: stored ?? (await articlesNewestFirst(db))[0] ?? null }
}

/**
 * Asks the browser (or Electron) not to evict the database when the disk runs low. Browsers may
 * say no; the data is then kept "best effort", which is why backups exist.
 */
async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false
    return (await navigator.storage.persisted()) || (await navigator.storage.persist())
  } catch {
    return false
  }
}
