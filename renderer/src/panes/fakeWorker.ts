// For tests: a stand-in Worker that answers what `answer` returns (nothing: it hangs), records what
// it was asked, and can crash like a real one.
export class FakeWorker<Request extends { seq: number }, Response> {
  static made: Array<FakeWorker<{ seq: number }, unknown>> = []
  onmessage: ((event: MessageEvent<Response>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  received: Request[] = []

  constructor(private readonly answer: (request: Request) => Response | undefined) {
    FakeWorker.made.push(this as unknown as FakeWorker<{ seq: number }, unknown>)
  }

  postMessage(request: Request) {
    this.received.push(request)
    const response = this.answer(request)
    if (response !== undefined) queueMicrotask(() => this.onmessage?.({ data: response } as MessageEvent<Response>))
  }

  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent)
  }

  terminate() {
    this.terminated = true
  }
}
