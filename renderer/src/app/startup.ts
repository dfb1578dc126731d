import seedArticle from '../../../resources/seed/article.sq.txt?raw'
import seedOriginal from '../../../resources/seed/statement.en.txt?raw'
import { applyJournal, articlesNewestFirst, database, getSetting, openDatabase, seedOnFirstLaunch, type Article, type RedaktorDatabase } from '../db'
import { removeStagingDatabases } from '../db/staging'
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
  // Each read is a round trip to storage: the settings are asked for together, and the
  // interface language is set up while the article is read.
  const [language, seededBefore, current] = await Promise.all([getSetting(db, 'language'), getSetting(db, 'seeded'), getSetting(db, 'currentArticleId')])
  const i18n = initI18n(isLanguage(language) ? language : 'sq')
  void requestPersistentStorage()
  // Leftovers of an interrupted restore; harmless if it fails.
  void removeStagingDatabases().catch(() => undefined)
  const article = await pickArticle(db, seededBefore === true, current)
  await i18n
  return { article }
}

/** The seed on the very first launch, else the article open last time, else the newest. */
async function pickArticle(db: RedaktorDatabase, seededBefore: boolean, current: string | undefined): Promise<Article | null> {
  const seeded = seededBefore ? null : await seedOnFirstLaunch(db, seedArticle, seedOriginal)
  if (seeded) return seeded
  const stored = current ? await db.articles.get(current) : undefined
  return stored ?? (await articlesNewestFirst(db))[0] ?? null
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
