// Translation against its original: sentences, alignment, omissions and changed facts.
export { segmentSentences, type Sentence } from './segment'
export { language, knownLanguages, type LanguageData } from './languages'
export { alignUnits, Aligner, type AlignUnit, type Bead, type BeadKind, type AlignOptions } from './align'
export { sentenceFeatures, type SentenceFeatures, type Mention } from './features'
export { lexicon } from './lexicon'
export type { TranslationIssue, IssueKind } from './findings'
export {
  compareTranslation,
  translationOmissions,
  translationRegion,
  originalOf,
  type TranslationComparison,
  type AlignedRow,
  type TextSpan,
  type CompareOptions,
} from './compare'
