/**
 * In a sorted list, the first index at which `before(i)` stops being true (or `length` if it never
 * does): where a new item would go, or which item covers an offset.
 */
export function firstIndexAfter(length: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
