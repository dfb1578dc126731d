import { isCapitalised, isWordToken as isWord, type Token } from '../text/tokenize'
import { firstIndexAfter } from '../text/sorted'
import { isStopword } from '../lang/stopwords'
import { isLinkingArticle } from '../lang/links'
import { stem } from '../lang/stem'
import { isAcronym } from '../entities/names'
import { institutionNoun, isGroupNoun, isRoleWord, isTitleWord, personTitle } from '../entities/titles'
import type { EntityBook } from './book'
import { isDocumentNoun, TIME_OPENERS, VERB_CUES } from '../speakers/lexicon'
import { breaksSentence, QuoteMask } from '../speakers/context'
import { pastHonorifics } from '../speakers/phrases'
import { nameRun, titlePhraseEnd } from './learn'
import { ADJECTIVE } from '../entities/nominative'
import { pairMarks } from '../quotes/pair'

// Who a statement says acted, sentence by sentence: "Sot, Presidenti X dhe Presidenti Y folën …",
// "Të dy udhëheqësit ranë dakord …". A sentence whose subject is a pronoun or a common noun
// ("Ata", "Udhëheqësit", "Kjo") continues with the people named before it. A readout that says
// X and Y agreed supports a quote the article gives to X and Y. So does a sentence that ends by
// naming who said it: "Tarifat mbeten të ulëta, thekson rektori Valdet Rrustemaj."

const OPENERS = new Set([...TIME_OPENERS, 'prandaj', 'pra', 'pas', 'tani', 'sërish', 'po', 'edhe', 'madje', 'kështu', 'dhe', 'por', 'ndërsa', 'njëkohësisht', 'vetë'])
const AS_SAID = new Set(['siç', 'sikurse'])
const PREPOSITIONS = new Set(['në', 'me', 'për', 'pas', 'gjatë', 'nga', 'si', 'mbi', 'pranë', 'sipas', 'lidhur', 'para', 'përmes', 'nëpërmjet', 'falë', 'mes', 'midis'])

interface Part {
  from: number
  to: number
  named: boolean
}

/** The subject noun phrases at the start of a sentence, or null for none. */
const HEAD_TOKENS = 40

function subjectParts(tokens: Token[], proper: ReadonlySet<string>): Part[] {
  let i = 0
  for (let n = 0; n < 6 && i < tokens.length && (!isWord(tokens[i]) || OPENERS.has(tokens[i].norm)); n++) i++
  // "Sipas Autoritetit të Aviacionit Civil, „…“": the words are whom they are according to.
  if (isWord(tokens[i]) && tokens[i].norm === 'sipas') {
    const according = subjectPart(tokens, pastHonorifics(tokens, i + 1), i + 1, proper)
    if (according?.named && tokens[according.to]?.text === ',') return [according]
  }
  if (isWord(tokens[i]) && PREPOSITIONS.has(tokens[i].norm)) {
    const comma = tokens.findIndex((t, k) => k > i && k < i + 16 && t.text === ',')
    if (comma < 0) return []
    i = comma + 1
    while (i < tokens.length && (!isWord(tokens[i]) || OPENERS.has(tokens[i].norm))) i++
  }
  // "Siç tha aktori Gëzim Dula …, kultura nuk është luks": the words that follow are his.
  if (isWord(tokens[i]) && AS_SAID.has(tokens[i].norm) && isWord(tokens[i + 1]) && VERB_CUES.has(tokens[i + 1].norm)) i += 2
  // "Z. Pjetër Gjoni ka deklaruar se …": past a word of address.
  i = pastHonorifics(tokens, i)
  const parts: Part[] = []
  const first = i
  while (i < tokens.length) {
    const part = subjectPart(tokens, i, first, proper)
    if (!part) break
    parts.push(part)
    i = part.to
    if (tokens[i]?.text === ',' && tokens[i + 1]?.norm === 'dhe') i++
    if (isWord(tokens[i]) && tokens[i].norm === 'dhe') i++
    else break
  }
  return parts
}

