import { foldDiacritics } from '../text/normalise'
import { isCapitalised, QUOTE_MARKS, tokensOf } from '../text/tokenize'
import { functionWordKey, stopwordKey } from '../lang/stopwords'
import { stem } from '../lang/stem'
import { canonicalNumber, percentAfter } from '../numbers/numbers'
import { phraseKey } from '../lang/aliases'

/** A word or number prepared for alignment. Offsets are raw, in the text it came from. */
export interface AlignToken {
  text: string
  norm: string
  fold: string
  stem: string
  start: number
  end: number
  num: boolean
  /** A stopword (never compared for support on its own). */
  stop: boolean
  /** A stopword whose change does not alter meaning (që/se, e/të). */
  func: boolean
  /** Capitalised: a name, which only inflection or an alias may soften. */
  name: boolean
  /** Alias-table key: stem, or null for a linking article. */
  key: string | null
  /** Punctuation between this token and the next word (quotation marks excluded). */
  after: string
  /** This token ends a split point (an ellipsis follows it). */
  ellipsisAfter: boolean
}

interface WordInfo {
  fold: string
  stem: string
  stop: boolean
  func: boolean
  key: string | null
  num: boolean
  name: boolean
}

const infoCache = new Map<string, WordInfo>()

function info(text: string, norm: string, num: boolean): WordInfo {
  let hit = infoCache.get(text)
  if (!hit) {
    // The folded form is the stopword list's key too: computed once.
    const fold = num ? canonicalNumber(norm) : foldDiacritics(norm)
    hit = {
      fold,
      stem: stem(text),
      stop: !num && stopwordKey(fold),
      func: !num && functionWordKey(fold),
      key: num ? fold : phraseKey(text),
      num,
      name: !num && isCapitalised(text),
    }
    if (infoCache.size > 300_000) infoCache.clear()
    infoCache.set(text, hit)
  }
  return hit
}

export function alignTokens(text: string): AlignToken[] {
  const out: AlignToken[] = []
  const tokens = tokensOf(text)
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    if (t.kind === 'punct') {
      const last = out[out.length - 1]
      if (!last) continue
      if (t.text === '…' || t.text === '...') last.ellipsisAfter = true
      // A punctuation token is one character (or "..."): a quotation mark adds nothing.
      else if (!QUOTE_MARKS.has(t.norm)) last.after += t.norm
      continue
    }
    const isNumber = t.kind === 'number'
    // "15 %", "15 për qind": one number, "15%".
    const percent = isNumber && !t.text.endsWith('%') ? percentAfter(text, tokens, k) : 0
    if (percent > 0) {
      const end = tokens[k + percent].end
      const raw = text.slice(t.start, end)
      const fold = canonicalNumber(t.norm) + '%'
      out.push({ text: raw, norm: raw.toLowerCase(), start: t.start, end, after: '', ellipsisAfter: false, fold, stem: fold, stop: false, func: false, key: fold, num: true, name: false })
      k += percent
      continue
    }
    const i = info(t.text, t.norm, isNumber)
    // Written out rather than spread: one object shape, built fast for every word of a long source.
    out.push({ text: t.text, norm: t.norm, start: t.start, end: t.end, after: '', ellipsisAfter: false, fold: i.fold, stem: i.stem, stop: i.stop, func: i.func, key: i.key, num: i.num, name: i.name })
  }
  return out
}
