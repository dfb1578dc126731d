// What a draft says before the editor touches it: the headline (the first sentence's main
// clause), the lede (the first paragraph that is not the title) and the key points (the
// article's reported claims, one short sentence each, without repeats). Extractive: every
// word comes from the article, in its order.
import { articleSegments } from '../quotes/detect'
import { pairMarks } from '../quotes/pair'
import { findEmbeddedSources } from '../sources/embedded'
import { QuoteMask, sentenceEnd, windowTokens } from '../speakers/context'
import { cueAt } from '../speakers/phrases'
import { stem } from '../lang/stem'
import { isStopword } from '../lang/stopwords'
import { isCapitalised, tokenize } from '../text/tokenize'
import { isHeadlineLine } from '../textImport'
import { isIndefiniteTitle } from '../entities/titles'
import type { Span } from '../types'

/** Share of a sentence's letters inside quotation marks above which it counts as a quotation. */
const MOSTLY_QUOTED = 0.6
/** A headline longer than this is left for the editor: cutting it would cut a phrase. */
export const MAX_HEADLINE_LENGTH = 110
/** A key point longer than this many words is cut at a clause boundary, where there is one. */
const MAX_POINT_WORDS = 26
/** Shorter than this, a piece of a sentence is not a claim of its own. */
const MIN_POINT_WORDS = 4
/** Share of a point's content words already in another point (or the headline) that makes it a repeat. */
const REPEAT_OVERLAP = 0.7

// Words that open a clause without carrying its claim: "Ndërsa Moska thotë…" is "Moska thotë…".
const LEADING_LINKS = new Set(['ndërkohë', 'ndërsa', 'por', 'dhe', 'megjithatë', 'gjithashtu', 'kurse', 'while', 'but', 'and', 'however'])
// Prepositions that open an adverbial phrase before the subject: "Në një deklaratë …, Shtëpia e Bardhë tha …".
const LEADING_PREPOSITIONS = new Set(['në', 'pas', 'gjatë', 'para', 'pasi', 'me', 'nga', 'përmes', 'in', 'after', 'during', 'before'])
// Words that open reported content: a clause with one is not a bare reporting frame.
const COMPLEMENTISERS = new Set(['se', 'që', 'that'])
// Words a cut clause must not end on.
const DANGLING = new Set(['dhe', 'e', 'ose', 'apo', 'por', 'si', 'që', 'se', 'të', 'për', 'në', 'me', 'and', 'or', 'but', 'that', 'of', 'to'])

export interface Claim extends Span {
  text: string
}

function letters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0
}

const words = (text: string) => tokenize(text).filter((t) => t.kind !== 'punct')

/** The article's title line: a short first line without a final period, with more text after it. */
export function titleLine(text: string): Span | null {
  const start = text.search(/\S/u)
  if (start < 0) return null
  const newline = text.indexOf('\n', start)
  if (newline < 0 || text.slice(newline).trim() === '') return null
  const line = text.slice(start, newline).trim()
  return isHeadlineLine(line) ? { start, end: start + line.length } : null
}

/** Stretches of the article a draft reads: outside the embedded sources, after the title line. */
function bodySegments(text: string): Span[] {
  const title = titleLine(text)
  return articleSegments(text, findEmbeddedSources(text))
    .map((s) => (title && s.start <= title.end ? { start: Math.max(s.start, title.end), end: s.end } : s))
    .filter((s) => s.end > s.start)
}

/** The sentences of the article's body that report what someone said or state a figure. */
export function reportedClaims(text: string): Claim[] {
  const claims: Claim[] = []
  for (const segment of bodySegments(text)) {
    const pairs = pairMarks(text, segment.start, segment.end).pairs
    const mask = new QuoteMask(pairs)
    let at = segment.start
    while (at < segment.end) {
      while (at < segment.end && /\s/u.test(text[at])) at++
      if (at >= segment.end) break
      const end = Math.max(at + 1, sentenceEnd(text, at, segment.end, mask))
      const sentence = text.slice(at, end).trim()
      const { tokens } = windowTokens(text, at, end, mask)
      const quotes = mask.within(at, end)
      const reported = tokens.some((_, i) => cueAt(tokens, i) !== null) || quotes.length > 0
      const figure = tokens.some((t) => t.kind === 'number')
      const quoted = quotes.reduce((n, p) => n + letters(text.slice(Math.max(at, p.open.end), Math.min(end, p.close.start))), 0)
      if ((reported || figure) && quoted <= MOSTLY_QUOTED * letters(sentence)) claims.push({ text: sentence, start: at, end })
      at = end
    }
  }
  return claims
}

/** The first paragraph outside the embedded sources that is not the title: the draft's lede. */
export function firstParagraph(text: string): string {
  const span = firstParagraphSpan(text)
  return span ? text.slice(span.start, span.end).trim() : ''
}

