import { aliasesAt } from '../lang/aliases'
import { sameStem } from '../lang/stem'
import type { ChangeKind } from '../types'
import type { AlignToken } from './tokens'

export type StepType = 'equal' | 'soft' | 'hard' | 'added' | 'omitted' | 'alias'

/** One step of an alignment: quote tokens [q0, q1) against source tokens [s0, s1). */
export interface Step {
  type: StepType
  q0: number
  q1: number
  s0: number
  s1: number
  kind?: ChangeKind
}

export interface Alignment {
  score: number
  steps: Step[]
}

const EQ_CONTENT = 2
const EQ_FUNCTION = 1
const SOFT = 1.4
const SWAP = 0.3
const ALIAS = 2
// A substitution costs less than a gap so that a changed last word shows as a change, not an addition.
const MISMATCH = -1.0
const GAP_CONTENT = -1.1
const GAP_FUNCTION = -0.6

type Relation = 'equal' | 'number-format' | 'number' | 'spelling' | 'inflection' | 'function-word' | 'other'

/** How two words relate, cheapest tests first. Allocates nothing: the alignment asks for every cell. */
function relation(q: AlignToken, s: AlignToken): Relation {
  if (q.num || s.num) return q.num && s.num && q.fold === s.fold ? (q.norm === s.norm ? 'equal' : 'number-format') : 'number'
  if (q.norm === s.norm) return 'equal'
  if (q.fold === s.fold) return 'spelling'
  if (q.stem === s.stem || (q.fold.charCodeAt(0) === s.fold.charCodeAt(0) && q.fold.charCodeAt(2) === s.fold.charCodeAt(2) && sameStem(q.text, s.text))) return 'inflection'
  if (q.func && s.func) return 'function-word'
  return 'other'
}

function scoreOf(q: AlignToken, s: AlignToken, r: Relation): number {
  switch (r) {
    case 'equal':
      return q.num || !q.stop ? EQ_CONTENT : EQ_FUNCTION
    case 'number':
      // A number against a word is rarely the same slot; against a number it is a changed figure.
      return q.num && s.num ? MISMATCH : MISMATCH - 0.5
    case 'function-word':
      return SWAP
    case 'other':
      return MISMATCH
    default:
      return SOFT
  }
}

/** How a quote word compares with a source word: a score and, if not equal, why. */
export function compareWords(q: AlignToken, s: AlignToken): { score: number; kind?: ChangeKind; equal: boolean } {
  const r = relation(q, s)
  const score = scoreOf(q, s, r)
  if (r === 'equal') return { score, equal: true }
  return { score, kind: r === 'other' ? (q.name || s.name ? 'name' : 'content') : r, equal: false }
}

const gap = (t: AlignToken) => (t.func ? GAP_FUNCTION : GAP_CONTENT)

/** The step pairing quote word q with source word s: equal, a soft change or a hard one. */
export function wordStep(quote: AlignToken[], source: AlignToken[], q: number, s: number): Step {
  const c = compareWords(quote[q], source[s])
  return { type: c.equal ? 'equal' : c.score > 0 ? 'soft' : 'hard', q0: q, q1: q + 1, s0: s, s1: s + 1, kind: c.kind }
}

/** Source word s left out, after the quote's first q words. */
export function omittedStep(source: AlignToken[], s: number, q: number): Step {
  return { type: 'omitted', q0: q, q1: q, s0: s, s1: s + 1, kind: source[s].func ? 'function-word' : undefined }
}

/** Alias phrases (group, length) ending at each position of a token run. */
function aliasEnds(tokens: AlignToken[], lo: number, hi: number): Map<number, Array<[number, number]>> {
  const keys = tokens.slice(lo, hi).map((t) => t.key)
  const ends = new Map<number, Array<[number, number]>>()
  for (let i = 0; i < keys.length; i++) {
    for (const [group, length] of aliasesAt(keys, i)) {
      const end = i + length
      const list = ends.get(end) ?? []
      list.push([group, length])
      ends.set(end, list)
    }
  }
  return ends
}

