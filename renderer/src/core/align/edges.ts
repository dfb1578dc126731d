import { omittedStep, wordStep, type Step } from './local'
import type { AlignToken } from './tokens'

/** How many source words a quote may drop beside its first or last word and still be read so. */
const MAX_DROPPED = 5
const SENTENCE_END = /[.!?]/

/**
 * A quote's first and last words, read as a reader would. The alignment pays less for changing an
 * edge word than for the words the quote dropped beside it: "punimet do të nisin" against
 * "punimet për rikonstruksionin e rrjetit do të nisin" reads as "rrjetit → punimet". And it may
 * reach into the sentence before or after for a copy of the edge word: "Shkollat do të rihapen"
 * against "… shkollat e zonës. Kopshtet do të rihapen" reads as omitting "e zonës. Kopshtet".
 * So an edge word is paired across dropped words only within its sentence, and never in place of
 * a source name or number, since swapping one is what an editor must see.
 */
export function reanchorEdges(quote: AlignToken[], source: AlignToken[], steps: Step[], minToken: number): Step[] {
  let out = keepToSentence(quote, source, steps)
  const first = out[0]
  if (first && isDisplaced(first, quote, source, 0)) {
    for (let p = first.s0 - 1; p >= Math.max(minToken, first.s0 - MAX_DROPPED); p--) {
      if (SENTENCE_END.test(source[p].after)) break
      const pair = pairStep(quote, source, 0, p)
      if (pair) {
        out = [pair, ...omitted(source, p + 1, first.s1, 1), ...out.slice(1)]
        break
      }
    }
  }
  const last = out[out.length - 1]
  const q = quote.length - 1
  if (last && isDisplaced(last, quote, source, q)) {
    for (let p = last.s1; p <= Math.min(source.length - 1, last.s0 + MAX_DROPPED); p++) {
      if (SENTENCE_END.test(source[p - 1].after)) break
      const pair = pairStep(quote, source, q, p)
      if (pair) {
        out = [...out.slice(0, -1), ...omitted(source, last.s0, p, q), pair]
        break
      }
    }
  }
  return out
}

/** An edge word paired across a sentence end, over omitted words: paired instead with the word beside the rest. */
function keepToSentence(quote: AlignToken[], source: AlignToken[], steps: Step[]): Step[] {
  let out = steps
  const lead = omittedAfter(out, 0)
  // The word beside the rest must share its sentence: the sentence end lies before it.
  if (lead > 1 && sentenceEndIn(source, out[0].s0, out[lead].s0 - 1)) {
    const s = out[lead].s0 - 1
    out = [wordStep(quote, source, 0, s), ...out.slice(lead)]
  }
  const q = quote.length - 1
  const trail = omittedBefore(out, q)
  if (trail < out.length - 2 && sentenceEndIn(source, out[trail].s1, out[out.length - 1].s0)) {
    const s = out[trail].s1
    out = [...out.slice(0, trail + 1), wordStep(quote, source, q, s)]
  }
  return out
}

/**
 * Where the steps after the quote's first word resume, when that word is paired (equal or soft) and
 * followed only by omitted words: the index of the next other step; else 0.
 */
function omittedAfter(steps: Step[], q: number): number {
  if (!isPair(steps[0], q)) return 0
  let k = 1
  while (k < steps.length && steps[k].type === 'omitted') k++
  return k < steps.length ? k : 0
}

/** The mirror of omittedAfter for the quote's last word q: the index of the last other step before the omitted run. */
function omittedBefore(steps: Step[], q: number): number {
  const last = steps.length - 1
  if (last < 0 || !isPair(steps[last], q)) return last
  let k = last - 1
  while (k >= 0 && steps[k].type === 'omitted') k--
  return k >= 0 ? k : last
}

const isPair = (step: Step | undefined, q: number) => step !== undefined && (step.type === 'equal' || step.type === 'soft') && step.q0 === q && step.q1 === q + 1

/** A sentence ends after one of the source words [from, to). */
function sentenceEndIn(source: AlignToken[], from: number, to: number): boolean {
  for (let s = from; s < to; s++) if (SENTENCE_END.test(source[s].after)) return true
  return false
}

/** A changed word at quote position q whose source word is neither a name nor a number. */
function isDisplaced(step: Step, quote: AlignToken[], source: AlignToken[], q: number): boolean {
  if (step.type !== 'hard' || step.q0 !== q || step.q1 !== q + 1 || step.s1 !== step.s0 + 1) return false
  const displaced = source[step.s0]
  return !displaced.num && !displaced.name && !quote[q].num
}

/** The step pairing quote[q] with source[s] when they are the same word, however inflected or spelt. */
function pairStep(quote: AlignToken[], source: AlignToken[], q: number, s: number): Step | null {
  const step = wordStep(quote, source, q, s)
  return step.type === 'equal' || step.kind === 'spelling' || step.kind === 'inflection' ? step : null
}

/** One omitted step per source word in [from, to), after the quote's first q words. */
function omitted(source: AlignToken[], from: number, to: number, q: number): Step[] {
  const out: Step[] = []
  for (let s = from; s < to; s++) out.push(omittedStep(source, s, q))
  return out
}
