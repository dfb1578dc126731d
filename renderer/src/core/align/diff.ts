import type { ChangeKind, DiffOp } from '../types'
import type { Step } from './local'
import type { AlignToken } from './tokens'

export interface DiffContext {
  quoteText: string
  quote: AlignToken[]
  sourceText: string
  source: AlignToken[]
}

const isHard = (s: Step) =>
  s.type === 'hard' || ((s.type === 'added' || s.type === 'omitted') && s.kind !== 'function-word' && s.kind !== 'elided')
const isGapLike = (s: Step) => isHard(s) || ((s.type === 'added' || s.type === 'omitted') && s.kind === 'function-word')

function slice(text: string, tokens: AlignToken[], from: number, to: number): string {
  if (to <= from) return ''
  return text.slice(tokens[from].start, tokens[to - 1].end)
}

function hardKind(ctx: DiffContext, steps: Step[]): ChangeKind {
  const touched: AlignToken[] = []
  for (const s of steps) {
    for (let k = s.q0; k < s.q1; k++) touched.push(ctx.quote[k])
    for (let k = s.s0; k < s.s1; k++) touched.push(ctx.source[k])
  }
  if (touched.some((t) => t.num)) return 'number'
  if (steps.some((s) => s.kind === 'name')) return 'name'
  return 'content'
}

/**
 * Word diff from alignment steps. A run of content changes becomes one op
 * ("changed": quote says X where the source says Y), so a rewritten phrase reads as one
 * change; soft changes (inflection, alias, function word) stay one op each.
 */
export function toDiff(ctx: DiffContext, steps: Step[]): DiffOp[] {
  const out: DiffOp[] = []
  let i = 0
  while (i < steps.length) {
    const s = steps[i]
    if (isGapLike(s)) {
      let j = i
      while (j < steps.length && isGapLike(steps[j])) j++
      const run = steps.slice(i, j)
      if (run.some(isHard)) {
        const q0 = Math.min(...run.map((r) => (r.q1 > r.q0 ? r.q0 : Infinity)))
        const q1 = Math.max(...run.map((r) => (r.q1 > r.q0 ? r.q1 : -Infinity)))
        const s0 = Math.min(...run.map((r) => (r.s1 > r.s0 ? r.s0 : Infinity)))
        const s1 = Math.max(...run.map((r) => (r.s1 > r.s0 ? r.s1 : -Infinity)))
        const quote = Number.isFinite(q0) ? slice(ctx.quoteText, ctx.quote, q0, q1) : ''
        const source = Number.isFinite(s0) ? slice(ctx.sourceText, ctx.source, s0, s1) : ''
        const kind = hardKind(ctx, run)
        if (quote && source) out.push({ op: 'changed', quote, source, kind })
        else if (quote) out.push({ op: 'added', quote, kind })
        else if (source) out.push({ op: 'omitted', source, kind })
        i = j
        continue
      }
    }
    const quote = slice(ctx.quoteText, ctx.quote, s.q0, s.q1)
    const source = slice(ctx.sourceText, ctx.source, s.s0, s.s1)
    switch (s.type) {
      case 'equal':
        out.push({ op: 'equal', quote, source })
        break
      case 'added':
        out.push({ op: 'added', quote, kind: s.kind })
        break
      case 'omitted':
        if (source) out.push({ op: 'omitted', source, kind: s.kind })
        break
      default:
        out.push({ op: 'changed', quote, source, kind: s.kind })
    }
    i++
  }
  return out
}
