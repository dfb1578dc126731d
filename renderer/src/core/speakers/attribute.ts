import { isCapitalised, wordTokens, type Token } from '../text/tokenize'
import { resolveEntity } from '../entities/resolve'
import { toNominative } from '../entities/nominative'
import type { Entity } from '../entities/types'
import { institutionNoun, isIndefiniteTitle, isTitleWord, personTitle, roleForms } from '../entities/titles'
import { isStopword } from '../lang/stopwords'
import { isLinkingArticle } from '../lang/links'
import { sameStem, stem } from '../lang/stem'
import type { Speaker } from '../types'
import type { MarkPair } from '../quotes/pair'
import { breaksSentence, quoteEndsSentence, sentenceEnd, sentenceStart, windowTokens, type QuoteMask } from './context'
import { clashes, pronounGender, speakerGender, surfaceGender, type Gender } from './gender'
import { DOCUMENT_WORDS, isDocumentNoun, OBLIQUE_PRONOUNS, PERSONAL_PASSIVE_CUES, TIME_OPENERS, VERB_CUES } from './lexicon'
import { BEING, cueAt, inObjectCase, isGroup, leadingSubject, passiveAgent, phraseAfter, phraseBefore, presentedPerson, subjectAfterAdverbial, unnamedBeforeRelative, unnamedOpener, type Cue, type Phrase } from './phrases'

type Via = Speaker['via']

interface Found {
  tokens: Token[]
  phrase: Phrase
  via: Via
}

const LEAD_PUNCT = new Set([',', '–', '—', '-', '(', ')'])

/** Past the words that describe a document ("njoftimin zyrtar të …", "deklaratën e përbashkët të …"). */
function pastDocumentWords(tokens: Token[], k: number): number {
  for (;;) {
    if (DOCUMENT_WORDS.has(tokens[k]?.norm ?? '')) k++
    else if (isLinkingArticle(tokens[k]?.text ?? '') && DOCUMENT_WORDS.has(tokens[k + 1]?.norm ?? '')) k += 2
    else return k
  }
}

function passivePhrase(tokens: Token[], cue: Cue): Phrase | null {
  // "thuhet në deklaratën e Kremlinit" or "Në deklaratën e Kremlinit thuhet".
  for (let d = cue.index + 1; d < tokens.length && d <= cue.index + 6; d++) {
    if (tokens[d].kind === 'punct') break
    // "thuhet në njoftim": the document itself, when it names no author.
    if (isDocumentNoun(tokens[d].text)) return phraseAfter(tokens, pastDocumentWords(tokens, d + 1), { requireName: true }) ?? { from: d, to: d + 1, pronoun: false }
  }
  for (let d = cue.index - 1; d >= 0 && d >= cue.index - 7; d--) {
    if (tokens[d].kind === 'punct') break
    if (isDocumentNoun(tokens[d].text)) {
      const p = phraseAfter(tokens.slice(0, cue.index), pastDocumentWords(tokens, d + 1), { requireName: true })
      if (p) return p
    }
  }
  return null
}

function resolveCue(tokens: Token[], cue: Cue, preferAfter: boolean): Found | null {
  if (cue.type === 'passive') {
    // "citohet në deklaratën e X"; else "Hoxha citohet të ketë thënë", with the speaker as subject.
    const phrase = passivePhrase(tokens, cue) ?? (PERSONAL_PASSIVE_CUES.has(tokens[cue.index].norm) ? phraseBefore(tokens, cue.index) : null)
    return phrase ? { tokens, phrase, via: 'passive' } : null
  }
  if (cue.type === 'sipas') {
    // "sipas raportit të publikuar të hënën nga organizata": the document's author, after "nga".
    const by = isDocumentNoun(tokens[cue.index + 1]?.text ?? '') ? tokens.findIndex((t, d) => d > cue.index + 1 && d <= cue.index + 8 && t.norm === 'nga') : -1
    const author = by > 0 && !tokens.slice(cue.index + 1, by).some((t) => t.kind === 'punct') ? phraseAfter(tokens, by + 1) : null
    if (author) return { tokens, phrase: author, via: 'sipas' }
    const phrase = phraseAfter(tokens, cue.index + 1)
    return phrase ? { tokens, phrase, via: 'sipas' } : null
  }
  // "akuzoi bashkinë se …": who comes after the verb in the accusative is its object, not who speaks.
  const after = () => {
    const phrase = phraseAfter(tokens, cue.index + cue.length)
    return phrase && !phrase.pronoun && inObjectCase(tokens[phrase.from]) ? null : phrase
  }
  const before = () => phraseBefore(tokens, cue.index) ?? unnamedBeforeRelative(tokens, cue.index)
  const phrase = preferAfter ? after() ?? before() : before() ?? after()
  return phrase ? { tokens, phrase, via: preferAfter ? 'cue-after' : 'cue-before' } : null
}

