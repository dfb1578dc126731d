import type { DiffOp } from '../../db'

export interface Passage {
  before: string
  passage: string
  after: string
  /** The context was cut short at either end. */
  clippedBefore: boolean
  clippedAfter: boolean
}

const MAX_CONTEXT = 400

/** Offsets where sentences (or lines) begin. */
function sentenceStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/[.!?…]+["”»“’)]*\s+|\n+/gu)) starts.push(match.index + match[0].length)
  return starts
}

/**
 * The matched passage with the sentence before it and the sentence after it, so the editor
 * reads the quote where the source put it.
 */
export function passageContext(text: string, start: number, end: number): Passage {
  const starts = sentenceStarts(text)
  let current = 0
  while (current + 1 < starts.length && starts[current + 1] <= start) current++
  let from = starts[Math.max(0, current - 1)]
  // The rest of the passage's own sentence, then one more.
  const next = starts.findIndex((at) => at >= end)
  let to = next === -1 || next + 1 >= starts.length ? text.length : starts[next + 1]
  const clippedBefore = start - from > MAX_CONTEXT
  const clippedAfter = to - end > MAX_CONTEXT
  if (clippedBefore) from = start - MAX_CONTEXT
  if (clippedAfter) to = end + MAX_CONTEXT
  return { before: text.slice(from, start), passage: text.slice(start, end), after: text.slice(end, to).trimEnd(), clippedBefore, clippedAfter }
}

export type Emphasis = 'changed' | 'added' | 'omitted'

export interface Piece {
  text: string
  emphasis?: Emphasis
  /** A number or a name changed: never a soft change. */
  hard?: boolean
}

export const isHard = (op: DiffOp) => op.kind === 'number' || op.kind === 'name'

/**
 * Cuts one side's text into pieces along the word diff, so changed, added (quote side) or
 * omitted (source side) words can be shown as such. Words the diff names but the text
 * spells differently are left plain rather than guessed at.
 */
export function diffPieces(text: string, diff: readonly DiffOp[], side: 'quote' | 'source'): Piece[] {
  const pieces: Piece[] = []
  const lower = text.toLocaleLowerCase('sq')
  let cursor = 0
  for (const op of diff) {
    const word = side === 'quote' ? op.quote : op.source
    if (!word || (side === 'quote' && op.op === 'omitted') || (side === 'source' && op.op === 'added')) continue
    let at = text.indexOf(word, cursor)
    if (at === -1) at = lower.indexOf(word.toLocaleLowerCase('sq'), cursor)
    if (at === -1) continue
    if (at > cursor) pieces.push({ text: text.slice(cursor, at) })
    const emphasis: Emphasis | undefined = op.op === 'equal' ? undefined : op.op
    pieces.push(emphasis ? { text: text.slice(at, at + word.length), emphasis, ...(isHard(op) ? { hard: true } : {}) } : { text: text.slice(at, at + word.length) })
    cursor = at + word.length
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) })
  // Neighbouring plain pieces read better as one.
  return pieces.reduce<Piece[]>((merged, piece) => {
    const last = merged.at(-1)
    if (last && !last.emphasis && !piece.emphasis) last.text += piece.text
    else merged.push({ ...piece })
    return merged
  }, [])
}
