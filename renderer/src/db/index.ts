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
export { registerEmbeddedSources } from './sources'
export { getSetting, setSetting, type Settings } from './settings'
export type * from './types'