function cuesIn(tokens: Token[], from: number, to: number): Cue[] {
  const out: Cue[] = []
  for (let i = from; i < to; i++) {
    const cue = cueAt(tokens, i)
    if (cue) {
      out.push(cue)
      i += cue.length - 1
    }
  }
  return out
}

/** "“…”, tha X" / "“…”, X tha" / "“…”, sipas X": a cue right after the closing mark. */
function cueRightAfter(tokens: Token[], opensSentence: boolean): Found | null {
  let k = 0
  while (k < tokens.length && tokens[k].kind === 'punct' && LEAD_PUNCT.has(tokens[k].text)) k++
  if (k >= tokens.length || tokens[k].kind === 'punct') return null
  const cue = cueAt(tokens, k)
  if (cue) return resolveCue(tokens, cue, true)
  // "“…”, Trump tha": only after a quote that is its own sentence; after a fragment,
  // ", Kievi kërkoi …" starts another clause with its own subject.
  if (!opensSentence) return null
  const phrase = phraseAfter(tokens, k)
  if (!phrase) return null
  let c = phrase.to
  while (c < tokens.length && c < phrase.to + 2 && ['gjithashtu', 'edhe', 'më', 'pastaj', 'sot', 'dje'].includes(tokens[c].norm)) c++
  const cue2 = cueAt(tokens, c)
  if (cue2 && cue2.type === 'verb') return { tokens, phrase, via: 'cue-after' }
  return null
}

/** The clause before a colon that introduces the quote: "Rama tha:" or "Rama:". */
function colonIntro(tokens: Token[]): Found | null {
  let from = tokens.length - 1
  while (from > 0 && !breaksSentence(tokens, from - 1) && tokens[from - 1].text !== ';') from--
  const clause = tokens.slice(from, tokens.length - 1)
  const cues = cuesIn(clause, 0, clause.length)
  for (let c = cues.length - 1; c >= 0; c--) {
    const found = resolveCue(clause, cues[c], false)
    // "Kaçupi shtoi se bashkia po i kërkon llogari …:": who speaks in the reported clause does not say the quote.
    if (found && c > 0 && inReportedClause(clause, found.phrase)) continue
    if (found) return { ...found, via: found.via === 'cue-before' ? 'colon' : found.via }
  }
  // "Mesazhi i tij ishte i qartë:": his message, so he speaks.
  for (let i = 0; i + 2 < clause.length; i++) {
    if (documentOwner(clause, i)) {
      return { tokens: clause, phrase: { from: i + 2, to: i + 3, pronoun: true }, via: 'colon' }
    }
  }
  // "X: “…”" with no verb: X must be the whole clause and read as a name.
  const words = clause.filter((t) => t.kind !== 'punct')
  if (words.length > 0 && words.length <= 6) {
    const start = clause.indexOf(words[0])
    const phrase = phraseAfter(clause, start)
    if (phrase && phrase.to === clause.length) return { tokens: clause, phrase, via: 'colon' }
  }
  return null
}

export interface Attributed {
  speaker: Speaker | null
  /** Tokens of the sentence before the quote (for classifying its kind). */
  before: Token[]
  after: Token[]
}

export interface SpeakerState {
  /** The last speaker named outright, for pronouns and carried-over quotes. */
  lastNamed: Speaker | null
  lastQuote: { pair: MarkPair; speaker: Speaker | null } | null
}

const CONTRAST = new Set(['ndërsa', 'por', 'kurse', 'mirëpo', 'teksa', 'ndërkohë', 'megjithatë'])

/** Index just after the last clause break (", ndërsa", ", por", ";") before the quote. */
function lastClauseStart(tokens: Token[]): number {
  for (let i = tokens.length - 1; i > 0; i--) {
    if (tokens[i].text === ';') return i + 1
    if (tokens[i - 1].text === ',' && CONTRAST.has(tokens[i].norm)) return i
  }
  return 0
}

/**
 * The nearest named speaker before `pos`, for a pronoun: the speaker of a reporting cue, or else
 * the subject that opens a sentence ("Zelensky foli me gazetarët. … tha ai").
 */
