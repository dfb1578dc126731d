import { WorkerChannel } from '../workerChannel'
import type { CheckContextInput, CheckQuoteInput, CheckRound, CheckSourceInput } from './checker'
import type { ChecksRequest, ChecksResponse } from './protocol'

/** Talks to the checks worker. */
export class ChecksClient {
  private readonly channel: WorkerChannel<ChecksRequest, ChecksResponse>

  /** `onRestart`: the worker crashed or hung and was replaced; what it was asked is asked again. */
  constructor(onRestart?: (reason: string) => void) {
    this.channel = new WorkerChannel(() => new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' }), {
      onRestart,
      // Far longer than any real round (a 1 MB article), short enough that a hung worker is noticed.
      timeoutMs: 120_000,
    })
  }

  async check(quotes: CheckQuoteInput[], sources: CheckSourceInput[], context: CheckContextInput): Promise<CheckRound> {
    const response = await this.channel.ask({ type: 'check', quotes, sources, context })
    if (response.type !== 'check') throw new Error('Unexpected answer from the checks worker')
    return { results: response.results, computed: response.computed }
  }

  dispose(): void {
    this.channel.dispose()
  }
}
