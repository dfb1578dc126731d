import { afterEach, describe, expect, it, vi } from 'vitest'
import { WorkerChannel } from './workerChannel'

type Request = { seq: number; type: 'echo'; text: string }
type Response = { seq: number; type: 'echo'; text: string } | { seq: number; type: 'error'; message: string }

/** A stand-in Worker: answers each request unless told to hang, and can crash like a real one. */
class FakeWorker {
  static made: FakeWorker[] = []
  onmessage: ((event: MessageEvent<Response>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  received: Request[] = []
  constructor(private readonly behaviour: { hang?: boolean } = {}) {
    FakeWorker.made.push(this)
  }
  postMessage(request: Request) {
    this.received.push(request)
    if (this.behaviour.hang) return
    queueMicrotask(() => this.onmessage?.({ data: { seq: request.seq, type: 'echo', text: request.text.toUpperCase() } } as MessageEvent<Response>))
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent)
  }
  terminate() {
    this.terminated = true
  }
}

afterEach(() => {
  FakeWorker.made = []
  vi.useRealTimers()
})

describe('a worker that crashes or hangs', () => {
  it('is replaced, asked again what it was asked, and the pane is told', async () => {
    const restarts: string[] = []
    const channel = new WorkerChannel<Request, Response>(() => new FakeWorker() as unknown as Worker, {
      onRestart: (reason) => restarts.push(reason),
    })
    const answer = channel.ask({ type: 'echo', text: 'fjalë' })
    const [first] = FakeWorker.made
    first.crash('analysis crashed') // before it could answer
    expect(await answer).toMatchObject({ type: 'echo', text: 'FJALË' })
    expect(first.terminated).toBe(true)
    expect(FakeWorker.made[1].received).toMatchObject([{ type: 'echo', text: 'fjalë' }])
    expect(restarts).toEqual(['analysis crashed'])
  })

  it('is replaced when it leaves a request unanswered too long', async () => {
    vi.useFakeTimers()
    let made = 0
    const channel = new WorkerChannel<Request, Response>(() => new FakeWorker({ hang: made++ === 0 }) as unknown as Worker, { timeoutMs: 1000 })
    const answer = channel.ask({ type: 'echo', text: 'a' })
    await vi.advanceTimersByTimeAsync(1000)
    expect(await answer).toMatchObject({ text: 'A' })
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('fails the requests instead of restarting forever when every new worker crashes too', async () => {
    const channel = new WorkerChannel<Request, Response>(() => new FakeWorker({ hang: true }) as unknown as Worker, { maxRestarts: 2 })
    const answer = channel.ask({ type: 'echo', text: 'a' })
    for (let crash = 0; crash < 3; crash++) FakeWorker.made.at(-1)!.crash('broken')
    await expect(answer).rejects.toThrow(/failed again after a restart: broken/)
  })
})
