import { isCapitalised, tokenize } from '../text/tokenize'
import { resolveEntity } from '../entities/resolve'
import { isDocumentNoun, PASSIVE_CUES, VERB_CUES } from '../speakers/lexicon'
import type { EmbeddedSource } from '../types'

/**
 * A heading is a noun phrase. A line with a finite verb or a negation is a sentence that ends in
 * a colon ("Mesazhi i tij ishte i qartë:", "Reagimi i opozitës nuk vonoi:"), not a document.
 */
const NOT_IN_HEADING = new Set(
  `është ishte janë ishin jam je jemi jeni qe qenë ka kanë kishte kishin kam kemi keni do duhet duhej mund
  munde po nuk s mos u iu vonoi erdhi vjen vijnë mbetet mbeti tingëllon tingëllonte ai ajo ata ato`.split(/\s+/),
)

const MAX_HEADING_CHARS = 120
const MAX_HEADING_WORDS = 14

interface Heading {
  start: number
  end: number
  title: string
  author: string | null
}

/**
 * A heading is a short line of its own that ends in ':' and names a document
 * ("Deklarata e Shtëpisë së Bardhë:", "Komunikata e Kremlinit:"). A line like "Rama tha:"
 * introduces a quote, not a document, so it must name one and carry no reporting verb.
 */
function parseHeading(line: string, offset: number): Heading | null {
  const trimmed = line.trim()
  if (!trimmed.endsWith(':') || trimmed.length > MAX_HEADING_CHARS) return null
  const body = trimmed.slice(0, -1).trim()
  if (body.length === 0 || /[.!?;“”„«»"]/u.test(body.replace(/\b\p{Lu}\.|\d\./gu, ''))) return null
  const tokens = tokenize(body)
  const words = tokens.filter((t) => t.kind !== 'punct')
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return null
  if (words.some((w) => VERB_CUES.has(w.norm) || PASSIVE_CUES.has(w.norm) || NOT_IN_HEADING.has(w.norm))) return null
  const doc = words.findIndex((w, i) => i < 4 && isDocumentNoun(w.text))
  if (doc < 0) return null
  if (!isCapitalised(words[0].text)) return null
  const start = offset + line.indexOf(trimmed[0])
  const end = start + trimmed.length
  // The author is the genitive name after the document noun and its modifiers.
  const nameAt = words.findIndex((w, i) => i > doc && (isCapitalised(w.text) || /^\p{Lu}{2,}/u.test(w.text)))
  let author: string | null = null
  if (nameAt > 0) {
    const surface = body.slice(words[nameAt].start).trim()
    author = canonicalAuthor(surface)
  }
  return { start, end, title: body, author }
}

/** "Shtëpisë së Bardhë" → "Shtëpia e Bardhë"; unknown names are put in the nominative. */
export function canonicalAuthor(genitive: string): string {
  return resolveEntity(genitive).name
}

export function findEmbeddedSources(text: string): EmbeddedSource[] {
  const headings: Heading[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    if (line.length <= MAX_HEADING_CHARS + 20 && line.trimEnd().endsWith(':')) {
      const heading = parseHeading(line, lineStart)
      if (heading) headings.push(heading)
    }
    lineStart = lineEnd + 1
  }
  const out: EmbeddedSource[] = []
  headings.forEach((h, i) => {
    const limit = i + 1 < headings.length ? headings[i + 1].start : text.length
    let start = h.end
    while (start < limit && /\s/u.test(text[start])) start++
    let end = limit
    while (end > start && /\s/u.test(text[end - 1])) end--
    if (end <= start) return
    out.push({ title: h.title, author: h.author, headingStart: h.start, headingEnd: h.end, start, end, text: text.slice(start, end) })
  })
  return out
}
