/** Plain-text facts about an article: its blocks, title and length. */

/** Blocks are lines: the editor stores one paragraph per line. */
export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n')
}

const MAX_TITLE_LENGTH = 120

/** The first sentence, trimmed to a readable length. */
export function titleFromText(text: string): string {
  const firstLine = splitParagraphs(text).find((line) => line.trim() !== '')?.trim() ?? ''
  // A sentence ends at . ! ? or … followed by a space, unless it is a decimal or an initial, or
  // what follows starts in lower case ("Energji Guribardh sh.p.k. njoftoi").
  const sentenceEnd = /(?<![0-9A-ZËÇ])[.!?…](?=\s+[^\s\p{Ll}]|\s*$)/u.exec(firstLine)
  const sentence = sentenceEnd ? firstLine.slice(0, sentenceEnd.index) : firstLine
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence
  const cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1)
  return `${sentence.slice(0, cut > 40 ? cut : MAX_TITLE_LENGTH - 1)}…`
}

