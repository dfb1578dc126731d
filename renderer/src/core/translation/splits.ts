// A translator who splits a sentence in two may leave the second half with little but a number
// or a date in common with the original ("… me 27 vota pro. Ndërkohë, 3 anëtarë … abstenuan."):
// too little for the aligner, which then reports an added sentence and a number missing from the
// pair beside it. The number itself says where the sentence belongs.
import type { Bead } from './align'
import type { SentenceFeatures } from './features'

/** The numbers and dates of sentences, as their anchors name them. */
function specifics(units: readonly SentenceFeatures[]): Set<string> {
  const out = new Set<string>()
  for (const u of units) for (const list of u.anchors) for (const a of list) if (/^[#MW]/u.test(a)) out.add(a)
  return out
}

/** Whether `from` holds a number or a date that `pair` has on its other side only, and none it lacks there. */
function completes(from: Set<string>, other: Set<string>, same: Set<string>): boolean {
  if (from.size === 0) return false
  let fills = false
  for (const a of from) {
    if (!other.has(a)) return false
    if (!same.has(a)) fills = true
  }
  return fills
}

/**
 * Joins an unpaired sentence to the one-to-one pair beside it when the sentence holds a number or
 * a date the pair's other side has and its own side lacks: the pair becomes two to one.
 */
export function joinSplits(beads: readonly Bead[], t: readonly SentenceFeatures[], o: readonly SentenceFeatures[]): Bead[] {
  const out = [...beads]
  for (let i = 0; i < out.length; i++) {
    const lone = out[i]
    if (lone.kind !== '1-0' && lone.kind !== '0-1') continue
    const added = lone.kind === '1-0'
    const own = specifics(added ? t.slice(...lone.t) : o.slice(...lone.o))
    for (const k of [i - 1, i + 1]) {
      const pair = out[k]
      if (!pair || pair.kind !== '1-1') continue
      const pairT = specifics(t.slice(...pair.t))
      const pairO = specifics(o.slice(...pair.o))
      if (!completes(own, added ? pairO : pairT, added ? pairT : pairO)) continue
      const [first, last] = k < i ? [pair, lone] : [lone, pair]
      const joined: Bead = { kind: added ? '2-1' : '1-2', t: [first.t[0], last.t[1]], o: [first.o[0], last.o[1]], similarity: pair.similarity, cost: pair.cost + lone.cost }
      out.splice(Math.min(i, k), 2, joined)
      i = Math.min(i, k)
      break
    }
  }
  return out
}