function recentCueSpeaker(text: string, pos: number, floor: number, mask: QuoteMask, gender: Gender | null): Speaker | null {
  const window = windowTokens(text, Math.max(floor, pos - 600), pos, mask).tokens
  const agrees = (tokens: Token[], phrase: Phrase) =>
    gender === null || (!isGroup(tokens, phrase) && !clashes(gender, speakerGender(text, tokens.slice(phrase.from, phrase.to)) ?? predicateGender(tokens, phrase.to)))
  const make = (tokens: Token[], phrase: Phrase, via: Via): Speaker => makeSpeaker(text, tokens, phrase, via)
  let end = window.length
  while (end > 0) {
    let start = end - 1
    while (start > 0 && !breaksSentence(window, start - 1)) start--
    const sentence = window.slice(start, end)
    // "Ai e akuzoi Autoritetin …": a sentence about "he" names whom he spoke of, not who he is.
    if (leadingSubject(sentence, sentence.length)?.pronoun) {
      end = start - 1
      continue
    }
    const cues = cuesIn(sentence, 0, sentence.length)
    for (let c = cues.length - 1; c >= 0; c--) {
      const found = resolveCue(sentence, cues[c], false)
      const aged = found?.phrase.pronoun ? agedPerson(text, sentence, found.phrase, floor) : null
      if (aged) return aged
      // "…, për të cilat NZhR thotë se …", "u pyet nëse Qeveria i pranon …", "tha se sindikata kërkon …":
      // who speaks in a relative, an indirect question or a reported clause is not whom the sentence is about.
      // "… ka publikuar një postim … ku akuzon …": a pronoun means a person, not a document.
      const document = found !== null && isDocumentNoun(sentence[found.phrase.from].text)
      if (found && !found.phrase.pronoun && !document && !inReportedClause(sentence, found.phrase) && agrees(sentence, found.phrase)) return make(sentence, found.phrase, found.via)
    }
    // "…, ku kryetarja e komisionit, Sara Dedja, dhe përfaqësuesi …, Klodian Hoxha, patën një debat. Ajo …":
    // a titled name of the pronoun's gender the sentence sets in apposition; first, when the sentence is
    // about a document ("Urdhri i rektores bazohet në procesverbalin …"), else when no subject agrees.
    const apposed = gender ? titledOfGender(text, sentence, gender) : null
    if (apposed && isDocumentNoun(sentence.find((t) => t.kind !== 'punct')?.text ?? '')) return make(sentence, apposed, 'subject')
    const subject = sentenceSubject(sentence) ?? passiveAgent(sentence) ?? unnamedOpener(sentence)
    if (subject && agrees(sentence, subject)) return make(sentence, subject, 'subject')
    // "drejtori tregtar Kledi Marku dhe zëdhënësja Anisa Bregu dhanë …": "ajo" is the one of her gender.
    const member = gender && subject ? jointMembers(sentence, subject).find((m) => agrees(sentence, m) && speakerGender(text, sentence.slice(m.from, m.to)) === gender) : undefined
    if (member) return make(sentence, member, 'subject')
    if (apposed) return make(sentence, apposed, 'subject')
    end = start - 1
  }
  return null
}

/** Verbs of being after which an adjective agrees with the subject ("ka qenë i madh"). */
const COPULAS = new Set(['është', 'ishte', 'qe', 'qenë', 'jetë', 'mbetet', 'mbeti', 'duket', 'dukej'])
/** "ka qenë", "do të jetë": the words before the verb of being. */
const BEFORE_COPULA = new Set(['ka', 'kishte', 'do', 'të'])
/** Words of degree between the verb and its adjective ("shumë më i madh"). */
const DEGREE = new Set(['shumë', 'më', 'tepër', 'mjaft', 'aq', 'fort', 'tejet', 'jo', 'nuk'])

/**
 * The gender a subject's predicate shows: "Interesi ka qenë shumë më i madh" is masculine,
 * "Ajo ishte e prerë" feminine. Null without one.
 */
function predicateGender(tokens: Token[], at: number): Gender | null {
  let k = at
  while (k < at + 3 && BEFORE_COPULA.has(tokens[k]?.norm ?? '')) k++
  if (!COPULAS.has(tokens[k]?.norm ?? '')) return null
  k++
  while (k < at + 8 && DEGREE.has(tokens[k]?.norm ?? '')) k++
  const article = tokens[k]?.norm
  const adjective = tokens[k + 1]
  if (!adjective || adjective.kind !== 'word' || isCapitalised(adjective.text)) return null
  return article === 'i' ? 'm' : article === 'e' ? 'f' : null
}

