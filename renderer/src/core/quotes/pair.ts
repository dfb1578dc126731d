import type { QuoteProblem, Span } from '../types'

export interface MarkPair {
  open: Span & { mark: string }
  close: Span & { mark: string }
  depth: number
  continuations: Span[]
}

type Style = 'en' | 'de' | 'fr' | 'fr1' | 'ascii' | 'en1' | 'de1' | 'ascii1'

interface Opener {
  style: Style
  mark: string
  start: number
  /** Offset of the paragraph the quote opened in. */
  paragraph: number
  /** Opened where a sentence can start (paragraph start, after a colon or full stop). */
  sentenceLike: boolean
  continuations: Span[]
}

const MARKS = /[“”„«»‹›"‘’'‚]/g
const LETTER = /[\p{L}\p{M}\p{Nd}]/u
const SPACE = /\s/u
const PUNCT = /[\p{P}\p{S}]/u

const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c)
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c)
const isPunct = (c: string | undefined) => c !== undefined && PUNCT.test(c)

function paragraphStartOf(text: string, pos: number, floor: number): number {
  const nl = text.lastIndexOf('\n', pos - 1)
  return Math.max(nl + 1, floor)
}

function atParagraphStart(text: string, pos: number, floor: number): boolean {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text[i]
    if (c === '\n') return true
    if (!SPACE.test(c)) return false
  }
  return floor === 0 || text[floor - 1] === '\n'
}

/**
 * Pair quotation marks in text[from, to). A stack handles nesting; marks that can open or
 * close (", ', “ after „) are decided by what flanks them, as CommonMark does for emphasis.
 */
