// Sentence alignment as the classic aligners do it (Gale & Church 1993; Moore 2002; Bleualign;
// vecalign): a monotone dynamic programme over beads of 1–1, 1–2, 2–1, 1–0 and 0–1 sentences.
// A bead's cost adds Gale & Church's length cost and prior to the evidence of shared anchors
// (lexicon entries, names, numbers, dates). The programme runs in a band around the diagonal,
// widened only when the best path touches its edge, so it grows near-linearly with the text.

export interface AlignUnit {
  /** Characters, the length Gale & Church found most reliable. */
  length: number
  /** Per counted word, the anchors it carries. */
  anchors: readonly (readonly string[])[]
}

export type BeadKind = '1-1' | '1-2' | '2-1' | '1-0' | '0-1'

export interface Bead {
  kind: BeadKind
  /** Translation units [from, to). */
  t: [number, number]
  /** Original units [from, to). */
  o: [number, number]
  /** Share of anchors found on the other side, 0–1 (0 for an omission or an addition). */
  similarity: number
  cost: number
}

export interface AlignOptions {
  /** Half-width of the band in sentences; 'full' runs the whole matrix (the baseline). */
  band?: number | 'full'
}

const MOVES: ReadonlyArray<readonly [number, number, BeadKind]> = [
  [1, 1, '1-1'],
  [1, 0, '1-0'],
  [0, 1, '0-1'],
  [2, 1, '2-1'],
  [1, 2, '1-2'],
]

// Priors, as −log P: Gale & Church's estimates for 1–1 (0.89) and the 2–1/1–2 beads (0.089 in
// all). Omissions and additions are raised from their 0.0099 in all to 0.03 each: a newsroom's
// translation drops and adds sentences more often than a parliament's record does.
const PRIOR: Record<BeadKind, number> = {
  '1-1': -Math.log(0.89),
  '2-1': -Math.log(0.0445),
  '1-2': -Math.log(0.0445),
  '1-0': -Math.log(0.03),
  '0-1': -Math.log(0.03),
}
/** Gale & Church's variance of the length difference per character. */
const VARIANCE = 6.8
/** Weight of the anchor evidence, and the similarity at which it neither helps nor hurts. */
const ANCHOR_WEIGHT = 25
const BREAK_EVEN = 0.35
const PRIOR_ANCHORS = 2
const MAX_LENGTH_COST = 30
const INITIAL_BAND = 12

/** −log of the two-sided tail of the standard normal beyond |z| (Abramowitz & Stegun 7.1.26). */
function tailCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x)
  return erfc <= 0 ? MAX_LENGTH_COST : Math.min(MAX_LENGTH_COST, -Math.log(erfc))
}

interface Prepared {
  length: number
  anchors: Int32Array[]
  set: Set<number>
}

function prepare(units: readonly AlignUnit[], intern: Map<string, number>): Prepared[] {
  const id = (a: string) => {
    let n = intern.get(a)
    if (n === undefined) {
      n = intern.size
      intern.set(a, n)
    }
    return n
  }
  return units.map((u) => {
    const anchors = u.anchors.map((list) => Int32Array.from(list, id))
    const set = new Set<number>()
    for (const list of anchors) for (const a of list) set.add(a)
    return { length: u.length, anchors, set }
  })
}

/** Words of `unit` whose anchors occur in one of `other`, and how many words carry anchors. */
function matched(unit: Prepared, other: readonly Prepared[]): [number, number] {
  let hit = 0
  for (const list of unit.anchors) {
    for (let k = 0; k < list.length; k++) {
      const a = list[k]
      if (other[0].set.has(a) || (other.length > 1 && other[1].set.has(a))) {
        hit++
        break
      }
    }
  }
  return [hit, unit.anchors.length]
}

/** How much of one sentence the other side covers, smoothed: a sentence without anchors is neither in nor out. */
const coverage = ([hit, count]: [number, number]) => (hit + 0.5) / (count + 1)

export class Aligner {
  private readonly t: Prepared[]
  private readonly o: Prepared[]
  /** Characters of translation per character of original. */
  private readonly ratio: number

  constructor(translation: readonly AlignUnit[], original: readonly AlignUnit[]) {
    const intern = new Map<string, number>()
    this.t = prepare(translation, intern)
    this.o = prepare(original, intern)
    const lt = translation.reduce((s, u) => s + u.length, 0)
    const lo = original.reduce((s, u) => s + u.length, 0)
    this.ratio = lt > 0 && lo > 0 ? Math.min(2, Math.max(0.5, lt / lo)) : 1
  }