/** Who the sentence before `at` says issued a document of this kind ("…, por Drejtoria … shpërndau një deklaratë"), or null. */
function issuerBefore(text: string, at: number, floor: number, mask: QuoteMask, noun: Token): Found | null {
  if (at <= floor) return null
  const previous = windowTokens(text, sentenceStart(text, at - 1, floor, mask), at, mask).tokens
  const kind = stem(noun.norm).slice(0, 5)
  const k = previous.findIndex((t) => isDocumentNoun(t.text) && stem(t.norm).slice(0, 5) === kind)
  if (k < 0) return null
  const clause = lastClauseStart(previous.slice(0, k))
  const tail = previous.slice(clause + (CONTRAST.has(previous[clause]?.norm ?? '') ? 1 : 0), k)
  const phrase = leadingSubject(tail, tail.length)
  return phrase && !phrase.pronoun ? { tokens: tail, phrase, via: 'passive' } : null
}

/** The one name a sentence sets after a title of this gender and a comma ("kryetarja e komisionit, Sara Dedja,"), or null. */
function titledOfGender(text: string, tokens: Token[], gender: Gender): Phrase | null {
  const found: Phrase[] = []
  for (let i = 0; i + 2 < tokens.length; i++) {
    const opens = i === 0 || tokens[i - 1].kind === 'punct' || CONNECTORS_BEFORE_TITLE.has(tokens[i - 1].norm)
    if (!opens || !personTitle(tokens[i].text)) continue
    let comma = i + 1
    while (comma < tokens.length && comma < i + 8 && tokens[comma].text !== ',') comma++
    if (tokens[comma]?.text !== ',') continue
    let end = comma + 1
    while (end < tokens.length && isCapitalised(tokens[end].text) && tokens[end].kind === 'word') end++
    if (end - (comma + 1) >= 2 && speakerGender(text, tokens.slice(i, end)) === gender) found.push({ from: comma + 1, to: end, pronoun: false })
  }
  return found.length === 1 ? found[0] : null
}

/** Words after which a title opens a phrase of its own ("ku kryetarja …", "dhe përfaqësuesi …"). */
const CONNECTORS_BEFORE_TITLE = new Set(['ku', 'dhe', 'ndërsa', 'kurse', 'si', 'edhe'])

/** The two people a joint subject names ("X dhe Y"), each as its own phrase; none for one person. */
function jointMembers(tokens: Token[], phrase: Phrase): Phrase[] {
  const inside = tokens.slice(phrase.from, phrase.to).findIndex((t) => t.norm === 'dhe')
  // "Kryetari i kooperativës, Ilir Bejko, dhe nënkryetarja …": past the comma that closes an apposition.
  const after = tokens[phrase.to]?.text === ',' ? phrase.to + 1 : phrase.to
  const and = inside > 0 ? phrase.from + inside : tokens[after]?.norm === 'dhe' ? after : -1
  if (and < 0) return []
  const first = { from: phrase.from, to: inside > 0 ? and : phrase.to, pronoun: false }
  const second = phraseAfter(tokens, and + 1)
  return second && !second.pronoun ? [first, second] : [first]
}

/** Words that open a reported clause or an indirect question. */
const SUBORDINATORS = new Set(['nëse', 'se', 'që'])

/** A phrase just after a relative pronoun or a word that opens a reported clause or an indirect question. */
const inReportedClause = (tokens: Token[], phrase: Phrase): boolean => {
  if (tokens.slice(Math.max(0, phrase.from - 3), phrase.from).some((t) => t.norm.startsWith('cil'))) return true
  // "kujtoi se vetëm një muaj më parë Kopani u kishte premtuar …": a clause's subject after an adverbial in it.
  for (let k = phrase.from - 1; k >= 0 && k >= phrase.from - 8 && tokens[k].text !== ','; k--) if (SUBORDINATORS.has(tokens[k].norm)) return true
  return false
}

/** "Ironia është se „…“", "Problemi ishte që …": a subject that only frames the clause after it says nothing. */
const framesClause = (tokens: Token[], phrase: Phrase): boolean => BEING.has(tokens[phrase.to]?.norm ?? '') && SUBORDINATORS.has(tokens[phrase.to + 1]?.norm ?? '')

/** "Letra e tij", "Mesazhi i tij": the possessive of a document at token `at`. */
function documentOwner(tokens: Token[], at = 0): Token | null {
  const [noun, article, owner] = tokens.slice(at, at + 3)
  return noun && isDocumentNoun(noun.text) && ['i', 'e', 'të', 'së'].includes(article?.norm ?? '') && OBLIQUE_PRONOUNS.has(owner?.norm ?? '') ? owner : null
}

