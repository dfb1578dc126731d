// Attribution: who is who (learned from the texts, the editor and, last, the built-in data), and
// the one function that judges a quote's attribution, with its reason in words.
export { EntityBook } from './book'
export type { BookEntity, Evidence } from './bookEntity'
export { attributionContext, type AttributionContext, type AttributionSource, type ContextOptions, type SourceProfile } from './context'
export { attributeQuote, type AttributionReason, type AttributionResult, type NamedEntity, type SourceRef, type SpeakerInput } from './attribute'
export { explainAttribution, type ExplanationLanguage } from './explain'
export type { EditorKnowledge, EntityLink, KnownEntity, LinkRelation } from './knowledge'
