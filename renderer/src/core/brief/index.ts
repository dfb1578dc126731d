// The brief: its model, the draft builder, and the two exports (Markdown and the print document).
export * from './model'
export { buildBriefDraft, type DraftInput, type QuoteRowInput, type VerdictInput } from './draft'
export { reportedClaims, firstParagraph, type Claim } from './claims'
export { attributionNote, bestCheck, shortQuote, type NoteInput } from './notes'
export { dativeOf, englishName, accusativeTitle, englishTitle } from './inflect'
export { briefLabels, writtenDate, isoDay, isIsoDate, type BriefLabels } from './labels'
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