/**
 * Fitting alignment of the whole quote against any stretch of source[lo, hi): the quote is
 * aligned end to end, the source is free at both ends. Same stem, spelling without
 * diacritics, function-word swaps and alias phrases (SHBA ↔ Shteteve të Bashkuara) score
 * as soft matches.
 */
export function alignLocal(quote: AlignToken[], source: AlignToken[], lo: number, hi: number): Alignment {
  const m = quote.length
  const n = hi - lo
  const width = n + 1
  const H = new Float64Array((m + 1) * width)
  const move = new Uint8Array((m + 1) * width) // 0 start, 1 diag, 2 up, 3 left, 4 alias
  const qAlias = aliasEnds(quote, 0, m)
  const sAlias = aliasEnds(source, lo, hi)
  const hasAlias = qAlias.size > 0 && sAlias.size > 0
  // Where an alias step ends, its lengths in quote and source words (only when both have aliases).
  const aliasQ = new Uint16Array(hasAlias ? (m + 1) * width : 0)
  const aliasS = new Uint16Array(hasAlias ? (m + 1) * width : 0)

  for (let i = 1; i <= m; i++) {
    const row = i * width
    const prev = (i - 1) * width
    const q = quote[i - 1]
    const gq = gap(q)
    H[row] = H[prev] + gq
    move[row] = 2
    const qa = hasAlias ? qAlias.get(i) : undefined
    for (let j = 1; j <= n; j++) {
      const s = source[lo + j - 1]
      let best = H[prev + j - 1] + scoreOf(q, s, relation(q, s))
      let mv = 1
      const up = H[prev + j] + gq
      if (up > best) {
        best = up
        mv = 2
      }
      const left = H[row + j - 1] + gap(s)
      if (left > best) {
        best = left
        mv = 3
      }
      if (qa) {
        const sa = sAlias.get(j)
        if (sa) {
          for (const [gq2, lq] of qa) {
            for (const [gs, ls] of sa) {
              // Same-length phrases compare word by word; the alias step is for SHBA ↔ Shtetet e Bashkuara.
              if (gq2 !== gs || (lq === ls && (lq > 1 || quote[i - 1].stem === source[lo + j - 1].stem))) continue
              const v = H[(i - lq) * width + (j - ls)] + ALIAS * Math.max(lq, ls)
              if (v > best) {
                best = v
                mv = 4
                aliasQ[row + j] = lq
                aliasS[row + j] = ls
              }
            }
          }
        }
      }
      H[row + j] = best
      move[row + j] = mv
    }
  }

  let bestJ = 0
  let bestScore = -Infinity
  const last = m * width
  for (let j = 0; j <= n; j++) {
    if (H[last + j] > bestScore) {
      bestScore = H[last + j]
      bestJ = j
    }
  }

  const steps: Step[] = []
  let i = m
  let j = bestJ
  while (i > 0) {
    const at = i * width + j
    const mv = move[at]
    if (mv === 1) {
      steps.push(wordStep(quote, source, i - 1, lo + j - 1))
      i--
      j--
    } else if (mv === 2) {
      steps.push({ type: 'added', q0: i - 1, q1: i, s0: lo + j, s1: lo + j, kind: quote[i - 1].func ? 'function-word' : undefined })
      i--
    } else if (mv === 3) {
      steps.push(omittedStep(source, lo + j - 1, i))
      j--
    } else if (mv === 4) {
      const lq = aliasQ[at]
      const ls = aliasS[at]
      steps.push({ type: 'alias', q0: i - lq, q1: i, s0: lo + j - ls, s1: lo + j, kind: 'alias' })
      i -= lq
      j -= ls
    } else break
  }
  steps.reverse()
  return { score: bestScore, steps }
}