function subjectPart(tokens: Token[], i: number, first: number, proper: ReadonlySet<string>): Part | null {
  let t = tokens[i]
  if (!isWord(t) || isStopword(t.text)) return null
  // "Deklarata e Kremlinit thotë …": the document speaks for its author.
  // "Deklarata e z. Agim Shehu se …": past a word of address too.
  if (isDocumentNoun(t.text) && isWord(tokens[i + 1]) && isLinkingArticle(tokens[i + 1].text) && isWord(tokens[i + 2])) {
    i = pastHonorifics(tokens, i + 2)
    t = tokens[i]
  } else if (isDocumentNoun(t.text)) return null // "NJOFTIM" heading a notice: no one acting

  if (personTitle(t.text)) {
    let titleEnd = titlePhraseEnd(tokens, i)
    // "Kryeplaku i fshatit Rrethaj, z. Pal Dedaj": a place's name ends the complement before the person's.
    const place = nameRun(tokens, titleEnd)
    if (place > titleEnd && tokens[place]?.text === ',' && nameRun(tokens, pastHonorifics(tokens, place + 1)) > pastHonorifics(tokens, place + 1)) titleEnd = place
    let k = titleEnd
    // "drejtoresha rajonale Mirela Dedja", "avokati mbrojtës Sokol Dervishi": an adjective after the title, before the name.
    while (isWord(tokens[k]) && !isCapitalised(tokens[k].text) && (ADJECTIVE.test(tokens[k].norm) || tokens[k].norm.endsWith('ës')) && isWord(tokens[k + 1])) k++
    if (nameRun(tokens, k) === k) k = titleEnd
    if (tokens[k]?.text === ',') k++
    const nameStart = pastHonorifics(tokens, k)
    const nameEnd = nameRun(tokens, nameStart)
    const complement = tokens.slice(i + 1, titleEnd).some((x) => isCapitalised(x.text) || isAcronym(x.text))
    // "rektori prof. dr. Valdet Rrustemaj": the name alone, without the words of address.
    if (nameEnd > nameStart) return { from: nameStart > k ? nameStart : i, to: nameEnd, named: true }
    return { from: i, to: titleEnd, named: complement }
  }
  // "Vetë kompania pranon se …": the body itself, the one of that kind the texts name, if any.
  const itself = tokens[i - 1]?.norm === 'vetë'
  const bareKind = itself && institutionNoun(t.text) !== null && !personTitle(t.text) && !(isWord(tokens[i + 1]) && isLinkingArticle(tokens[i + 1].text))
  if (bareKind) return { from: i, to: i + 1, named: true }
  if (!(isCapitalised(t.text) || isAcronym(t.text)) || isTitleWord(t.text)) return null
  // A name: capitalised words, joined by linking articles ("Shtetet e Bashkuara", "Policia e Shtetit").
  let j = i + 1
  while (j < tokens.length) {
    const w = tokens[j]
    if (isWord(w) && (isCapitalised(w.text) || isAcronym(w.text)) && !isStopword(w.text)) j++
    else if (isWord(w) && isLinkingArticle(w.text) && w.text.length <= 3 && isWord(tokens[j + 1]) && isCapitalised(tokens[j + 1].text)) j += 2
    else break
  }
  const words = tokens.slice(i, j)
  if (words.length === 1 && isRoleWord(t.text)) return null // "Qeveria", "Udhëheqësit": not a name
  const named = words.some((w, k) => isAcronym(w.text) || (isCapitalised(w.text) && (i + k > first || proper.has(stem(w.text)))))
  return { from: i, to: j, named }
}

/** ", thekson rektori Valdet Rrustemaj.": who a cue verb at the end of a sentence names, if anyone. */
function closingSayer(tokens: Token[], proper: ReadonlySet<string>): Part | null {
  const end = tokens.length - (tokens.at(-1)?.kind === 'punct' ? 1 : 0)
  for (let i = end - 2; i > 0; i--) {
    if (tokens[i - 1].text !== ',' || !isWord(tokens[i]) || !VERB_CUES.has(tokens[i].norm)) continue
    const part = subjectPart(tokens, i + 1, i + 1, proper)
    // "…, tha Kastrati pas ceremonisë.": a place or a time after the name may end the sentence.
    const closes = part !== null && (part.to === end || (isWord(tokens[part.to]) && PREPOSITIONS.has(tokens[part.to].norm) && tokens.slice(part.to, end).every(isWord)))
    return part && part.named && closes ? part : null
  }
  return null
}

/**
 * "…, kujtojmë atë që theksoi drejtoresha e AKB-së, Mirela Dervishi: „…“": who a verb of saying
 * names right before a colon says the words after it; else null.
 */
