import type { CheckStatus } from './types'

// How good a check is, best first: the one ordering every pane, export and upgrade uses.
export const STATUSES: readonly CheckStatus[] = ['verbatim', 'near-verbatim', 'paraphrase', 'not-found']

export const STATUS_RANK: Readonly<Record<CheckStatus, number>> = { verbatim: 0, 'near-verbatim': 1, paraphrase: 2, 'not-found': 3 }

/** The better of two statuses. */
export function betterStatus(a: CheckStatus, b: CheckStatus): CheckStatus {
  return STATUS_RANK[b] < STATUS_RANK[a] ? b : a
}

/** The best of some checks (the first wins a tie), or null when there are none. */
export function bestCheck<T extends { status: CheckStatus }>(checks: readonly T[]): T | null {
  let best: T | null = null
  for (const c of checks) if (!best || STATUS_RANK[c.status] < STATUS_RANK[best.status]) best = c
  return best
}
