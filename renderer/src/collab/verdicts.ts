import type { Verdict, VerdictHistoryEntry } from '../db/types'

/** One verdict given on a check of a shared article, as the Y.Doc's `verdicts` log keeps it. */
export interface VerdictEvent {
  id: string
  /** The check's id: `quoteId|sourceId`. */
  checkId: string
  /** Null: the verdict was withdrawn. */
  verdict: Verdict | null
  note: string
  /** The quote's words when the verdict was given. */
  quoteText: string | null
  /** The name of the user who gave it. */
  by: string
  /** When, in ms. */
  at: number
}

export interface CheckVerdict {
  /** The event that stands: null when the check has none. */
  current: VerdictEvent | null
  /** Every other event of the check, newest first. */
  history: VerdictHistoryEntry[]
}

/** Newest first: the greatest `at`; on a tie, the greater `by`, then the greater `id`. */
function newestFirst(a: VerdictEvent, b: VerdictEvent): number {
  if (a.at !== b.at) return b.at - a.at
  if (a.by !== b.by) return a.by < b.by ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/**
 * The verdict of one check from its events: the newest stands, the others are its history.
 * Every client orders the same events the same way, so all agree whatever order they arrived in.
 */
export function currentVerdict(events: readonly VerdictEvent[]): CheckVerdict {
  const [current = null, ...rest] = [...events].sort(newestFirst)
  return { current, history: rest.map(({ verdict, note, by, at }) => ({ verdict, note, by, at })) }
}

/** The verdict of every check that has events, by check id. */
export function verdictsByCheck(events: readonly VerdictEvent[]): Map<string, CheckVerdict> {
  const grouped = new Map<string, VerdictEvent[]>()
  for (const event of events) {
    const ofCheck = grouped.get(event.checkId)
    if (ofCheck) ofCheck.push(event)
    else grouped.set(event.checkId, [event])
  }
  return new Map([...grouped].map(([checkId, ofCheck]) => [checkId, currentVerdict(ofCheck)]))
}
