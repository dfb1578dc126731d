/**
 * What the editor typed and storage has not confirmed yet. Everything typed (the article, the
 * brief) is written through one of these:
 * - the value stays pending until its write resolves; "saved" means exactly that;
 * - a failed write is retried with a growing pause, and the state says why it failed;
 * - when the page is hidden or goes away, what is pending is copied at once to a journal written
 *   before the handler returns (db/exitWrite.ts), and the real write starts; if the page does not
 *   live to finish it, the next start applies the journal.
 */
export type WriteState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown; attempt: number; retryAt: number }

export interface PendingWriteOptions<T> {
  write: (value: T) => Promise<void>
  /** A synchronous copy to the journal: for pagehide, when no later turn may come. */
  writeNow?: (value: T) => void
  onState: (state: WriteState) => void
  /** Pause after the last change before writing. */
  delayMs: number
}

/** 1 s, 2 s, 4 s … up to 15 s between attempts. */
export const retryDelayMs = (attempt: number) => Math.min(15_000, 1000 * 2 ** Math.max(0, attempt - 1))

export class PendingWrite<T> {
  private pending: { value: T } | null = null
  private running: Promise<void> | null = null
  private timer: ReturnType<typeof setTimeout> | undefined
  private attempt = 0
  private report: (state: WriteState) => void
  private owned = true

  constructor(private readonly options: PendingWriteOptions<T>) {
    this.report = options.onState
    writers.add(this as PendingWrite<unknown>)
    installPageListeners()
  }

  get hasPending(): boolean {
    return this.pending !== null
  }

  /** A new value to write after the pause (or, after a failure, at the next retry). */
  set(value: T): void {
    this.pending = { value }
    if (this.attempt > 0) return // a retry is already scheduled; the state keeps saying why
    this.report({ kind: 'saving' })
    this.schedule(this.options.delayMs)
  }

  /** Writes what is pending now and resolves when that write has succeeded or failed. */
  async flush(): Promise<void> {
    if (this.running) await this.running
    if (this.pending) await this.run()
  }

  /** For pagehide and a hidden page: the journal copy before returning, then the write itself. */
  flushNow(): void {
    if (!this.pending) return
    try {
      this.options.writeNow?.(this.pending.value)
    } catch {
      // A full journal is not this value's failure: the write itself says how that went.
    }
    void this.run()
  }

  /**
   * The owner goes away (another article opened). What is pending is written now; if that fails
   * the writer keeps retrying on its own, and tells the app-wide listeners instead of its owner.
   */
  dispose(): Promise<void> {
    this.owned = false
    this.report = (state) => backgroundListeners.forEach((listener) => listener(state))
    if (!this.pending) writers.delete(this as PendingWrite<unknown>)
    return this.flush()
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.run(), ms)
  }

  private run(): Promise<void> {
    const taken = this.pending
    if (!taken) return Promise.resolve()
    if (this.running) return this.running // the write in flight reschedules if more came
    clearTimeout(this.timer)
    const attempt = this.attemptWrite(taken)
    this.running = attempt
    // Registered before anyone else awaits this write, so it runs first.
    void attempt.finally(() => {
      if (this.running === attempt) this.running = null
    })
    return attempt
  }

  private async attemptWrite(taken: { value: T }): Promise<void> {
    try {
      await this.options.write(taken.value)
      this.attempt = 0
      if (this.pending === taken) {
        this.pending = null
        this.report({ kind: 'saved' })
        if (!this.owned) writers.delete(this as PendingWrite<unknown>)
      } else this.schedule(this.options.delayMs)
    } catch (error) {
      this.attempt++
      const wait = retryDelayMs(this.attempt)
      this.report({ kind: 'failed', error, attempt: this.attempt, retryAt: Date.now() + wait })
      this.schedule(wait)
    }
  }
}

const writers = new Set<PendingWrite<unknown>>()
const backgroundListeners = new Set<(state: WriteState) => void>()
let listening = false

/** Hears the writers whose owner has gone: a failure there must still reach the editor. */
export function onBackgroundWrite(listener: (state: WriteState) => void): () => void {
  backgroundListeners.add(listener)
  return () => backgroundListeners.delete(listener)
}

function installPageListeners(): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  const now = () => writers.forEach((writer) => writer.flushNow())
  window.addEventListener('pagehide', now)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && now())
}

/**
 * Writes everything pending, for actions that read the stored copy (a backup, a restore).
 * False when something could not be written: the action must not go ahead and lose it.
 */
export async function flushAllWrites(): Promise<boolean> {
  await Promise.all([...writers].map((writer) => writer.flush()))
  return [...writers].every((writer) => !writer.hasPending)
}

/** Whether anything typed is still unconfirmed. */
export function hasPendingWrites(): boolean {
  return [...writers].some((writer) => writer.hasPending)
}
