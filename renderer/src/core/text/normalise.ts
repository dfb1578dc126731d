// The normalised view used for matching, with a map back to raw UTF-16 offsets.

/** Apostrophe look-alikes folded to one form (’ ‘ ʼ ` ´ ′ ＇). */
export const APOSTROPHES = /[\u2019\u2018\u02BC\u02B9\u0060\u00B4\u2032\uFF07]/g

export interface NormaliseOptions {
  /** Also strip diacritics (ë → e, ç → c). Off by default: "Ukraines" is not "Ukrainës". */
  foldDiacritics?: boolean
}

export interface NormalisedText {
  raw: string
  /** NFC, one apostrophe form, case-folded (and diacritic-folded if asked). */
  text: string
  /** Raw start of the segment that produced text[i]; null when the map is the identity. */
  starts: Int32Array | null
  /** Raw end of the segment that produced text[i]; null when the map is the identity. */
  ends: Int32Array | null
  /** Map a span of `text` back to raw offsets. */
  toRaw(start: number, end: number): { start: number; end: number }
}

const foldCache = new Map<string, string>()

/** Strip combining marks from one character (ë → e). */
export function foldChar(ch: string): string {
  let out = foldCache.get(ch)
  if (out === undefined) {
    out = ch.normalize('NFD').replace(/\p{M}/gu, '')
    foldCache.set(ch, out)
  }
  return out
}

/** Diacritic-fold a string that is already lower-case NFC. */
export function foldDiacritics(s: string): string {
  // Fast path: pure ASCII needs nothing.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(s)) return s
  let out = ''
  for (const ch of s) out += ch.charCodeAt(0) < 0x80 ? ch : foldChar(ch)
  return out
}

function makeView(raw: string, text: string, starts: Int32Array | null, ends: Int32Array | null): NormalisedText {
  return {
    raw,
    text,
    starts,
    ends,
    toRaw(start: number, end: number) {
      const s = Math.max(0, Math.min(start, text.length))
      const e = Math.max(s, Math.min(end, text.length))
      if (!starts || !ends) return { start: s, end: e }
      if (s === e) {
        const at = s < text.length ? starts[s] : raw.length
        return { start: at, end: at }
      }
      return { start: starts[s], end: ends[e - 1] }
    },
  }
}

export function normalise(raw: string, options: NormaliseOptions = {}): NormalisedText {
  const fold = options.foldDiacritics === true
  // Fast path: already NFC and lower-casing keeps the length, so positions map one to one.
  if (raw.normalize('NFC') === raw) {
    const lower = raw.toLowerCase()
    if (lower.length === raw.length) {
      let text = lower.replace(APOSTROPHES, "'")
      if (fold) {
        const folded = foldDiacritics(text)
        if (folded.length === text.length) text = folded
        else return slowNormalise(raw, fold)
      }
      return makeView(raw, text, null, null)
    }
  }
  return slowNormalise(raw, fold)
}

function slowNormalise(raw: string, fold: boolean): NormalisedText {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  // A segment is one code point plus the combining marks that follow it.
  const segment = /\P{M}\p{M}*|\p{M}+/gsu
  let m: RegExpExecArray | null
  while ((m = segment.exec(raw)) !== null) {
    const segStart = m.index
    const segEnd = segStart + m[0].length
    let t = m[0].normalize('NFC').toLowerCase().replace(APOSTROPHES, "'")
    if (fold) t = t.normalize('NFD').replace(/\p{M}/gu, '')
    for (let i = 0; i < t.length; i++) {
      out.push(t[i])
      starts.push(segStart)
      ends.push(segEnd)
    }
  }
  return makeView(raw, out.join(''), Int32Array.from(starts), Int32Array.from(ends))
}

/** A word as comparisons key it: lower-case NFC, one apostrophe form, no diacritics ("Rusisë" → "rusise"). */
export function foldWord(word: string): string {
  return foldDiacritics(normWord(word))
}

/** Lower-case NFC form of a short string with one apostrophe form (no offset map). */
export function normWord(s: string): string {
  // Most words are lower-case already: one test instead of three.
  if (PLAIN.test(s)) return s
  // Composing is only needed where a combining mark is (e + ̈ → ë); most words have none.
  const composed = COMBINING.test(s) ? s.normalize('NFC') : s
  return composed.toLowerCase().replace(APOSTROPHES, "'")
}

const COMBINING = /[\u0300-\u036f]/u
const PLAIN = /^[a-z0-9ëç.,'-]*$/
