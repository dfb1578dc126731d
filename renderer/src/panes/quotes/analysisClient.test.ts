import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { acquireAnalysis } from './analysisClient'
import type { AnalysisRequest, AnalysisResponse } from './protocol'
import { FakeWorker } from '../fakeWorker'

/** The analysis worker, standing in: it detects the whole text as one quote. */
class AnalysisWorker extends FakeWorker<AnalysisRequest, AnalysisResponse> {
  constructor() {
    super((request) => {
      if (request.type !== 'detect') return undefined
      const quotes = [{ id: 'q1', text: request.text, start: 0, end: request.text.length, kind: 'direct' as const, speaker: null, open: { start: 0, end: 0 }, close: { start: 0, end: 0 } }]
      return { type: 'detect', seq: request.seq, quotes, embedded: [] }
    })
  }
}

const detections = () => (FakeWorker.made as unknown as AnalysisWorker[]).flatMap((w) => w.received).filter((r) => r.type === 'detect').length

beforeEach(() => vi.stubGlobal('Worker', AnalysisWorker))
afterEach(() => {
  FakeWorker.made = []
  vi.unstubAllGlobals()
})

describe('the analysis the Quotes and Checks panes share', () => {
  it('detects a text once, whichever pane asks, and starts one worker for both', async () => {
    const quotesPane = acquireAnalysis()
    const checksPane = acquireAnalysis()
    const [a, b] = await Promise.all([quotesPane.detect('“Po.”'), checksPane.detect('“Po.”')])
    expect(a).toBe(b)
    expect(FakeWorker.made).toHaveLength(1)
    expect(detections()).toBe(1)
    // Typing changes the text: one detection of the new text.
    await quotesPane.detect('“Jo.”')
    await checksPane.detect('“Jo.”')
    expect(detections()).toBe(2)
    quotesPane.release()
    checksPane.release()
  })

  it('stops the worker when the last pane lets go, and starts a new one for the next', async () => {
    const one = acquireAnalysis()
    const two = acquireAnalysis()
    one.release()
    expect(FakeWorker.made[0].terminated).toBe(false)
    two.release()
    expect(FakeWorker.made[0].terminated).toBe(true)
    const three = acquireAnalysis()
    await three.detect('tekst')
    expect(FakeWorker.made).toHaveLength(2)
    three.release()
  })

  it('tells every pane when the worker was restarted, and the detection still arrives', async () => {
    const heard: string[] = []
    const quotesPane = acquireAnalysis((reason) => heard.push(`quotes: ${reason}`))
    const checksPane = acquireAnalysis((reason) => heard.push(`checks: ${reason}`))
    const first = FakeWorker.made[0] as unknown as AnalysisWorker
    first.postMessage = (request) => void first.received.push(request) // it crashes before it answers
    const pending = checksPane.detect('“Po.”')
    first.crash('analysis crashed')
    expect((await pending).quotes[0].text).toBe('“Po.”')
    expect(heard).toEqual(['quotes: analysis crashed', 'checks: analysis crashed'])
    quotesPane.release()
    checksPane.release()
  })
})
