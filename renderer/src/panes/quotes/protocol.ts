import type { DetectedQuote, EmbeddedSource } from '../../core/types'
import type { SpanAttribution } from './attribution'

/** Messages to the analysis worker: detect every quote and embedded source, or attribute one span tagged by hand. */
export type AnalysisRequest =
  | { type: 'detect'; seq: number; text: string }
  | { type: 'attribute'; seq: number; text: string; start: number; end: number }

export type AnalysisResponse =
  | { type: 'detect'; seq: number; quotes: DetectedQuote[]; embedded: EmbeddedSource[] }
  | { type: 'attribute'; seq: number; attribution: SpanAttribution }
  | { type: 'error'; seq: number; message: string }
