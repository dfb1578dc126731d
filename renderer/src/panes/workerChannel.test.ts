import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeWorker } from './fakeWorker'
import { WorkerChannel } from './workerChannel'

type Request = { seq: number; type: 'echo'; text: string }
type Response = { seq: number; type: 'echo'; text: string } | { seq: number; type: 'error'; message: string }

const echo = (request: Request): Response => ({ seq: request.seq, type: 'echo', text: request.text.toUpperCase() })
/** A worker that echoes, or hangs. */
const worker = ({ hang = false } = {}) => new FakeWorker<Request, Response>((request) => (hang ? undefined : echo(request))) as unknown as Worker

afterEach(() => {
  FakeWorker.made = []
  vi.useRealTimers()
})

describe('a worker that crashes or hangs', () => {
  it('is replaced, asked again what it was asked, and the pane is told', async () => {
    const restarts: string[] = []
    const channel = new WorkerChannel<Request, Response>(() => worker(), {
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
    const channel = new WorkerChannel<Request, Response>(() => worker({ hang: made++ === 0 }), { timeoutMs: 1000 })
    const answer = channel.ask({ type: 'echo', text: 'a' })
    await vi.advanceTimersByTimeAsync(1000)
    expect(await answer).toMatchObject({ text: 'A' })
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('fails the requests instead of restarting forever when every new worker crashes too', async () => {
    const channel = new WorkerChannel<Request, Response>(() => worker({ hang: true }), { maxRestarts: 2 })
    const answer = channel.ask({ type: 'echo', text: 'a' })
    for (let crash = 0; crash < 3; crash++) FakeWorker.made.at(-1)!.crash('broken')
    await expect(answer).rejects.toThrow(/failed again after a restart: broken/)
  })
})