/** Who a sentence opens with as its subject, named or titled; a document is not who "he" is ("Mesazhi i tij ishte i qartë"). */
function sentenceSubject(sentence: Token[]): Phrase | null {
  const subject = leadingSubject(sentence, sentence.length) ?? subjectAfterAdverbial(sentence, sentence.length) ?? presentedPerson(sentence)
  return subject && !subject.pronoun && !isDocumentNoun(sentence[subject.from].text) && !framesClause(sentence, subject) ? subject : null
}

/** "Në emër të kompanisë foli drejtori i marketingut, Lulzim Gërguri.": who speaks, after the verb. */
function speakerAfterVerb(sentence: Token[]): Phrase | null {
  for (const cue of cuesIn(sentence, 0, sentence.length)) {
    const phrase = cue.type === 'verb' ? phraseAfter(sentence, cue.index + cue.length) : null
    if (phrase && !phrase.pronoun && !inObjectCase(sentence[phrase.from])) return phrase
  }
  return null
}

/** A speaker from a phrase and the entity it names. Who it speaks for is attribution's to learn. */
function makeSpeaker(text: string, tokens: Token[], phrase: Phrase, via: Via): Speaker {
  const end = tokens[phrase.to - 1].end
  const named = text.slice(tokens[phrase.from].start, end)
  // "Një studente …": someone unnamed is shown with the article's "një", and resolved by the title.
  const from = phrase.from > 0 && tokens[phrase.from - 1].norm === 'një' && isIndefiniteTitle(tokens[phrase.from].text) ? phrase.from - 1 : phrase.from
  const start = tokens[from].start
  return { surface: text.slice(start, end), start, end, entity: entityOf(text, named), via }
}

/**
 * The entity a speaker's words name. A lone surname the built-in list knows ("Berisha") is not
 * that person when the article names someone else by it ("Drita Berisha"): then it is the article's.
 */
function entityOf(text: string, surface: string): string {
  const entity = resolveEntity(surface)
  const word = surface.trim()
  if (entity.kind !== 'person' || entity.id.startsWith('x:') || /\s/u.test(word) || !namesAnother(text, word, entity)) return entity.name
  return toNominative(word) || word
}

// Asked once per article and surname: the article's texts are long, its speakers many.
let namesOf = ''
const othersBySurname = new Map<string, boolean>()

function namesAnother(text: string, surname: string, entity: Entity): boolean {
  if (text !== namesOf) {
    namesOf = text
    othersBySurname.clear()
  }
  const key = `${entity.id}|${surname}`
  let found = othersBySurname.get(key)
  if (found === undefined) {
    const firstNames = new Set([entity.name, ...entity.aliases].map((form) => form.trim().split(/\s+/u)).filter((words) => words.length >= 2).map((words) => words[0].toLowerCase()))
    const stem = surname.slice(0, 4).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    // A capitalised word before the surname in any case form: a first name, unless a title or a common word.
    const before = new RegExp(`(?<!\\p{L})(\\p{Lu}\\p{Ll}+)\\s+${stem}\\p{L}*`, 'gu')
    found = [...text.matchAll(before)].some(([, first]) => !firstNames.has(first.toLowerCase()) && !isTitleWord(first) && !isStopword(first) && !institutionNoun(first))
    othersBySurname.set(key, found)
  }
  return found
}

/** The nominative role a single word names ("prokurori", "agjencisë" → "agjencia"), if it is one. */
function bareRole(tokens: Token[], phrase: Phrase): string | null {
  if (phrase.to - phrase.from !== 1) return null
  const w = tokens[phrase.from].text
  return personTitle(w) ?? institutionNoun(w)
}

/**
 * A bare title or institution ("deklaroi prokurori", "sipas agjencisë") refers back to the one
 * named with it shortly before ("prokurori i SPAK-ut, Arben Kraja", "agjencia Reuters").
 */
function roleAntecedent(text: string, role: string, before: number, floor: number, mask: QuoteMask): Speaker | null {
  const from = Math.max(floor, before - 1500)
  const hits = [...text.slice(from, before).matchAll(roleForms(role))]
  for (let h = hits.length - 1; h >= 0; h--) {
    const at = from + (hits[h].index ?? 0)
    // "drejtoresha … e kompanisë, Olta Kraja": a body in a title's complement is not named there; she is.
    if (institutionNoun(role) !== null && /(?:^|\s)(?:e|i|të|së)\s+$/u.test(text.slice(Math.max(0, at - 5), at))) continue
    const tokens = windowTokens(text, at, Math.min(before, at + 240), mask).tokens
    const phrase = phraseAfter(tokens, 0)
    if (!phrase || phrase.pronoun) continue
    const named = tokens.slice(phrase.from, phrase.to).some((x) => x.kind !== 'punct' && /^\p{Lu}/u.test(x.text) && (personTitle(x.text) ?? institutionNoun(x.text)) === null)
    if (named) return makeSpeaker(text, tokens, phrase, 'subject')
  }
  return null
}

