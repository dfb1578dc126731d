import type { DetectedQuote } from '../../core'
import { WorkerChannel } from '../workerChannel'
import type { SpanAttribution } from './attribution'
import type { AnalysisRequest, AnalysisResponse } from './protocol'

/** Talks to the analysis worker. */
export class AnalysisClient {
  private readonly channel = new WorkerChannel<AnalysisRequest, AnalysisResponse>(
    new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
  )

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
