import type { AlignToken } from './tokens'
import type { SourceIndex } from './source-index'

export interface Window {
  /** Source token range [lo, hi). */
  lo: number
  hi: number
  votes: number
}

const BUCKET = 4
/** Stems this frequent say little about where a quote is; skip them when others exist. */
const MAX_POSTINGS = 3000
const MAX_WINDOWS = 3
/** Only the rarest words vote: they locate the passage as well as all of them, far cheaper. */
const VOTERS = 6

/**
 * Candidate regions for a quote: every shared stem votes for the diagonal
 * (source position − quote position) it implies; the best diagonals become windows
 * for the local alignment. This is the n-gram filter in front of the exact aligner.
 */
export function candidateWindows(quote: AlignToken[], index: SourceIndex, minToken = 0): Window[] {
  const m = quote.length
  if (m === 0 || index.tokens.length === 0) return []
  const content = quote.map((t, i) => [t, i] as const).filter(([t]) => !t.stop)
  const voters = content.length > 0 ? content : quote.map((t, i) => [t, i] as const)
  const count = (t: AlignToken) => index.postings.get(t.stem)?.length ?? 0
  const present = voters.filter(([t]) => count(t) > 0).sort((a, b) => count(a[0]) - count(b[0]))
  const rare = present.filter(([t]) => count(t) <= MAX_POSTINGS)
  const used = (rare.length > 0 ? rare : present).slice(0, VOTERS)
  const votes = new Map<number, number>()
  for (const [t, i] of used) {
    const list = index.postings.get(t.stem)
    if (!list) continue
    let last = NaN
    for (const p of list) {
      if (p < minToken) continue
      const bucket = Math.floor((p - i) / BUCKET)
      if (bucket === last) continue // one vote per token per bucket
      last = bucket
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1)
    }
  }
  if (votes.size === 0) return []
  const scored: Array<[number, number]> = []
  for (const [bucket, v] of votes) scored.push([bucket, v + (votes.get(bucket - 1) ?? 0) + (votes.get(bucket + 1) ?? 0)])
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const need = Math.min(2, used.length)
  const slack = Math.ceil(m / 2) + 4
  const windows: Window[] = []
  for (const [bucket, v] of scored) {
    if (v < need || windows.length >= MAX_WINDOWS) break
    const lo = Math.max(minToken, bucket * BUCKET - slack)
    const hi = Math.min(index.tokens.length, bucket * BUCKET + BUCKET + m + slack)
    if (hi <= lo) continue
    if (windows.some((w) => lo < w.hi && hi > w.lo)) continue
    windows.push({ lo, hi, votes: v })
  }
  return windows
}
