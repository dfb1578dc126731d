export { database, RedaktorDatabase, DATABASE_NAME } from './database'
export { articlesNewestFirst, createArticle, deleteArticle, importArticle, saveArticleText, type NewArticle } from './articles'
export { createEntity, ensureEntity, entityForSurface, entityMatches, findEntityForSurface, mergeEntities, renameEntity } from './entities'
export {
  applyQuoteChanges,
  confirmQuotes,
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
export { addSource, registerEmbeddedSources, removeSource, sourcesOfArticle, syncEmbeddedSources, updateSource, type NewSource } from './sources'
export { changedSinceVerdict, checkId, checksOfArticle, clearVerdict, saveCheckResults, setVerdict, type CheckResult } from './checks'
export { getSetting, setSetting, type Settings } from './settings'
export { editorKnowledge, linkEntities, setEntityGenitive, unlinkEntities } from './links'
export type * from './types'