export function pairMarks(text: string, from: number, to: number): { pairs: MarkPair[]; problems: QuoteProblem[] } {
  const pairs: MarkPair[] = []
  const problems: QuoteProblem[] = []
  const stack: Opener[] = []
  const segment = text.slice(from, to)

  const problem = (kind: QuoteProblem['kind'], mark: string, start: number, message: string) =>
    problems.push({ kind, mark, start, end: start + mark.length, message })

  const findOpen = (styles: Style[]): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (styles.includes(stack[i].style)) return i
    return -1
  }

  const closeAt = (index: number, mark: string, pos: number) => {
    // Openers above the one being closed were never closed.
    while (stack.length - 1 > index) {
      const dropped = stack.pop() as Opener
      problem('unmatched-open', dropped.mark, dropped.start, `Opening ${dropped.mark} is never closed`)
    }
    const opener = stack.pop() as Opener
    pairs.push({
      open: { start: opener.start, end: opener.start + opener.mark.length, mark: opener.mark },
      close: { start: pos, end: pos + mark.length, mark },
      depth: stack.length,
      continuations: opener.continuations,
    })
  }

  const push = (style: Style, mark: string, pos: number) => {
    // A paragraph that opens with the same mark as a quote left open in an earlier paragraph
    // continues that quote (the convention for quotes that run over several paragraphs).
    const top = stack[stack.length - 1]
    const para = paragraphStartOf(text, pos, from)
    // Only a quote that opened like a sentence can run on: "për “ndeshjen" left open is a typo.
    if (top && top.style === style && top.sentenceLike && top.paragraph < para && atParagraphStart(text, pos, from)) {
      top.continuations.push({ start: pos, end: pos + mark.length })
      top.paragraph = para
      return
    }
    let k = pos - 1
    while (k >= from && SPACE.test(text[k]) && text[k] !== '\n') k--
    const sentenceLike = k < from || /[\n:.!?…—–-]/u.test(text[k])
    stack.push({ style, mark, start: pos, paragraph: para, sentenceLike, continuations: [] })
  }

  MARKS.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = MARKS.exec(segment)) !== null) {
    const mark = m[0]
    const pos = from + m.index
    const prev = pos > 0 ? text[pos - 1] : undefined
    const next = pos + 1 < text.length ? text[pos + 1] : undefined
    const leftFlank = !isSpace(next) && (isSpace(prev) || isPunct(prev))
    const rightFlank = !isSpace(prev) && (isSpace(next) || isPunct(next))
    const inWord = isLetter(prev) && isLetter(next)

    switch (mark) {
      case '„':
        push('de', mark, pos)
        break
      case '«':
        push('fr', mark, pos)
        break
      case '‹':
        push('fr1', mark, pos)
        break
      case '‚':
        if (!inWord) push('de1', mark, pos)
        break
      case '“': {
        // „…“ closes with U+201C, the same mark that opens English-style quotes.
        const de = findOpen(['de'])
        if (de >= 0 && de === stack.length - 1 && !(leftFlank && !rightFlank)) closeAt(de, mark, pos)
        else if (de >= 0 && de !== stack.length - 1 && rightFlank && !leftFlank) closeAt(de, mark, pos)
        else push('en', mark, pos)
        break
      }
      case '”': {
        const i = findOpen(['en', 'de'])
        if (i >= 0) closeAt(i, mark, pos)
        else problem('unmatched-close', mark, pos, `Closing ${mark} has no opening mark`)
        break
      }
      case '»': {
        const i = findOpen(['fr'])
        if (i >= 0) closeAt(i, mark, pos)
        else problem('unmatched-close', mark, pos, `Closing ${mark} has no opening mark`)
        break
      }
      case '›': {
        const i = findOpen(['fr1'])
        if (i >= 0) closeAt(i, mark, pos)
        else if (!inWord) problem('unmatched-close', mark, pos, `Closing ${mark} has no opening mark`)
        break
      }
      case '"': {
        const i = findOpen(['ascii'])
        const top = stack[stack.length - 1]
        const continues = top?.style === 'ascii' && leftFlank && !rightFlank && atParagraphStart(text, pos, from)
        if (i >= 0 && !continues && (rightFlank || !leftFlank || i === stack.length - 1)) closeAt(i, mark, pos)
        else if (leftFlank || (!rightFlank && !isSpace(next))) push('ascii', mark, pos)
        else problem('unmatched-close', mark, pos, `Closing ${mark} has no opening mark`)
        break
      }
      case "'": {
        if (inWord) break // s'ka, t'i: an apostrophe
        const i = findOpen(['ascii1'])
        if (i >= 0 && rightFlank) closeAt(i, mark, pos)
        else if (leftFlank && !isLetter(prev)) push('ascii1', mark, pos)
        break
      }
      case '‘': {
        if (inWord) break
        const i = findOpen(['de1'])
        if (i >= 0 && rightFlank && !leftFlank) closeAt(i, mark, pos)
        else if (!isSpace(next)) push('en1', mark, pos)
        break
      }
      case '’': {
        if (inWord) break // t’i, n’Tiranë
        const i = findOpen(['en1', 'de1', 'ascii1'])
        if (i >= 0 && (rightFlank || !leftFlank)) closeAt(i, mark, pos)
        // Otherwise an apostrophe at a word's edge: not a quotation mark.
        break
      }
    }
  }
  for (const opener of stack) {
    if (opener.style === 'ascii1' || opener.style === 'en1') {
      // A lone ‘ or ' is as likely an apostrophe as an unclosed quote: report, gently.
      problem('unmatched-open', opener.mark, opener.start, `Opening ${opener.mark} is never closed (or is an apostrophe)`)
    } else problem('unmatched-open', opener.mark, opener.start, `Opening ${opener.mark} is never closed`)
  }
  pairs.sort((a, b) => a.open.start - b.open.start)
  // Depth counts only enclosing quotes that were closed: an opener left dangling is not a parent.
  const enclosing: number[] = []
  for (const p of pairs) {
    while (enclosing.length > 0 && enclosing[enclosing.length - 1] <= p.open.start) enclosing.pop()
    p.depth = enclosing.length
    enclosing.push(p.close.end)
  }
  problems.sort((a, b) => a.start - b.start)
  return { pairs, problems }
}
