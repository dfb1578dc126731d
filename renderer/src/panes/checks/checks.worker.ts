/// <reference lib="webworker" />
import { IncrementalChecker } from './checker'
import type { ChecksRequest, ChecksResponse } from './protocol'

// Alignment and attribution run here, off the thread that handles typing. The checker keeps
// each source's index and every pair's result between rounds, so a round aligns only what changed.
const scope = self as unknown as DedicatedWorkerGlobalScope
const checker = new IncrementalChecker()

scope.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const request = event.data
  let response: ChecksResponse
  try {
    response = { type: 'check', seq: request.seq, ...checker.run(request.quotes, request.sources, request.context) }
  } catch (error) {
    response = { type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
