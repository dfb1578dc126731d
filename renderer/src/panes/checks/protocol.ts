import type { DetectedQuote, EmbeddedSource } from '../../core'
import type { CheckContextInput, CheckQuoteInput, CheckRound, CheckSourceInput } from './checker'

/** Messages to the checks worker: read the article (quotes, embedded sources), or check quotes against sources. */
export type ChecksRequest =
  | { type: 'analyse'; seq: number; text: string }
  | { type: 'check'; seq: number; quotes: CheckQuoteInput[]; sources: CheckSourceInput[]; context: CheckContextInput }

export type ChecksResponse =
  | { type: 'analyse'; seq: number; quotes: DetectedQuote[]; embedded: EmbeddedSource[] }
  | ({ type: 'check'; seq: number } & CheckRound)
  | { type: 'error'; seq: number; message: string }
