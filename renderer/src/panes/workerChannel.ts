type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Pending<Request, Response> = {
  request: DistributiveOmit<Request, 'seq'>
  resolve: (response: Response) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout> | undefined
}

export interface WorkerChannelOptions {
  /** The worker crashed (or stopped answering) and a new one took its place; requests in flight were sent again. */
  onRestart?: (reason: string) => void
  /** A request unanswered for this long means the worker hangs. */
  timeoutMs?: number
  /** Restarts in a row without a single answer before the requests in flight fail. */
  maxRestarts?: number
}

/**
 * Request and answer over a Worker: each request carries a sequence number and its answer
 * comes back to the caller that asked. An answer of type 'error' rejects.
 * A worker that crashes (an uncaught error, a message it cannot read) or hangs is replaced, and
 * what it was asked is asked again, so a pane is never left busy; a worker that crashes again
 * and again fails the requests instead.
 * The Worker is made by the caller, so Vite sees each `new Worker(new URL(…))` and bundles it.
 */
export class WorkerChannel<Request extends { seq: number }, Response extends { seq: number; type: string }> {
  private readonly pending = new Map<number, Pending<Request, Response>>()
  private seq = 0
  private restartsInARow = 0
  private worker: Worker
  private disposed = false

  constructor(
    private readonly create: () => Worker,
    private readonly options: WorkerChannelOptions = {},
  ) {
    this.worker = this.start()
  }

  ask(request: DistributiveOmit<Request, 'seq'>): Promise<Response> {
    const seq = ++this.seq
    return new Promise((resolve, reject) => {
      const entry: Pending<Request, Response> = { request, resolve, reject, timer: undefined }
      this.pending.set(seq, entry)
      this.send(seq, entry)
    })
  }

  /** Answers still on their way are dropped, not failed: whoever asked has gone too. */
  dispose(): void {
    this.disposed = true
    this.worker.terminate()
    for (const entry of this.pending.values()) clearTimeout(entry.timer)
    this.pending.clear()
  }

  private start(): Worker {
    const worker = this.create()
    worker.onmessage = (event: MessageEvent<Response>) => {
      this.restartsInARow = 0
      const waiting = this.pending.get(event.data.seq)
      if (!waiting) return
      clearTimeout(waiting.timer)
      this.pending.delete(event.data.seq)
      if (event.data.type === 'error') waiting.reject(new Error((event.data as { message?: string }).message ?? 'worker error'))
      else waiting.resolve(event.data)
    }
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault()
      this.restart(event.message || 'the worker failed')
    }
    worker.onmessageerror = () => this.restart('a message could not be read')
    return worker
  }

  private send(seq: number, entry: Pending<Request, Response>): void {
    clearTimeout(entry.timer)
    if (this.options.timeoutMs) entry.timer = setTimeout(() => this.restart('no answer'), this.options.timeoutMs)
    this.worker.postMessage({ ...entry.request, seq })
  }

  private restart(reason: string): void {
    if (this.disposed) return
    this.worker.onmessage = this.worker.onerror = this.worker.onmessageerror = null
    this.worker.terminate()
    this.worker = this.start()
    if (++this.restartsInARow > (this.options.maxRestarts ?? 2)) {
      this.restartsInARow = 0
      const failed = [...this.pending.values()]
      this.pending.clear()
      for (const entry of failed) {
        clearTimeout(entry.timer)
        entry.reject(new Error(`The worker failed again after a restart: ${reason}`))
      }
    } else {
      for (const [seq, entry] of this.pending) this.send(seq, entry)
    }
    this.options.onRestart?.(reason)
  }
}