function toSpeaker(text: string, found: Found, state: SpeakerState, recent: (gender: Gender | null) => Speaker | null, floor: number, mask: QuoteMask): Speaker | null {
  const { tokens, phrase } = found
  const start = tokens[phrase.from].start
  const end = tokens[phrase.to - 1].end
  if (phrase.pronoun) {
    const aged = agedPerson(text, tokens, phrase, floor)
    if (aged) return { ...aged, pronoun: { text: text.slice(start, end), start, end } }
    const gender = pronounGender(tokens[phrase.to - 1].norm)
    const nearby = recent(gender)
    const last = state.lastNamed && !clashes(gender, surfaceGender(text, state.lastNamed.surface)) ? state.lastNamed : null
    const antecedent = nearby && (!last || nearby.start > last.start) ? nearby : last
    if (!antecedent) return null
    return { ...antecedent, via: 'pronoun', pronoun: { text: text.slice(start, end), start, end } }
  }
  const speaker = makeSpeaker(text, tokens, phrase, found.via)
  const role = bareRole(tokens, phrase)
  if (role) {
    const antecedent = roleAntecedent(text, role, start, floor, mask)
    if (antecedent) {
      const { surface: _s, start: _a, end: _b, via: _v, pronoun: _p, ...rest } = antecedent
      return { ...speaker, ...rest }
    }
  }
  return speaker
}

/** "tha 52-vjeçari": for an age that stands for someone, the person the article gave that age. */
function agedPerson(text: string, tokens: Token[], phrase: Phrase, floor: number): Speaker | null {
  const age = tokens[phrase.from]
  return age.kind === 'number' ? namedWithAge(text, age.text, Math.max(floor, age.start - 3000), age.start) : null
}

