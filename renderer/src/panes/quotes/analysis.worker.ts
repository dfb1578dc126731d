/// <reference lib="webworker" />
import { detectQuotes } from '../../core'
import { attributeSpan } from './attribution'
import type { AnalysisRequest, AnalysisResponse } from './protocol'

// Quote detection and speaker attribution run here, off the thread that handles typing.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data
  let response: AnalysisResponse
  try {
    response =
      request.type === 'detect'
        ? { type: 'detect', seq: request.seq, quotes: detectQuotes(request.text).quotes }
        : { type: 'attribute', seq: request.seq, attribution: attributeSpan(request.text, request.start, request.end) }
  } catch (error) {
    response = { type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
