type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Pending<Response> = { resolve: (response: Response) => void; reject: (error: Error) => void }

/**
 * Request and answer over a Worker: each request carries a sequence number and its answer
 * comes back to the caller that asked. An answer of type 'error' rejects.
 * The Worker is made by the caller, so Vite sees each `new Worker(new URL(…))` and bundles it.
 */
export class WorkerChannel<Request extends { seq: number }, Response extends { seq: number; type: string }> {
  private readonly pending = new Map<number, Pending<Response>>()
  private seq = 0

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<Response>) => {
      const waiting = this.pending.get(event.data.seq)
      if (!waiting) return
      this.pending.delete(event.data.seq)
      if (event.data.type === 'error') waiting.reject(new Error((event.data as { message?: string }).message ?? 'worker error'))
      else waiting.resolve(event.data)
    }
  }

  ask(request: DistributiveOmit<Request, 'seq'>): Promise<Response> {
    const seq = ++this.seq
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject })
      this.worker.postMessage({ ...request, seq })
    })
  }

  /** Answers still on their way are dropped, not failed: whoever asked has gone too. */
  dispose(): void {
    this.worker.terminate()
    this.pending.clear()
  }
}
