import type { DetectedQuote } from '../../core'
import { WorkerChannel } from '../workerChannel'
import type { SpanAttribution } from './attribution'
import type { AnalysisRequest, AnalysisResponse } from './protocol'

/** Talks to the analysis worker. */
export class AnalysisClient {
  private readonly channel: WorkerChannel<AnalysisRequest, AnalysisResponse>

  /** `onRestart`: the worker crashed or hung and was replaced; what it was asked is asked again. */
  constructor(onRestart?: (reason: string) => void) {
    this.channel = new WorkerChannel(() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }), {
      onRestart,
      // Far longer than any real round (a 1 MB article), short enough that a hung worker is noticed.
      timeoutMs: 30_000,
    })
  }

  async detect(text: string): Promise<DetectedQuote[]> {
    const response = await this.channel.ask({ type: 'detect', text })
    return response.type === 'detect' ? response.quotes : []
  }

  async attribute(text: string, start: number, end: number): Promise<SpanAttribution> {
    const response = await this.channel.ask({ type: 'attribute', text, start, end })
    if (response.type !== 'attribute') throw new Error('Unexpected answer from the analysis worker')
    return response.attribution
  }

  dispose(): void {
    this.channel.dispose()
  }
}
