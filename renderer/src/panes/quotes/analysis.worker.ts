/// <reference lib="webworker" />
import { detectQuotes } from '../../core/quotes/detect'
import { findEmbeddedSources } from '../../core/sources/embedded'
import { attributeSpan } from './attribution'
import type { AnalysisRequest, AnalysisResponse } from './protocol'

// Quote detection and speaker attribution run here, off the thread that handles typing. Both panes
// read the article's quotes and embedded sources from here (see acquireAnalysis), once per text.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data
  let response: AnalysisResponse
  try {
    if (request.type === 'detect') {
      const embedded = findEmbeddedSources(request.text)
      response = { type: 'detect', seq: request.seq, quotes: detectQuotes(request.text, embedded).quotes, embedded }
    } else {
      response = { type: 'attribute', seq: request.seq, attribution: attributeSpan(request.text, request.start, request.end) }
    }
  } catch (error) {
    response = { type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
