// The brief: its model, the live merge of checks and overrides, the draft, and the exports
// (Markdown, the print document and ClaimReview JSON-LD).
export * from './model'
export { buildBriefDraft, factsOfReport, articleTitleOf, type DraftInput } from './draft'
export { composeBrief, placeQuotes, draftOf, NO_OVERRIDES, type BriefFacts, type BriefOverrides, type QuoteFacts, type PlacedQuote, type LiveQuote, type LiveBrief } from './live'
export { reportedClaims, firstParagraph, headlineOf, keyPointsOf, mainClause, titleLine, MAX_HEADLINE_LENGTH, type Claim } from './claims'
export { claimReview, CLAIM_REVIEW_RATING, type ClaimReviewOptions } from './claimReview'
export { attributionNote, bestCheck, shortQuote, type NoteInput } from './notes'
export { dativeOf, englishName, accusativeTitle, englishTitle } from './inflect'
export { briefLabels, writtenDate, monthName, isoDay, isIsoDate, type BriefLabels } from './labels'
export { richFromLexicalJson, richFromPlain, plainFromRich, mergeRuns } from './rich'
export {
  briefMarkdown,
  exportBriefMarkdown,
  escapeMarkdown,
  richMarkdown,
  yamlString,
  briefSlug,
  briefFileName,
  flatten,
  type CliExportOptions,
} from './markdown'
export { printBriefDocument, escapeHtml, PRINT_FONT_FAMILY, type PrintFontFace, type PrintOptions } from './printDocument'
