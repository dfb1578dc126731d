// Public surface of the analysis core. Everything here is pure TypeScript: no DOM, no
// storage, no Node built-ins, so it runs in the renderer, a Worker, Node and the CLI.
export * from './types'
export { normalise, foldDiacritics, foldWord, normWord, type NormalisedText, type NormaliseOptions } from './text/normalise'
export { tokenize, wordTokens, countWords, isCapitalised, type Token, type TokenKind } from './text/tokenize'
export { stem, sameStem } from './lang/stem'
export { isStopword, isFunctionWord, stopwords } from './lang/stopwords'
export { ABBREVIATIONS, sameAlias } from './lang/aliases'
export { DEFAULT_ENTITIES, AFFILIATIONS } from './entities/wellKnown'
export type { EntityKind } from './entities/types'
export { resolveEntity, sameEntity, canonicalName } from './entities/resolve'
export { parseTitled, type Titled } from './entities/titled'
export { genitiveOf } from './entities/inflect'
export { personTitle, institutionNoun } from './entities/titles'
export { toNominative } from './entities/nominative'
export { pairMarks, type MarkPair } from './quotes/pair'
export { detectQuotes, type Detection } from './quotes/detect'
export { findEmbeddedSources, canonicalAuthor } from './sources/embedded'
export { indexSource, type SourceIndex } from './align/source-index'
export { matchQuote, type QuoteMatch } from './align/match-quote'
export { findNumbers, checkNumbers, canonicalNumber, readDigits, type FoundNumber, type Separators } from './numbers/numbers'
export { checkQuote, checkArticle, prepareSource, prepareArticle, collectSources, reportQuote, type PreparedSource, type PreparedArticle, type CheckOptions } from './check'
export * from './attribution'
export { STATUSES, STATUS_RANK, bestCheck, betterStatus } from './status'
export { isLinkingArticle } from './lang/links'
export * from './article'
export * from './textImport'
export {
  compareTranslation,
  translationOmissions,
  translationRegion,
  originalOf,
  segmentSentences,
  type TranslationComparison,
  type AlignedRow,
  type TextSpan,
  type TranslationIssue,
  type CompareOptions,
} from './translation'