function colonSayer(tokens: Token[], proper: ReadonlySet<string>): { part: Part; colon: number } | null {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!isWord(tokens[i]) || !VERB_CUES.has(tokens[i].norm)) continue
    const part = subjectPart(tokens, pastHonorifics(tokens, i + 1), i + 1, proper)
    if (part?.named && tokens[part.to]?.text === ':') return { part, colon: part.to }
  }
  return null
}

/** The name or title before a colon that opens a transcript's line ("Z. Dritan Qorraj:", "Kryetari i Komisionit:"), or null. */
function speakerLabel(given: Token[], proper: ReadonlySet<string>): (Part & { name: string }) | null {
  const colon = labelColon(given)
  if (colon < 0) return null
  const tokens = inRunningCase(given, colon) ?? given
  let start = pastHonorifics(tokens, 0)
  // "I pandehuri Artan Zeneli:": a description with its article before the name.
  if (['i', 'e'].includes(tokens[start]?.norm ?? '') && isWord(tokens[start + 1]) && !isCapitalised(tokens[start + 1].text) && isWord(tokens[start + 2]) && isCapitalised(tokens[start + 2].text)) start += 2
  const part = subjectPart(tokens, start, start, proper)
  if (!part || part.to !== colon) return null
  const name = tokens.slice(part.from, part.to).map((t, k, all) => (k > 0 && t.start === all[k - 1].end ? '' : ' ') + t.text).join('').trim()
  return { ...part, named: true, name }
}

/**
 * "AVOKATI MBROJTËS SOKOL DERVISHI:": a label in capitals, as running text writes it. A label
 * ends with the name, so its last two words are the name's; the words before are lower case.
 * Null for a label not in capitals.
 */
function inRunningCase(tokens: Token[], colon: number): Token[] | null {
  const words = tokens.slice(0, colon).filter(isWord)
  const long = words.filter((w) => w.text.length > 1)
  if (words.length < 2 || long.length === 0 || !long.every((w) => w.text === w.text.toUpperCase() && w.text !== w.text.toLowerCase())) return null
  const content = words.filter((w) => !isStopword(w.text) && !isLinkingArticle(w.text))
  const named = new Set(content.slice(-2))
  return tokens.map((t) => {
    if (t.start >= tokens[colon].start || !isWord(t)) return t
    const lower = t.text.toLowerCase()
    return { ...t, text: named.has(t) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower }
  })
}

/** Where a transcript line's label ends: a colon among its first words, or -1. */
const labelColon = (tokens: Token[]): number => tokens.findIndex((t, k) => k > 0 && k <= 8 && t.text === ':')

/** Words that carry a sentence on with the people named before it: "Ata", "Të dy udhëheqësit", "Kjo". */
const CARRIERS = new Set(['ai', 'ajo', 'ata', 'ato', 'ky', 'kjo', 'këta', 'këto', 'dy', 'secili', 'secila', 'palët', 'ne'])

/** A sentence that opens with a common noun for a thing ("Punimet", "Prurja minimale"), not a person, a body or a pronoun. */
function aboutThing(sentence: Token[]): boolean {
  const first = sentence.find(isWord)
  if (!first || !isCapitalised(first.text) || CARRIERS.has(first.norm) || OPENERS.has(first.norm) || PREPOSITIONS.has(first.norm) || isStopword(first.text)) return false
  return !isRoleWord(first.text) && !isGroupNoun(first.text) && !isTitleWord(first.text) && !isDocumentNoun(first.text) && /(et|at|it|ët|a|i)$/u.test(first.norm)
}

export interface SubjectIndex {
  /** The entity ids a statement names as acting in the sentence at `offset`, or before it, when `offset` is past them. */
  at(offset: number): string[]
  /** Every entity the statement names as acting anywhere. */
  all(): string[]
  /** Whom the transcript's label over `offset` names ("Z. Dritan Qorraj: …"), or none. */
  labelled(offset: number): string[]
  /** Whether `offset` is inside words the statement quotes in marks in a sentence that names no one as saying them. */
  quotedFromUnnamed(offset: number): boolean
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
}

