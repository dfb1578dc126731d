import { diffWords } from 'diff'
import { countWords } from '../../core/text/tokenize'

/**
 * A revision's text against the current one, word by word: `version` pieces are only in the
 * revision (restoring brings them back), `current` pieces only in the text as it is now. Long
 * unchanged stretches are folded to a few words at each end, so the changes can be scanned.
 */
export interface DiffPiece {
  kind: 'same' | 'version' | 'current' | 'folded'
  text: string
  /** For a folded stretch: how many words it hides. */
  words?: number
}

export interface WordDiff {
  pieces: DiffPiece[]
  /** Words only in the revision, and only in the current text. */
  onlyInVersion: number
  onlyNow: number
}


export function wordDiff(current: string, version: string, context = 12): WordDiff {
  const changes = diffWords(current, version)
  const pieces: DiffPiece[] = []
  let onlyInVersion = 0
  let onlyNow = 0
  changes.forEach((change, index) => {
    if (change.added) {
      onlyInVersion += countWords(change.value)
      pieces.push({ kind: 'version', text: change.value })
    } else if (change.removed) {
      onlyNow += countWords(change.value)
      pieces.push({ kind: 'current', text: change.value })
    } else {
      pieces.push(...fold(change.value, context, index === 0, index === changes.length - 1))
    }
  })
  return { pieces, onlyInVersion, onlyNow }
}

/** Keeps `context` words next to each change and folds the rest of an unchanged stretch. */
function fold(text: string, context: number, first: boolean, last: boolean): DiffPiece[] {
  const tokens = text.match(/\s+|\S+\s*/g) ?? []
  const keepBefore = first ? 0 : context
  const keepAfter = last ? 0 : context
  const words = tokens.filter((token) => /\S/.test(token)).length
  if (words <= keepBefore + keepAfter + 8) return [{ kind: 'same', text }]
  let seen = 0
  let head = 0
  while (head < tokens.length && seen < keepBefore) if (/\S/.test(tokens[head++])) seen++
  seen = 0
  let tail = tokens.length
  while (tail > head && seen < keepAfter) if (/\S/.test(tokens[--tail])) seen++
  const folded = tokens.slice(head, tail).join('')
  return [
    ...(head > 0 ? [{ kind: 'same' as const, text: tokens.slice(0, head).join('') }] : []),
    { kind: 'folded', text: folded, words: countWords(folded) },
    ...(tail < tokens.length ? [{ kind: 'same' as const, text: tokens.slice(tail).join('') }] : []),
  ]
}
