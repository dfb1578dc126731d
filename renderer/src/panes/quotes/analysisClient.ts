import type { DetectedQuote, EmbeddedSource } from '../../core/types'
import { WorkerChannel } from '../workerChannel'
import type { SpanAttribution } from './attribution'
import type { AnalysisRequest, AnalysisResponse } from './protocol'

/** What the analysis worker reads in an article: its quotes and the sources embedded in it. */
export interface ArticleDetection {
  quotes: DetectedQuote[]
  embedded: EmbeddedSource[]
}

/** Texts whose detection is kept: the panes read the same text after the same pause. */
const KEPT = 2

/**
 * Talks to the analysis worker. Detection is asked once per text: a pane that asks for a text
 * another pane has asked for (or is asking for) gets the same answer.
 */
export class AnalysisClient {
  private readonly channel: WorkerChannel<AnalysisRequest, AnalysisResponse>
  private readonly detections: Array<{ text: string; result: Promise<ArticleDetection> }> = []

  /** `onRestart`: the worker crashed or hung and was replaced; what it was asked is asked again. */
  constructor(onRestart?: (reason: string) => void) {
    this.channel = new WorkerChannel(() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }), {
      onRestart,
      // Far longer than any real round (a 1 MB article), short enough that a hung worker is noticed.
      timeoutMs: 30_000,
    })
  }

  detect(text: string): Promise<ArticleDetection> {
    const kept = this.detections.find((d) => d.text === text)
    if (kept) return kept.result
    const result = this.channel.ask({ type: 'detect', text }).then((response) => {
      if (response.type !== 'detect') throw new Error('Unexpected answer from the analysis worker')
      return { quotes: response.quotes, embedded: response.embedded }
    })
    // A failed detection is not kept: the next pane to ask asks again.
    result.catch(() => {
      const at = this.detections.findIndex((d) => d.result === result)
      if (at >= 0) this.detections.splice(at, 1)
    })
    this.detections.unshift({ text, result })
    this.detections.length = Math.min(this.detections.length, KEPT)
    return result
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

/** One pane's hold on the shared analysis worker. */
export interface AnalysisHandle {
  detect(text: string): Promise<ArticleDetection>
  attribute(text: string, start: number, end: number): Promise<SpanAttribution>
  release(): void
}

let shared: { client: AnalysisClient; holders: Set<(reason: string) => void> } | null = null

/**
 * The analysis worker the panes share, started by the first pane that needs it and stopped when
 * the last lets go. `onRestart` hears when the worker was replaced after a crash or a hang.
 */
export function acquireAnalysis(onRestart: (reason: string) => void = () => undefined): AnalysisHandle {
  if (!shared) {
    const holders = new Set<(reason: string) => void>()
    shared = { client: new AnalysisClient((reason) => holders.forEach((hear) => hear(reason))), holders }
  }
  const current = shared
  const holder = (reason: string) => onRestart(reason)
  current.holders.add(holder)
  let released = false
  return {
    detect: (text) => current.client.detect(text),
    attribute: (text, start, end) => current.client.attribute(text, start, end),
    release() {
      if (released) return
      released = true
      current.holders.delete(holder)
      if (current.holders.size === 0) {
        current.client.dispose()
        if (shared === current) shared = null
      }
    },
  }
}