/** Subjects of every sentence of a source (its tokens already read), resolved through the book. */
export function indexSubjects(book: EntityBook, text: string, tokens: readonly Token[], proper: ReadonlySet<string>): SubjectIndex {
  // `said`: where the words the subjects are given begin, after the last subject.
  const entries: Array<{ start: number; said: number; ids: string[] }> = []
  const labels: typeof entries = []
  const sentenceStarts: number[] = []
  const idsOf = (sentence: Token[], parts: Part[]) =>
    parts.flatMap((p) => {
      const entity = book.resolve(text.slice(sentence[p.from].start, sentence[p.to - 1].end), 'source')
      return entity.members ?? [entity.id]
    })
  const visit = (from: number, to: number) => {
    if (to <= from) return
    const sentence = tokens.slice(from, Math.min(to, from + HEAD_TOKENS)) as Token[]
    // "Z. Dritan Qorraj: Faleminderit …": a transcript's label at a line's start says who speaks in it.
    const lineStart = from === 0 || hasLineBreak(text, tokens[from - 1].end, tokens[from].start)
    const label = lineStart ? speakerLabel(sentence, proper) : null
    if (label) {
      const entity = book.resolve(label.name, 'source')
      const entry = { start: sentence[0].start, said: sentence[label.to].end, ids: entity.members ?? [entity.id] }
      entries.push(entry)
      labels.push(entry)
      return
    }
    // In a transcript, a line labelled with someone it cannot read is not the line before's speaker's.
    const colon = labelColon(sentence)
    if (lineStart && labels.length > 0 && colon > 0 && sentence.slice(0, colon).every(isWord)) {
      const unread = { start: sentence[0].start, said: sentence[colon].end, ids: [] }
      entries.push(unread)
      labels.push(unread)
      return
    }
    // Most sentences have no colon: only those are copied whole and read for "theksoi X: „…“".
    let hasColon = false
    for (let k = from; k < to && !hasColon; k++) hasColon = tokens[k].text === ':'
    const whole = hasColon ? (tokens.slice(from, to) as Token[]) : sentence
    const introducing = hasColon ? colonSayer(whole, proper) : null
    if (introducing) {
      entries.push({ start: whole[0].start, said: whole[introducing.colon].end, ids: idsOf(whole, [introducing.part]) })
      return
    }
    const named = subjectParts(sentence, proper).filter((p) => p.named)
    if (named.length > 0) {
      entries.push({ start: sentence[0].start, said: sentence[named[named.length - 1].to - 1].end, ids: idsOf(sentence, named) })
      return
    }
    const closing = tokens.slice(Math.max(from, to - HEAD_TOKENS), to) as Token[]
    const sayer = closingSayer(closing, proper)
    if (sayer) entries.push({ start: sentence[0].start, said: sentence[0].start, ids: idsOf(closing, [sayer]) })
    // "Punimet janë pezulluar …": a paragraph that opens about a thing is no longer about the people named before it.
    else if (lineStart && aboutThing(sentence)) entries.push({ start: sentence[0].start, said: sentence[0].start, ids: [] })
  }
  // Sentences end at . ! ? … (not the dot of "prof." or an initial) or at a line break.
  let from = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
    const stop = t.kind === 'punct' && breaksSentence(tokens, i)
    const lineBreak = next !== undefined && hasLineBreak(text, t.end, next.start)
    if (stop || lineBreak || next === undefined) {
      sentenceStarts.push(tokens[from].start)
      visit(from, i + 1)
      from = i + 1
    }
  }
  let everyone: string[] | null = null
  let quotations: QuoteMask | null = null
  return {
    at(offset: number) {
      const after = firstIndexAfter(entries.length, (i) => entries[i].start <= offset)
      // "Ujësjellësi nuk ka marrë …" as the quote: the sentence is about its subject, not its words.
      return after > 0 && offset >= entries[after - 1].said ? entries[after - 1].ids : []
    },
    all() {
      everyone ??= [...new Set(entries.flatMap((e) => e.ids))]
      return everyone
    },
    labelled(offset: number) {
      const after = firstIndexAfter(labels.length, (i) => labels[i].start <= offset)
      return after > 0 && offset >= labels[after - 1].said ? labels[after - 1].ids : []
    },
    quotedFromUnnamed(offset: number) {
      // Asked only where a misattribution is at stake: the marks are paired then, once.
      quotations ??= new QuoteMask(pairMarks(text, 0, text.length).pairs)
      const quote = quotations.within(offset, offset + 1)[0]
      if (!quote) return false
      const opens = quote.open.start
      const sentence = sentenceStarts[firstIndexAfter(sentenceStarts.length, (i) => sentenceStarts[i] <= opens) - 1]
      const named = entries[firstIndexAfter(entries.length, (i) => entries[i].start <= opens) - 1]
      // A subject carried from an earlier sentence did not say what this one quotes.
      return named === undefined || named.start !== sentence
    },
  }
}
