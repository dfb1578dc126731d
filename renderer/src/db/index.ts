export { database, openDatabase, RedaktorDatabase, DATABASE_NAME, type OpenHandlers } from './database'
export {
  articleForSharedDoc,
  articlesNewestFirst,
  createArticle,
  deleteArticle,
  importArticle,
  saveArticleText,
  saveArticleTextOnExit,
  setArticleShared,
  type NewArticle,
} from './articles'
export { createEntity, ensureEntity, entityForSurface, entityMatches, findEntityForSurface, mergeEntities, renameEntity } from './entities'
export {
  applyQuoteChanges,
  confirmQuotes,
  deleteDetachedQuote,
  deleteQuote,
  quotesOfArticle,
  rejectQuote,
  rejectSuggestion,
  setQuoteKind,
  setQuoteNote,
  setQuoteSpeaker,
  type NewQuote,
  type QuoteChanges,
} from './quotes'
export { seedOnFirstLaunch } from './seed'
export { addSource, embeddedSourceId, registerEmbeddedSources, removeSource, sourcesOfArticle, syncEmbeddedSources, updateSource, type NewSource } from './sources'
export { isOriginal, markOriginal } from './sources'
export { changedSinceVerdict, checkId, checksOfArticle, clearVerdict, saveCheckResults, setVerdict, type CheckResult } from './checks'
export { getSetting, setSetting, type Settings } from './settings'
export { nameRevision, restoreRevision, revisionsOfArticle, takeRevision, AUTO_REVISION_INTERVAL_MS } from './revisions'
// Backup and restore (./backup) are imported from their module, on demand: their zod record
// schemas are not part of the app's start.
export { errorMessage, storageFault, ArticleMissingError, NewerDatabaseError, type StorageFault } from './faults'
export { applyJournal } from './exitWrite'
export { editorKnowledge, linkEntities, setEntityGenitive, unlinkEntities } from './links'
export type * from './types'