  /**
   * Share of the bead's anchors found on the other side. Where one side has two sentences, each
   * must be covered on its own: a short unrelated sentence hidden in a 2–1 bead with a long one
   * would hardly lower the share, so the share is scaled by how evenly the two are covered.
   */
  similarity(t: readonly Prepared[], o: readonly Prepared[]): number {
    const t0 = matched(t[0], o)
    const o0 = matched(o[0], t)
    const t1 = t.length > 1 ? matched(t[1], o) : null
    const o1 = o.length > 1 ? matched(o[1], t) : null
    const hits = t0[0] + o0[0] + (t1?.[0] ?? 0) + (o1?.[0] ?? 0)
    const counts = t0[1] + o0[1] + (t1?.[1] ?? 0) + (o1?.[1] ?? 0)
    // Few anchors are weak evidence either way: the share starts from the break-even point.
    const share = (hits + PRIOR_ANCHORS * BREAK_EVEN) / (counts + PRIOR_ANCHORS)
    const second = t1 ?? o1
    if (!second) return share
    const a = coverage(t1 ? t0 : o0)
    const b = coverage(second)
    return share * Math.sqrt(Math.min(a, b) / Math.max(a, b))
  }

  /** Similarity of the last bead costed (kept in a field: the programme costs millions of beads). */
  private lastSimilarity = 0

  /** Cost of the bead ending at (i, j) that takes dt translation and do original units. */
  beadCost(i: number, j: number, dt: number, dO: number, kind: BeadKind): number {
    this.lastSimilarity = 0
    if (dt === 0 || dO === 0) return PRIOR[kind]
    const t = dt === 1 ? [this.t[i - 1]] : [this.t[i - 2], this.t[i - 1]]
    const o = dO === 1 ? [this.o[j - 1]] : [this.o[j - 2], this.o[j - 1]]
    let lt = 0
    let lo = 0
    for (const u of t) lt += u.length
    for (const u of o) lo += u.length
    const mean = (lo + lt / this.ratio) / 2
    const z = mean > 0 ? (lo * this.ratio - lt) / Math.sqrt(mean * VARIANCE) : 0
    const sim = this.similarity(t, o)
    this.lastSimilarity = sim
    return PRIOR[kind] + tailCost(z) + ANCHOR_WEIGHT * (BREAK_EVEN - sim)
  }

  align(options: AlignOptions = {}): Bead[] {
    const n = this.t.length
    const m = this.o.length
    const widest = Math.max(n, m, 1)
    let band = options.band === 'full' ? widest : Math.max(1, options.band ?? INITIAL_BAND)
    for (;;) {
      const result = this.run(band)
      if (!result.touched || band >= widest) return result.beads
      band *= 2
    }
  }

  private run(band: number): { beads: Bead[]; touched: boolean } {
    const n = this.t.length
    const m = this.o.length
    const lo = new Int32Array(n + 1)
    const hi = new Int32Array(n + 1)
    for (let i = 0; i <= n; i++) {
      const centre = n === 0 ? 0 : (i * m) / n
      lo[i] = Math.max(0, Math.floor(centre) - band)
      hi[i] = Math.min(m, Math.ceil(centre) + band)
    }
    const cost: Float64Array[] = []
    const move: Uint8Array[] = []
    const sims: Float64Array[] = []
    for (let i = 0; i <= n; i++) {
      const width = hi[i] - lo[i] + 1
      const row = new Float64Array(width).fill(Infinity)
      const from = new Uint8Array(width).fill(255)
      const sim = new Float64Array(width)
      for (let j = lo[i]; j <= hi[i]; j++) {
        if (i === 0 && j === 0) {
          row[0] = 0
          continue
        }
        for (let k = 0; k < MOVES.length; k++) {
          const [dt, dO, kind] = MOVES[k]
          const pi = i - dt
          const pj = j - dO
          if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue
          const before = pi === i ? row[pj - lo[i]] : cost[pi][pj - lo[pi]]
          if (before === Infinity) continue
          const c = this.beadCost(i, j, dt, dO, kind)
          if (before + c < row[j - lo[i]]) {
            row[j - lo[i]] = before + c
            from[j - lo[i]] = k
            sim[j - lo[i]] = this.lastSimilarity
          }
        }
      }
      cost.push(row)
      move.push(from)
      sims.push(sim)
    }
    const beads: Bead[] = []
    let touched = false
    let i = n
    let j = m
    while (i > 0 || j > 0) {
      const at = j - lo[i]
      if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touched = true
      const [dt, dO, kind] = MOVES[move[i][at]]
      const before = cost[i - dt][j - dO - lo[i - dt]]
      beads.push({ kind, t: [i - dt, i], o: [j - dO, j], similarity: sims[i][at], cost: cost[i][at] - before })
      i -= dt
      j -= dO
    }
    return { beads: beads.reverse(), touched }
  }
}

/** The best monotone alignment of translation units to original units. */
export function alignUnits(translation: readonly AlignUnit[], original: readonly AlignUnit[], options: AlignOptions = {}): Bead[] {
  return new Aligner(translation, original).align(options)
}
