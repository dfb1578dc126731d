import type { DetectedQuote, EmbeddedSource } from '../../core'
import type { CheckQuoteInput, CheckRound, CheckSourceInput } from './checker'
import type { ChecksRequest, ChecksResponse } from './protocol'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Pending = { resolve: (response: ChecksResponse) => void; reject: (error: Error) => void }

/** Talks to the checks worker; each request gets its own answer back by sequence number. */
export class ChecksClient {
  private readonly worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' })
  private readonly pending = new Map<number, Pending>()
  private seq = 0

  constructor() {
    this.worker.onmessage = (event: MessageEvent<ChecksResponse>) => {
      const waiting = this.pending.get(event.data.seq)
      if (!waiting) return
      this.pending.delete(event.data.seq)
      if (event.data.type === 'error') waiting.reject(new Error(event.data.message))
      else waiting.resolve(event.data)
    }
  }

  private ask(request: DistributiveOmit<ChecksRequest, 'seq'>): Promise<ChecksResponse> {
    const seq = ++this.seq
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject })
      this.worker.postMessage({ ...request, seq } as ChecksRequest)
    })
  }

  async analyse(text: string): Promise<{ quotes: DetectedQuote[]; embedded: EmbeddedSource[] }> {
    const response = await this.ask({ type: 'analyse', text })
    if (response.type !== 'analyse') throw new Error('Unexpected answer from the checks worker')
    return response
  }

  async check(quotes: CheckQuoteInput[], sources: CheckSourceInput[]): Promise<CheckRound> {
    const response = await this.ask({ type: 'check', quotes, sources })
    if (response.type !== 'check') throw new Error('Unexpected answer from the checks worker')
    return { results: response.results, computed: response.computed }
  }

  dispose(): void {
    this.worker.terminate()
    this.pending.clear()
  }
}
