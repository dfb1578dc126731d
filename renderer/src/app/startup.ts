import seedArticle from '../../../resources/seed/article.sq.txt?raw'
import seedOriginal from '../../../resources/seed/statement.en.txt?raw'
import { applyJournal, articlesNewestFirst, database, getSetting, openDatabase, removeStagingDatabases, seedOnFirstLaunch } from '../db'
import { flushAllWrites } from '../editor/pendingWrite'
import { initI18n, isLanguage } from './i18n'
import { markDatabaseClosed } from './storageEvents'

export interface Workspace {
  articleId: string | null
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
  void removeStagingDatabases().catch(() => undefined) // leftovers of an interrupted restore; harmless if it fails
  const seeded = await seedOnFirstLaunch(db, seedArticle, seedOriginal)
  if (seeded) return { articleId: seeded.id }
  const current = await getSetting(db, 'currentArticleId')
  if (current && (await db.articles.get(current))) return { articleId: current }
  return { articleId: (await articlesNewestFirst(db))[0]?.id ?? null }
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