function firstParagraphSpan(text: string): Span | null {
  for (const segment of bodySegments(text)) {
    let start = segment.start
    while (start < segment.end) {
      const newline = text.indexOf('\n', start)
      const end = newline < 0 || newline > segment.end ? segment.end : newline
      if (text.slice(start, end).trim() !== '') return { start, end }
      start = end + 1
    }
  }
  return null
}

/** Whether an offset of the text lies inside one of its quotations. */
function insideQuotation(text: string): (at: number) => boolean {
  const quotes = pairMarks(text, 0, text.length).pairs.filter((p) => p.depth === 0)
  return (at) => quotes.some((p) => p.open.start < at && at < p.close.end)
}

/** "9,8 miliardë": a comma between digits separates no clauses. */
const isDecimalComma = (text: string, i: number) => text[i] === ',' && /\p{Nd}/u.test(text[i - 1] ?? '') && /\p{Nd}/u.test(text[i + 1] ?? '')

/** Offsets of the commas that separate clauses: not inside quotation marks or brackets, nor in a number. */
function clauseCommas(sentence: string): number[] {
  const quoted = insideQuotation(sentence)
  const out: number[] = []
  let depth = 0
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]
    if (c === '(' || c === '[') depth++
    else if ((c === ')' || c === ']') && depth > 0) depth--
    else if ((c === ',' || c === ';') && depth === 0 && !isDecimalComma(sentence, i) && !quoted(i)) out.push(i)
  }
  return out
}

const capitalise = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
const withoutEnd = (text: string) => text.trim().replace(/[\s.!?…;,:]+$/u, '')

function dropLeadingLinks(text: string): string {
  let out = text.trim()
  for (;;) {
    const first = tokenize(out)[0]
    if (!first || !LEADING_LINKS.has(first.norm)) return out
    out = out.slice(first.end).replace(/^[\s,]+/u, '')
  }
}

/**
 * A sentence without its reporting frame and its opening adverbial: ", raportojnë mediat" and
 * "Sipas agjencisë, " go, and so does "Në një deklaratë të lëshuar pas …, " before the subject.
 * A key point keeps whom its claim is according to (`keepSource`): without "Sipas tij," a
 * contractor's claim would read as the brief's own. Returns the clause without its final punctuation.
 */
