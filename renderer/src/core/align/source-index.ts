import { normalise, type NormalisedText } from '../text/normalise'
import { alignTokens, type AlignToken } from './tokens'

/** A source prepared once for many quotes: tokens, a stem → positions index, its numbers. */
export interface SourceIndex {
  text: string
  tokens: AlignToken[]
  postings: Map<string, number[]>
  numbers: Set<string>
  /** Diacritic-folded normalised view, built on first use by the approximate locate. */
  folded(): NormalisedText
}

export function indexSource(text: string): SourceIndex {
  const tokens = alignTokens(text)
  const postings = new Map<string, number[]>()
  const numbers = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    let list = postings.get(t.stem)
    if (!list) {
      list = []
      postings.set(t.stem, list)
    }
    list.push(i)
    if (t.num) numbers.add(t.fold)
  }
  let view: NormalisedText | null = null
  return {
    text,
    tokens,
    postings,
    numbers,
    folded() {
      view ??= normalise(text, { foldDiacritics: true })
      return view
    },
  }
}

const cache = new Map<string, SourceIndex>()

/** Indexes are reused across calls for the same text (a few at most are kept). */
export function cachedIndex(text: string): SourceIndex {
  const hit = cache.get(text)
  if (hit) return hit
  const index = indexSource(text)
  if (cache.size >= 8) cache.delete(cache.keys().next().value as string)
  cache.set(text, index)
  return index
}
