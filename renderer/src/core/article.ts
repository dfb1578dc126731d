/** Plain-text facts about an article: its blocks, title and length. */
import { tokenize } from './text/tokenize'
import { breaksSentence } from './speakers/context'

/** Blocks are lines: the editor stores one paragraph per line. */
export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n')
}

const MAX_TITLE_LENGTH = 120

/** The first sentence, trimmed to a readable length. */
export function titleFromText(text: string): string {
  const firstLine = splitParagraphs(text).find((line) => line.trim() !== '')?.trim() ?? ''
  // A sentence ends where the speaker search says (not at "nr." or an initial), unless what
  // follows starts in lower case ("Energji Guribardh sh.p.k. njoftoi").
  const tokens = tokenize(firstLine)
  const end = tokens.findIndex((t, i) => t.kind === 'punct' && breaksSentence(tokens, i) && !/^\p{Ll}/u.test(tokens[i + 1]?.text ?? ''))
  const sentence = end >= 0 ? firstLine.slice(0, tokens[end].start).trimEnd() : firstLine
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence
  const cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1)
  return `${sentence.slice(0, cut > 40 ? cut : MAX_TITLE_LENGTH - 1)}…`
}

