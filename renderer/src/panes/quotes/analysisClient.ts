import type { DetectedQuote } from '../../core'
import type { SpanAttribution } from './attribution'
import type { AnalysisRequest, AnalysisResponse } from './protocol'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Pending = { resolve: (response: AnalysisResponse) => void; reject: (error: Error) => void }

/** Talks to the analysis worker; each request gets its own answer back by sequence number. */
export class AnalysisClient {
  private readonly worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })
  private readonly pending = new Map<number, Pending>()
  private seq = 0

  constructor() {
    this.worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const waiting = this.pending.get(event.data.seq)
      if (!waiting) return
      this.pending.delete(event.data.seq)
      if (event.data.type === 'error') waiting.reject(new Error(event.data.message))
      else waiting.resolve(event.data)
    }
  }

  private ask(request: DistributiveOmit<AnalysisRequest, 'seq'>): Promise<AnalysisResponse> {
    const seq = ++this.seq
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject })
      this.worker.postMessage({ ...request, seq } as AnalysisRequest)
    })
  }

  async detect(text: string): Promise<DetectedQuote[]> {
    const response = await this.ask({ type: 'detect', text })
    return response.type === 'detect' ? response.quotes : []
  }

  async attribute(text: string, start: number, end: number): Promise<SpanAttribution> {
    const response = await this.ask({ type: 'attribute', text, start, end })
    if (response.type !== 'attribute') throw new Error('Unexpected answer from the analysis worker')
    return response.attribution
  }

  dispose(): void {
    // Answers still on their way are dropped, not failed: whoever asked has gone too.
    this.worker.terminate()
    this.pending.clear()
  }
}
