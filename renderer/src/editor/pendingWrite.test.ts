import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushAllWrites, onBackgroundWrite, PendingWrite, retryDelayMs, type WriteState } from './pendingWrite'

/** Storage that fails while `failing` is set, and records what it stored. */
function storage() {
  const stored: string[] = []
  const store = {
    failing: false,
    stored,
    write: vi.fn(async (value: string) => {
      await Promise.resolve()
      if (store.failing) throw Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' })
      stored.push(value)
    }),
  }
  return store
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a value typed and not yet stored', () => {
  it('is written after the pause, and only then reported saved', async () => {
    const store = storage()
    const states: WriteState['kind'][] = []
    const writer = new PendingWrite<string>({ write: store.write, onState: (s) => states.push(s.kind), delayMs: 300 })
    writer.set('a')
    writer.set('ab')
    expect(states).toEqual(['saving', 'saving'])
    await vi.advanceTimersByTimeAsync(299)
    expect(store.stored).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(store.stored).toEqual(['ab'])
    expect(states.at(-1)).toBe('saved')
    expect(writer.hasPending).toBe(false)
    await writer.dispose()
  })

  it('stays pending through failures, says why, retries with a growing pause, and is saved once storage works', async () => {
    const store = storage()
    store.failing = true
    const states: WriteState[] = []
    const writer = new PendingWrite<string>({ write: store.write, onState: (s) => states.push(s), delayMs: 300 })
    writer.set('text')
    await vi.advanceTimersByTimeAsync(300)
    expect(states.at(-1)).toMatchObject({ kind: 'failed', attempt: 1 })
    expect((states.at(-1) as { error: Error }).error.name).toBe('QuotaExceededError')
    expect(writer.hasPending).toBe(true)
    await vi.advanceTimersByTimeAsync(retryDelayMs(1))
    expect(states.at(-1)).toMatchObject({ kind: 'failed', attempt: 2 })
    expect(states.some((s) => s.kind === 'saved')).toBe(false)
    store.failing = false
    await vi.advanceTimersByTimeAsync(retryDelayMs(2))
    expect(store.stored).toEqual(['text'])
    expect(states.at(-1)).toEqual({ kind: 'saved' })
    await writer.dispose()
  })

  it('is not reported saved when a newer value came while the older one was being written', async () => {
    const store = storage()
    const states: WriteState['kind'][] = []
    const writer = new PendingWrite<string>({ write: store.write, onState: (s) => states.push(s.kind), delayMs: 300 })
    writer.set('one')
    await vi.advanceTimersByTimeAsync(300) // the write of 'one' starts and is awaiting storage
    writer.set('one two')
    await vi.advanceTimersByTimeAsync(0)
    expect(store.stored).toEqual(['one'])
    expect(states.at(-1)).toBe('saving')
    await vi.advanceTimersByTimeAsync(300)
    expect(store.stored).toEqual(['one', 'one two'])
    expect(states.at(-1)).toBe('saved')
    await writer.dispose()
  })

  it('is written at once when flushed, and flushing everything says whether all of it was stored', async () => {
    const store = storage()
    const writer = new PendingWrite<string>({ write: store.write, onState: () => undefined, delayMs: 300 })
    writer.set('now')
    expect(await flushAllWrites()).toBe(true)
    expect(store.stored).toEqual(['now'])
    store.failing = true
    writer.set('later')
    expect(await flushAllWrites()).toBe(false)
    store.failing = false
    await writer.dispose()
  })

  it('when the page goes away, is copied to the journal before the handler returns, and written as well', async () => {
    const store = storage()
    const journal: string[] = []
    const states: WriteState['kind'][] = []
    const writer = new PendingWrite<string>({
      write: store.write,
      writeNow: (value) => void journal.push(value),
      onState: (s) => states.push(s.kind),
      delayMs: 300,
    })
    writer.set('the last keystroke')
    writer.flushNow()
    expect(journal).toEqual(['the last keystroke'])
    await vi.advanceTimersByTimeAsync(0)
    expect(store.stored).toEqual(['the last keystroke'])
    expect(states.at(-1)).toBe('saved')
    await writer.dispose()
  })

  it('keeps being retried after its owner is gone, and the failure is still told', async () => {
    const store = storage()
    store.failing = true
    const heard: WriteState['kind'][] = []
    const stop = onBackgroundWrite((state) => heard.push(state.kind))
    const writer = new PendingWrite<string>({ write: store.write, onState: () => undefined, delayMs: 300 })
    writer.set('last words')
    await writer.dispose()
    expect(heard).toEqual(['failed'])
    store.failing = false
    await vi.advanceTimersByTimeAsync(retryDelayMs(1))
    expect(store.stored).toEqual(['last words'])
    expect(heard).toEqual(['failed', 'saved'])
    stop()
  })
})
