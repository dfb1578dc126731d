import type { Token } from '../text/tokenize'
import { isCapitalised } from '../text/tokenize'
import type { QuoteKind } from '../types'

/**
 * Direct: the quote is a sentence or clause of its own (it opens the sentence, follows a
 * colon or dash, or is a capitalised full sentence). Partial: a fragment inside the author's
 * own sentence ("ranë dakord të zhvillonin “negociatat teknike”").
 */
export function classifyQuote(inner: string, before: Token[], after: Token[], nested: boolean): QuoteKind {
  const words = before.filter((t) => t.kind !== 'punct')
  const last = before[before.length - 1]
  const body = inner.trim()
  const first = body.match(/[\p{L}\p{Nd}]/u)?.[0] ?? ''
  const capital = first !== '' && isCapitalised(first)
  const fullStop = /[.!?…]["'”’»]*$/u.test(body)
  if (!nested) {
    if (last && (last.text === ':' || last.text === '–' || last.text === '—')) return 'direct'
    if (words.length === 0) return 'direct'
  }
  if (capital && fullStop) return 'direct'
  const next = after.find((t) => t.kind !== 'punct' || t.text !== ',')
  if (capital && !nested && after[0]?.text === ',' && next && next.kind !== 'punct' && words.length <= 2) return 'direct'
  return 'partial'
}
