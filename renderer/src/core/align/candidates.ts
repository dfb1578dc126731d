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

const scratches = new WeakMap<SourceIndex, Int32Array>()

function scratch(index: SourceIndex, size: number): Int32Array {
  let votes = scratches.get(index)
  if (!votes || votes.length < size) {
    votes = new Int32Array(Math.ceil(size))
    scratches.set(index, votes)
  }
  return votes
}

/**
 * Candidate regions for a quote: every shared stem votes for the diagonal
 * (source position − quote position) it implies; the best diagonals become windows
 * for the local alignment. This is the n-gram filter in front of the exact aligner.
 */
export function candidateWindows(quote: AlignToken[], index: SourceIndex, minToken = 0): Window[] {
  const m = quote.length
  if (m === 0 || index.tokens.length === 0) return []
  const withPostings = quote.map((t, i) => ({ i, list: index.postings.get(t.stem), stop: t.stop }))
  const content = withPostings.filter((v) => !v.stop)
  const voters = content.length > 0 ? content : withPostings
  const present = voters.filter((v) => v.list !== undefined).sort((a, b) => (a.list as number[]).length - (b.list as number[]).length)
  const rare = present.filter((v) => (v.list as number[]).length <= MAX_POSTINGS)
  const used = (rare.length > 0 ? rare : present).slice(0, VOTERS)
  // Votes per bucket in a scratch array kept with the index (a quote can start before the source:
  // its buckets are shifted by the quote's length). Only the buckets touched are read and cleared.
  const shift = Math.ceil(m / BUCKET) + 1
  const votes = scratch(index, index.tokens.length / BUCKET + shift + 2)
  const touched: number[] = []
  for (const { i, list } of used) {
    let last = NaN
    for (const p of list as number[]) {
      if (p < minToken) continue
      const bucket = Math.floor((p - i) / BUCKET)
      if (bucket === last) continue // one vote per token per bucket
      last = bucket
      if (votes[bucket + shift]++ === 0) touched.push(bucket)
    }
  }
  if (touched.length === 0) return []
  const scored: Array<[number, number]> = touched.map((bucket) => [bucket, votes[bucket + shift] + votes[bucket - 1 + shift] + votes[bucket + 1 + shift]])
  for (const bucket of touched) votes[bucket + shift] = 0
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
