import type { CheckContextInput, CheckQuoteInput, CheckRound, CheckSourceInput } from './checker'

/** Messages to the checks worker: check quotes against sources (the quotes come from the analysis worker). */
export type ChecksRequest =
  | { type: 'check'; seq: number; quotes: CheckQuoteInput[]; sources: CheckSourceInput[]; context: CheckContextInput }

export type ChecksResponse =
  | ({ type: 'check'; seq: number } & CheckRound)
  | { type: 'error'; seq: number; message: string }