/** The last person named with this age in text[from, to): "52-vjeçari Sokol Berdica", "Sokol Berdica, 52 vjeç". */
function namedWithAge(text: string, age: string, from: number, to: number): Speaker | null {
  const name = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}`
  const forms = new RegExp(String.raw`(?<!\p{Nd})${age}-vjeçar\p{L}*\s+(${name})|(${name}),\s+${age}(?:-vjeçar\p{L}*|\s+vjeç)`, 'gu')
  let last: RegExpExecArray | null = null
  for (const m of text.slice(from, to).matchAll(forms)) last = m
  if (!last) return null
  const surface = last[1] ?? last[2]
  const start = from + last.index + last[0].indexOf(surface)
  return { surface, start, end: start + surface.length, entity: entityOf(text, surface), via: 'pronoun' }
}

function paragraphsBetween(text: string, from: number, to: number): number {
  if (to - from > 3000) return Infinity
  let n = 0
  for (let i = from; i < to; i++) if (text[i] === '\n') n++
  return n
}

/** "„…“. Kështu u shpreh drejtori …, Ilir Kapllanaj.": the sentence after the quote names who said it. */
function thusSaid(text: string, from: number, ceiling: number, mask: QuoteMask): Found | null {
  if (text.slice(from, from + 3).includes('\n')) return null
  const next = windowTokens(text, from, sentenceEnd(text, from + 1, ceiling, mask), mask).tokens
  if (next[0]?.norm !== 'kështu' && next[0]?.norm !== 'kësisoj') return null
  const cue = cueAt(next, 1)
  return cue && cue.type === 'verb' ? resolveCue(next, cue, true) : null
}

/** A first name and surname in `between` that are not the speaker's ("Rinor Berlajolli"). */
function namesAnotherPerson(between: string, speaker: Speaker): boolean {
  const own = new Set(speaker.surface.split(/\s+/u).map((w) => stem(w)))
  for (const [, first, second] of between.matchAll(/(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/gu)) {
    if (!isTitleWord(first) && !institutionNoun(first) && !isStopword(first) && !own.has(stem(second))) return true
  }
  return false
}

/** Who said the quote in `pair`: the forms handled are listed in docs/ARCHITECTURE.md, "Analysis core", step 4. */
export function attributeSpeaker(text: string, pair: MarkPair, floor: number, ceiling: number, mask: QuoteMask, state: SpeakerState): Attributed {
  const sStart = sentenceStart(text, pair.open.start, floor, mask)
  const sEnd = sentenceEnd(text, pair.close.end, ceiling, mask)
  const before = windowTokens(text, sStart, pair.open.start, mask).tokens
  // "„… pa dialog.“ Sipas sindikatës, …": a quote that ends its sentence has nothing after it.
  const after = quoteEndsSentence(text, pair) ? [] : windowTokens(text, pair.close.end, sEnd, mask).tokens

  let found: Found | null = cueRightAfter(after, before.every((t) => t.kind === 'punct'))
  // "X u tha gazetarëve: “…”, shtoi ajo": the name before the colon, not a pronoun's guess.
  if ((!found || found.phrase.pronoun) && before.length > 0 && before[before.length - 1].text === ':') found = colonIntro(before) ?? found
  if (!found && before.every((t) => t.kind === 'punct')) {
    // A quote that opens its paragraph after "X tha:" on the line above.
    let k = sStart - 1
    while (k >= floor && /\s/u.test(text[k])) k--
    if (k >= floor && text[k] === ':') {
      const prevStart = sentenceStart(text, k, floor, mask)
      found = colonIntro(windowTokens(text, prevStart, k + 1, mask).tokens)
    }
  }
  if (!found) {
    // The clause the quote sits in comes first: "Kremlini tha …, ndërsa Tirana kërkoi “…”".
    const clause = lastClauseStart(before)
    const cues = cuesIn(before, clause, before.length)
    for (let c = cues.length - 1; c >= 0 && !found; c--) found = resolveCue(before, cues[c], false)
    if (!found && clause > 0) {
      const tail = before.slice(clause + (CONTRAST.has(before[clause]?.norm ?? '') ? 1 : 0))
      const phrase = leadingSubject(tail, tail.length)
      if (phrase) found = { tokens: tail, phrase, via: 'subject' }
    }
    const earlier = cuesIn(before, 0, clause)
    for (let c = earlier.length - 1; c >= 0 && !found; c--) found = resolveCue(before, earlier[c], false)
  }
  if (!found) {
    // "Ai llogarit se „…“, kurse ajo përgjigjet": past a contrast, another clause with its own speaker.
    const contrast = after.findIndex((t, k) => k > 0 && after[k - 1].text === ',' && CONTRAST.has(t.norm))
    const cues = cuesIn(after, 0, contrast < 0 ? after.length : contrast)
    for (const cue of cues) {
      found = resolveCue(after, cue, true)
      if (found) break
    }
  }
  if (!found && after.every((t) => t.kind === 'punct')) found = thusSaid(text, sEnd, ceiling, mask)
  if (!found && before.some((t) => t.kind !== 'punct')) {
    // "Pavarësisht tensioneve, Zeqaj la derën hapur: «…»": past an adverbial, the subject.
    // "Një shitës frutash …, ishte edhe më i ashpër: «…»": someone unnamed before the colon.
    const colon = before[before.length - 1]?.text === ':'
    // "Gjoni u pyet: „A keni prova …?“": whom a question is put to did not say it.
    const asked = colon && before.some((t, k) => t.norm === 'u' && /^pyet/u.test(before[k + 1]?.norm ?? ''))
    const phrase = asked ? null : (leadingSubject(before, before.length) ?? subjectAfterAdverbial(before, before.length, colon) ?? (colon ? unnamedOpener(before) : null))
    if (phrase && !framesClause(before, phrase)) found = { tokens: before, phrase, via: 'subject' }
    // "Më pas ai iu drejtua …: „…“": past words of time with no comma after them.
    const time = colon && !asked && !found ? before.findIndex((t) => !TIME_OPENERS.has(t.norm) && t.norm !== 'pas') : 0
    const timed = time > 0 ? leadingSubject(before.slice(time), before.length - time) : null
    if (timed) found = { tokens: before.slice(time), phrase: timed, via: 'subject' }
  }

  // "„…“, thuhet në deklaratë." after "… Drejtoria e Përgjithshme shpërndau një deklaratë.": who issued it.
  if (found?.via === 'passive' && found.phrase.to - found.phrase.from === 1 && isDocumentNoun(found.tokens[found.phrase.from].text)) {
    found = issuerBefore(text, sStart, floor, mask, found.tokens[found.phrase.from]) ?? found
  }
  // "…, Anisa Bregu, e cila iu referua deklaratës: sipas saj, „…“": a pronoun after a colon may mean whom its sentence named before it.
  const pronounAt = found?.phrase.pronoun && found.tokens === before ? found.tokens[found.phrase.from].start : -1
  const colon = before.filter((t) => t.text === ':' && t.start < pronounAt).at(-1)
  const antecedentsEnd = colon ? colon.start : sStart
  let speaker = found ? toSpeaker(text, found, state, (gender) => recentCueSpeaker(text, antecedentsEnd, floor, mask, gender), floor, mask) : null
  if (!found && before.every((t) => t.kind === 'punct') && cuesIn(after, 0, after.length).length === 0) {
    // "Zëdhënësja …, Mimoza Tafilaj, i hodhi poshtë akuzat. „…“": a quote standing alone as its
    // sentence is the words of whom the sentence before it, in its paragraph, is about.
    const paragraph = text.lastIndexOf('\n', pair.open.start - 1) + 1
    const since = Math.max(floor, paragraph, state.lastQuote?.pair.close.end ?? 0)
    const previous = sStart > since ? windowTokens(text, sentenceStart(text, sStart - 1, since, mask), sStart, mask).tokens : []
    const subject = sentenceSubject(previous) ?? speakerAfterVerb(previous) ?? unnamedOpener(previous)
    if (subject) speaker = makeSpeaker(text, previous, subject, 'subject')
    // "Letra e tij e hapur … u shpërnda. „…“": the words of whose document it is.
    const owner = subject ? null : documentOwner(previous)
    if (owner) speaker = recentCueSpeaker(text, previous[0].start, floor, mask, pronounGender(owner.norm))
    // "… Ardian Pllumaj, iu drejtua ekzekutivit. ¶ „…“": a paragraph that is only a quote is the
    // words of the person the paragraph before ends about.
    const lineEnd = text.indexOf('\n', pair.close.end)
    const alone = sStart === paragraph && /^[\p{P}\s]*$/u.test(text.slice(pair.close.end, lineEnd < 0 ? text.length : lineEnd))
    const from = Math.max(floor, state.lastQuote?.pair.close.end ?? 0)
    if (!speaker && alone && paragraph - 1 > from) {
      const last = windowTokens(text, sentenceStart(text, paragraph - 2, from, mask), paragraph - 1, mask).tokens
      const about = sentenceSubject(last)
      const named = about !== null && last.slice(about.from, about.to).some((t) => isCapitalised(t.text) && !personTitle(t.text) && !institutionNoun(t.text))
      if (named) speaker = makeSpeaker(text, last, about, 'subject')
    }
  }
  if (!speaker && state.lastQuote?.speaker) {
    // An unattributed quote right after an attributed one continues it, unless someone else is
    // named between them ("Vendimi u kundërshtua nga Rinor Berlajolli. … „…“").
    const last = state.lastQuote.speaker
    const gap = paragraphsBetween(text, state.lastQuote.pair.close.end, pair.open.start)
    // Nor to a quote with a cue of its own: before it, naming someone the search could not read
    // ("Një grua, …, tha: „…“"), or saying it was written on something ("mbi një pankartë shkruhej: „…“");
    // or right after it ("„…“, tha një shofer i linjës 105 …"). "Pastaj shton, më seriozisht: „…“", a
    // verb of saying with no subject at all, goes on with the speaker before.
    const subjectless = before.every((t) => t.kind === 'punct' || VERB_CUES.has(t.norm) || TIME_OPENERS.has(t.norm) || /isht$/u.test(t.norm))
    // Nor when its own sentence introduces it with a colon, about someone else ("…, alpinisti i
    // plagosur, …, i falënderoi shpëtimtarët: „…“"; but "…, spitali u bëri thirrje …: „…“" after "shkroi spitali").
    const lastWords = wordTokens(last.surface).filter((w) => !isStopword(w.text))
    const aboutLast = before.some((t) => t.kind !== 'punct' && lastWords.some((w) => sameStem(w.text, t.text)))
    const introduced = !subjectless && before.at(-1)?.text === ':' && !aboutLast
    const ownCue = introduced || (!subjectless && cuesIn(before, 0, before.length).some((cue) => cue.type === 'verb' || cue.type === 'passive')) || cuesIn(after, 0, Math.min(after.length, 3)).some((cue) => cue.type === 'verb')
    // Nor to a quote whose own pronoun cannot mean that speaker ("Ajo, nga ana e saj, …: „…“" after his).
    const pronoun = found?.phrase.pronoun ? pronounGender(found.tokens[found.phrase.to - 1].norm) : null
    const otherGender = clashes(pronoun, surfaceGender(text, last.surface))
    if (gap <= 1 && !ownCue && !otherGender && !namesAnotherPerson(text.slice(state.lastQuote.pair.close.end, pair.open.start), last)) speaker = { ...last, via: 'carried' }
  }
  if (speaker && speaker.via !== 'pronoun' && speaker.via !== 'carried') state.lastNamed = speaker
  state.lastQuote = { pair, speaker }
  return { speaker, before, after }
}
