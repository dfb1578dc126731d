// Sentences of a text in raw offsets. Intl.Segmenter (ICU's sentence rules, built into Node and
// Chromium) does the work: it keeps "1.500", "3,5", "12.03.2024" and closing quotation marks
// right. It knows no abbreviations, so its breaks are corrected with the language's data:
// no break after "Dr." or an initial ("J. F. Kennedy"), nor before a word in lower case.
import { language, type LanguageCode } from './languages'

export interface Sentence {
  start: number
  end: number
  text: string
}

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(code: string): Intl.Segmenter {
  let found = segmenters.get(code)
  if (!found) {
    found = new Intl.Segmenter(code, { granularity: 'sentence' })
    segmenters.set(code, found)
  }
  return found
}

// The word (with inner dots: "U.S", "p.sh") before a final full stop, and what may close it.
const FINAL_ABBREVIATION = /(?:^|[\s([„“"‘'«-])((?:\p{L}+\.)*\p{L}+)\.$/u
const INITIAL = /^\p{Lu}$/u
const STARTS_LOWER = /^[\s"“”„«»‘’'([-]*\p{Ll}/u
const HAS_WORD = /[\p{L}\p{Nd}]/u

/** A break after `before` that the language's data says is not one. */
// Pieces as written, not the tokenizer's words: "The U.S." is two pieces (and four words).
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{Nd}]/u.test(w)).length

const lastWord = (s: string) => s.split(/\s+/).filter((w) => w !== '').at(-1) ?? ''
const firstWord = (s: string) => s.match(/[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}'’-]*/u)?.[0] ?? ''

function wrongBreak(before: string, after: string, neverFinal: Set<string>, mayEnd: Set<string>, isFunctionWord: (word: string) => boolean): boolean {
  if (STARTS_LOWER.test(after)) return true
  if (!HAS_WORD.test(after)) return true
  const m = FINAL_ABBREVIATION.exec(before)
  if (!m) return false
  const word = m[1]
  if (INITIAL.test(word)) return true
  if (neverFinal.has(word.toLowerCase())) return true
  const dotted = /^(?:\p{Lu}\.){2,}$/u.test(`${word}.`)
  if (!mayEnd.has(word.toLowerCase()) && !dotted) return false
  // After "U.S." or "Inc.", a parenthesis goes on ("Inc. (NYSE: NBE) announced"), and two words
  // are no sentence: "The U.S." | "Embassy said …", "… the U.S. Embassy."
  if (/^[([]/u.test(after) || wordCount(before) < 3 || (dotted && wordCount(after) < 3)) return true
  // "the U.S. Special Envoy": after an article the abbreviation describes the next word, unless
  // that word opens a sentence of its own ("… with the U.S. The talks …").
  const describes = isFunctionWord(lastWord(before.slice(0, before.length - word.length - 1)))
  return dotted && describes && !isFunctionWord(firstWord(after))
}

const abbreviationSets = new Map<string, [Set<string>, Set<string>]>()

function abbreviationsOf(code: string): [Set<string>, Set<string>] {
  let sets = abbreviationSets.get(code)
  if (!sets) {
    const { neverFinal, mayEndSentence } = language(code).data.abbreviations
    sets = [new Set(neverFinal.map((a) => a.toLowerCase())), new Set(mayEndSentence.map((a) => a.toLowerCase()))]
    abbreviationSets.set(code, sets)
  }
  return sets
}

/** The sentences of text[from, to), trimmed, in raw offsets of `text`. Line breaks always end one. */
export function segmentSentences(text: string, lang: LanguageCode, from = 0, to = text.length): Sentence[] {
  const [neverFinal, mayEnd] = abbreviationsOf(lang)
  const { isFunctionWord } = language(lang)
  const out: Sentence[] = []
  const slice = text.slice(from, to)
  let open: { start: number; end: number } | null = null
  const close = () => {
    if (open && HAS_WORD.test(text.slice(open.start, open.end))) out.push({ ...open, text: text.slice(open.start, open.end) })
    else if (open && out.length > 0) {
      // A stray mark or dash on its own belongs to the sentence before it.
      const last = out[out.length - 1]
      last.end = open.end
      last.text = text.slice(last.start, last.end)
    }
    open = null
  }
  for (const piece of segmenter(lang).segment(slice)) {
    let start = from + piece.index
    let end = start + piece.segment.length
    while (start < end && /\s/u.test(text[start])) start++
    while (end > start && /\s/u.test(text[end - 1])) end--
    if (start === end) continue
    const lineBreak = open !== null && text.slice(open.end, start).includes('\n')
    if (open && !lineBreak && wrongBreak(text.slice(open.start, open.end), text.slice(start, end), neverFinal, mayEnd, isFunctionWord)) {
      open.end = end
      continue
    }
    close()
    open = { start, end }
  }
  close()
  return out
}