export function mainClause(sentence: string, keepSource = false): string {
  let text = dropLeadingLinks(withoutEnd(sentence))
  let commas = clauseCommas(text)
  const last = commas.at(-1)
  if (last !== undefined) {
    // A reporting frame names who said it and no more: ", raportojnë mediat shtetërore ruse".
    const tail = tokenize(text.slice(last + 1))
    const cue = cueAt(tail, 0)
    const said = cue ? tail.slice(cue.length).filter((t) => t.kind !== 'punct') : []
    const frame = cue !== null && cue.type !== 'sipas' && said.length > 0 && said.length <= 5 && !LEADING_PREPOSITIONS.has(said[0].norm) && !said.some((t) => COMPLEMENTISERS.has(t.norm))
    if (frame && words(text.slice(0, last)).length >= MIN_POINT_WORDS) text = text.slice(0, last)
  }
  commas = clauseCommas(text)
  const first = commas[0]
  if (first !== undefined) {
    const head = tokenize(text.slice(0, first))
    const rest = text.slice(first + 1).trim()
    const opener = head[0]?.norm ?? ''
    // Only before a subject that is named: "…, Shtëpia e Bardhë tha", not "Mbi 200 infermierë …, në protestë".
    const according = opener === 'sipas' || opener === 'according'
    const adverbial = (according && !keepSource) || (LEADING_PREPOSITIONS.has(opener) && isCapitalised(rest))
    // "Sipas kompanisë, “…”": a quotation keeps who it is according to.
    const quotation = /^["“”„«‘’‚']/u.test(rest)
    if (adverbial && !quotation && words(rest).length >= MIN_POINT_WORDS) text = rest
  }
  return capitalise(withoutEnd(text))
}

/** Between two commas: a few words, a name in apposition ("prof. dr. Luan Mustafaraj") or a prepositional phrase. */
function isAside(piece: string): boolean {
  const tokens = tokenize(piece)
  const ws = tokens.filter((t) => t.kind !== 'punct')
  // ", tha Gjon Marku,": who said it is the clause's verb, not an aside.
  if (tokens.some((_, i) => cueAt(tokens, i) !== null)) return false
  if (ws.length <= 3) return true
  if (ws.length > 6) return false
  const abbreviated = (t: (typeof tokens)[number]) => tokens[tokens.indexOf(t) + 1]?.text === '.'
  return LEADING_PREPOSITIONS.has(ws[0].norm) || ws.every((t) => isCapitalised(t.text) || abbreviated(t))
}

/** Brackets and short asides between commas (", më tej,", ", Elira Kolaneci,") go. */
function withoutAsides(clause: string): string {
  let text = clause.replace(/\s*\([^()]*\)/gu, '').replace(/\s{2,}/gu, ' ')
  for (;;) {
    const commas = clauseCommas(text)
    const aside = commas.findIndex((c, i) => i + 1 < commas.length && text[c] === ',' && text[commas[i + 1]] === ',' && isAside(text.slice(c + 1, commas[i + 1])))
    if (aside < 0) return text.trim()
    // "Gjonbalaj, 71 vjeç, banor i fshatit": the apposition after the aside keeps its comma.
    const next = tokenize(text.slice(commas[aside + 1] + 1))[0]
    const joint = next && isIndefiniteTitle(next.text) ? ', ' : ' '
    text = `${text.slice(0, commas[aside])}${joint}${text.slice(commas[aside + 1] + 1)}`.replace(/\s{2,}/gu, ' ')
  }
}

/**
 * The text, or its longest run of whole clauses that fits: cut only at a comma between clauses,
 * never inside one, and never on a dangling "dhe" or "se". Null when no such cut fits.
 */
function fitClauses(text: string, fits: (candidate: string) => boolean): string | null {
  if (fits(text)) return text
  for (const comma of clauseCommas(text).reverse()) {
    const kept = tokenize(text.slice(0, comma))
    let end = kept.length
    while (end > 0 && (DANGLING.has(kept[end - 1].norm) || /^[,;:–—-]$/u.test(kept[end - 1].text))) end--
    const candidate = end > 0 ? text.slice(0, kept[end - 1].end).trim() : ''
    if (words(candidate).length >= 6 && fits(candidate)) return candidate
  }
  return null
}

/** A key point: the main clause without asides, cut to a short sentence where a clause ends. */
function shortPoint(sentence: string): string {
  const text = mainClause(withoutAsides(sentence), true)
  return fitClauses(text, (candidate) => words(candidate).length <= MAX_POINT_WORDS) ?? text
}

/** A point ends as a sentence does, once: "… pastra.”" keeps its period inside the quote. */
const closed = (point: string) => (/[.!?…]["”“»’']*$/u.test(point) ? point : `${point}.`)

/** Content words of a text, as stems: what two points are compared by. */
function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((t) => t.kind === 'number' || (t.norm.length > 2 && !isStopword(t.text))).map((t) => (t.kind === 'number' ? t.norm : stem(t.norm))))
}

function repeats(point: Set<string>, earlier: Set<string>): boolean {
  if (point.size === 0 || earlier.size === 0) return point.size === 0
  let shared = 0
  for (const word of point) if (earlier.has(word)) shared++
  return shared / Math.min(point.size, Math.max(1, earlier.size)) >= REPEAT_OVERLAP
}

/** A sentence's separate claims: "…, ndërsa u ra dakord …" is two, but not inside a quotation. */
function splitClaims(sentence: string): string[] {
  const quoted = insideQuotation(sentence)
  const parts: string[] = []
  let from = 0
  for (const cut of sentence.matchAll(/(?:,\s*|;\s*|\s+)(?=ndërsa\s)|;\s+/gu)) {
    const at = cut.index
    if (quoted(at)) continue
    parts.push(sentence.slice(from, at))
    from = at + cut[0].length
  }
  parts.push(sentence.slice(from))
  return parts.map((part) => part.trim()).filter((part) => part !== '')
}

/**
 * The draft's key points: the reported claims after the lede, which the brief shows above them,
 * one short sentence each, none repeating another or the headline.
 */
export function keyPointsOf(text: string, headline: string): string[] {
  const points: string[] = []
  const seen = headline.trim() === '' ? [] : [contentStems(headline)]
  const lede = firstParagraphSpan(text)
  for (const claim of reportedClaims(text)) {
    // The lede's claims are said already: the points after it do not repeat them either.
    const inLede = lede !== null && claim.start < lede.end && claim.end > lede.start
    // A sentence that ends in a colon introduces what follows; it claims nothing itself.
    if (/:\s*$/u.test(claim.text)) continue
    for (const part of splitClaims(claim.text)) {
      const point = shortPoint(part)
      if (words(point).length < MIN_POINT_WORDS) continue
      const stems = contentStems(point)
      if (seen.some((earlier) => repeats(stems, earlier) || repeats(earlier, stems))) continue
      seen.push(stems)
      if (!inLede) points.push(closed(capitalise(point)))
    }
  }
  return points
}

/**
 * The draft's headline: the title line, or the first sentence's main clause. Empty when that is
 * still too long for a headline: the editor writes it, prompted by the pane.
 */
export function headlineOf(text: string): string {
  const title = titleLine(text)
  if (title) return text.slice(title.start, title.end)
  const segment = bodySegments(text)[0]
  if (!segment) return ''
  let at = segment.start
  while (at < segment.end && /\s/u.test(text[at])) at++
  const mask = new QuoteMask(pairMarks(text, segment.start, segment.end).pairs)
  const sentence = text.slice(at, sentenceEnd(text, at, segment.end, mask))
  return fitClauses(mainClause(withoutAsides(sentence)), (candidate) => candidate.length <= MAX_HEADLINE_LENGTH) ?? ''
}
