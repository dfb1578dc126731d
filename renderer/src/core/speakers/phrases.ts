import { isCapitalised, isQuoteMark, type Token } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { stem } from '../lang/stem'
import { isGroupNoun, isHonorific, isIndefiniteTitle, isRoleWord } from '../entities/titles'
import { ADJECTIVE } from '../entities/nominative'
import { isLinkingArticle, isNameConnector } from '../lang/links'
import { breaksSentence, QUOTE_PLACEHOLDER } from './context'
import { AUXILIARIES, isDocumentNoun, NP_STOPS, OBLIQUE_PRONOUNS, PARTICIPLES, PASSIVE_CUES, PHRASE_CUES, SPEAKER_PRONOUNS, TIME_OPENERS, VERB_CUES } from './lexicon'

/** Role nouns in any case form ("policisë", "ministres", "agjencisë"). */
const ROLES = { has: isRoleWord }
/** What can sit inside a name: linking articles, "dhe", particles ("von der"). */
const CONNECTORS = { has: isNameConnector }

export type CueType = 'verb' | 'passive' | 'sipas'

export interface Cue {
  index: number
  length: number
  type: CueType
}

export interface Phrase {
  /** Token range [from, to). */
  from: number
  to: number
  pronoun: boolean
  /** Token range of a title in apposition ("ministri i Financave, Petrit Malaj"). */
  title?: [number, number]
}

const isWord = (t: Token | undefined) => t !== undefined && t.kind !== 'punct'
const RELATIVES = new Set(['cila', 'cili', 'cilët', 'cilat'])
const RELATIVE_ARTICLES = new Set(['e', 'i', 'të', 'së'])

/** The reporting cue starting at token i, if any. */
const ASKING = new Set(['pyet', 'pyeti', 'pyetën'])

export function cueAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i]
  if (!isWord(t)) return null
  const w = t.norm
  for (const phrase of PHRASE_CUES) {
    if (phrase[0] !== w) continue
    let ok = true
    for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k]?.norm === phrase[k]
    if (ok) return { index: i, length: phrase.length, type: 'verb' }
  }
  if (AUXILIARIES.has(w) && tokens[i + 1] && PARTICIPLES.has(tokens[i + 1].norm)) return { index: i, length: 2, type: 'verb' }
  // "Sopjani u pyet nëse …": who was asked is not yet speaking.
  if (ASKING.has(w) && tokens[i - 1]?.norm === 'u') return null
  // "u bëri thirrje qytetarëve ta njoftojnë": after the subjunctive's particle, what is to be said, not what was.
  if (SUBJUNCTIVE.has(tokens[i - 1]?.norm ?? '')) return null
  if (VERB_CUES.has(w)) return { index: i, length: 1, type: 'verb' }
  if (PASSIVE_CUES.has(w)) return { index: i, length: 1, type: 'passive' }
  if (w === 'sipas') return { index: i, length: 1, type: 'sipas' }
  return null
}

/** The subjunctive's particle, alone or with a clitic ("të", "ta", "t’i"). */
const SUBJUNCTIVE = new Set(['të', 'ta', "t'i", "t'u", "t'ia", "t'ua"])

function isNameWord(t: Token): boolean {
  return isWord(t) && (isCapitalised(t.text) || /^\p{Lu}{2,}/u.test(t.text)) && !NP_STOPS.has(t.norm) && !isStopword(t.text)
}

function trim(tokens: Token[], from: number, to: number): [number, number] {
  while (from < to && CONNECTORS.has(tokens[from].norm)) from++
  while (to > from && CONNECTORS.has(tokens[to - 1].norm)) to--
  return [from, to]
}

/** Drop a leading document noun: "Deklarata e Kremlinit" speaks for "Kremlinit", "njoftimi i drejtorisë" for "drejtorisë". */
function stripDocument(tokens: Token[], from: number, to: number): number {
  if (from < to && isDocumentNoun(tokens[from].text)) {
    let k = from + 1
    while (k < to && !isNameWord(tokens[k]) && !(ROLES.has(tokens[k].norm) && CONNECTORS.has(tokens[k - 1].norm)) && k - from <= 4) k++
    if (k < to) return k
  }
  return from
}

/** Prepositions of where, when or to whom something was said ("nga podiumi", "në Facebook", "për televizionin Klan"). */
const PLACE_OPENERS = new Set(['nga', 'në', 'para', 'përpara', 'gjatë', 'mbi', 'për'])

/**
 * "pyeti nga podiumi aktivistja Klea Bregu", "shkroi në Facebook deputeti …": past a short phrase
 * of where it was said, to a title or a name right after it; else `at`.
 */
function pastPlace(tokens: Token[], at: number): number {
  if (!isWord(tokens[at]) || !PLACE_OPENERS.has(tokens[at].norm)) return at
  let k = at + 1
  // A body after the preposition is the place or the medium, not who speaks ("për televizionin").
  const placeWord = (t: Token) => !isNameWord(t) && (!ROLES.has(t.norm) || OBLIQUE_ENDING.test(t.norm)) && !isStopword(t.text) && !NP_STOPS.has(t.norm)
  while (k < tokens.length && k - at <= 3 && isWord(tokens[k]) && placeWord(tokens[k])) k++
  // A name of the place or the medium before the speaker's ("në Facebook", "për televizionin Klan").
  const [after, then] = [tokens[k + 1], tokens[k + 2]]
  const speakerFollows = isWord(after) && (ROLES.has(after.norm) || (isNameWord(after) && isWord(then) && isNameWord(then)))
  if (isWord(tokens[k]) && isNameWord(tokens[k]) && !ROLES.has(tokens[k].norm) && speakerFollows) k++
  const head = tokens[k]
  return k > at + 1 && isWord(head) && (ROLES.has(head.norm) || isNameWord(head)) ? k : at
}

/** Prepositions that open a parenthetical between commas ("në një mesazh për tifozët"). */
const PARENTHETICAL_OPENERS = new Set(['në', 'me', 'pas', 'gjatë', 'për', 'nga', 'përmes', 'nëpërmjet', 'pranë', 'mbi', 'pa'])

/**
 * The comma opening a short parenthetical that ends with the comma at `close`, after a word: a
 * prepositional phrase, or a relative clause ("Tafilaj, i cili mbërriti i pari, tha"); else null.
 */
function parentheticalStart(tokens: Token[], close: number): number | null {
  for (let c = close - 2; c >= 1 && c >= close - 24; c--) {
    // A name in quotation marks inside it ("i cituar nga gazeta „Dita“") does not end it.
    if (tokens[c].kind !== 'punct' || isQuoteMark(tokens[c])) continue
    // "i cili mbërriti", "që kërkoi anonimitet", "të cilin e takuam", "i cituar nga gazeta": a
    // relative clause, or a participle with its article.
    const next = tokens[c + 2]?.norm ?? ''
    // "vëllai i së cilës është …": a relative clause opened by its subject.
    const whose = ['së', 'të'].includes(tokens[c + 3]?.norm ?? '') ? tokens[c + 4] : tokens[c + 3]
    const ofWhom = RELATIVE_ARTICLES.has(tokens[c + 2]?.norm ?? '') && /^cil/u.test(whose?.norm ?? '')
    const relative = tokens[c + 1].norm === 'që' || ofWhom || (RELATIVE_ARTICLES.has(tokens[c + 1].norm) && (/^cil/u.test(next) || /(uar|ur)$/u.test(next)))
    const opens = PARENTHETICAL_OPENERS.has(tokens[c + 1].norm) || relative
    return tokens[c].text === ',' && opens && isWord(tokens[c - 1]) ? c : null
  }
  return null
}

/**
 * "Një i afërm i tij, i cili …, tha", "Një klient i moshuar, …, tha": someone the article does not
 * name, from "një" at the start of the clause to `end`; else null.
 */
function unnamedRelative(tokens: Token[], end: number): Phrase | null {
  // "Një pensioniste 74-vjeçare, e cila …": an age is part of the description.
  const inDescription = (t: Token) => isWord(t) || t.kind === 'number' || t.text === '-'
  for (let k = end - 1; k >= 0 && k >= end - 8 && inDescription(tokens[k]); k--) {
    // Opening its sentence: after a name and a comma it describes the name ("Meçaj, një nga organizatorët e saj").
    // After an adverbial set off by a comma it opens the clause too ("Para ndërtesës …, një mërgimtar nga Vinterturi tha").
    const opens = k === 0 || /^[.!?…]$/u.test(tokens[k - 1].text) || (tokens[k - 1].text === ',' && k >= 2 && isWord(tokens[k - 2]) && !isNameWord(tokens[k - 2]))
    if (tokens[k].norm === 'një' && opens) return { from: k, to: end + 1, pronoun: false }
  }
  return null
}

/**
 * "një grua që kishte sjellë nënën e saj … tha": someone unnamed, described by a relative clause
 * without commas before the verb at `end`.
 */
export function unnamedBeforeRelative(tokens: Token[], end: number): Phrase | null {
  for (let k = end - 3; k >= 0 && end - k <= 14; k--) {
    const t = tokens[k]
    if (!isWord(t)) return null
    if (t.norm === 'një' && isWord(tokens[k + 1]) && !isNameWord(tokens[k + 1]) && !isStopword(tokens[k + 1].text) && tokens[k + 2]?.norm === 'që') return { from: k, to: k + 2, pronoun: false }
  }
  return null
}

/** "22-vjeçari", "61-vjeçarja", "23-vjeçar": someone named by their age. */
const AGE_NOUN = /^vjeçar(i|ja|e)?$/u
/** "i riu", "e moshuara": someone named by being young or old. */
const AGE_WORDS = new Set(['riu', 'reja', 'moshuari', 'moshuara'])

/** Days in the accusative, as a sentence dates what was said ("të hënën"). */
const WEEKDAYS = new Set(['hënën', 'martën', 'mërkurën', 'enjten', 'premten', 'shtunën', 'dielën'])

/** Words that join a second verb to the subject of the first. */
const COORDINATORS = new Set(['por', 'dhe', 'mirëpo', 'megjithatë'])
/** Words after a comma that open a clause with a subject of its own ("…, ndërsa kryetarja …"). */
const CLAUSE_OPENERS = new Set(['ndërsa', 'kurse', 'teksa'])

/** Endings of a definite noun in the accusative, genitive or dative: never the one who speaks. */
const OBLIQUE_ENDING = /(in|un|ën|në|it|së|ës|ve)$/u

/** Endings of what follows a linking article in a noun phrase: a genitive noun or an adjective. */
const COMPLEMENT_ENDING = /(in|un|ën|në|it|ut|së|ës|es|ve|ët|ëm|me|ar|are|or|ore|al|ale|ik|ike|iv|ive|ues|uese|ian|iane|ur|ura|uar|uara|shëm|shme|të)$/u

/** A common noun in the accusative, genitive or dative ("bashkinë"): after a verb, its object. */
export const inObjectCase = (t: Token): boolean => !isNameWord(t) && OBLIQUE_ENDING.test(t.norm)

/** Object clitics between a subject and its verb ("Peskov i tha agjencisë"). */
const CLITICS = new Set(['i', 'u', 'më', 'na', 'ju', 'iu', 'ia', 'ua', 'ma', 'ta'])

/** Noun phrase ending just before token `end` (the speaker before a cue verb). */
export function phraseBefore(tokens: Token[], end: number): Phrase | null {
  let j = end - 1
  // "Llapashtica, nga ana e saj, e akuzoi": right before a verb, "e" is the object's clitic, no linking article.
  if (j >= 1 && isWord(tokens[j]) && (CLITICS.has(tokens[j].norm) || tokens[j].norm === 'e')) j--
  // "Zeqiri e pranoi rezultatin, por theksoi": the verb's subject is the clause's before it.
  if (j >= 1 && isWord(tokens[j]) && COORDINATORS.has(tokens[j].norm)) {
    // "X …, ndërsa kryetarja … nuk e mohon …, por thotë": the subject of the clause it joins.
    const end = tokens[j - 1].text === ',' ? j - 1 : j
    let start = end - 1
    while (start > 1 && !(CLAUSE_OPENERS.has(tokens[start].norm) && tokens[start - 1].text === ',')) start--
    start = start > 1 ? start + 1 : 0
    const subject = leadingSubject(tokens.slice(start), end - start)
    if (subject) return shifted(subject, start)
  }
  // "Shoqata i dërgoi një letër Drejtorisë …, ku shkruan:": what the document says is its sender's,
  // the clause's subject, not the name before the comma; no one, when the clause has none.
  if (j >= 2 && tokens[j].norm === 'ku' && tokens[j - 1].text === ',') {
    let start = j - 2
    while (start > 1 && !(CLAUSE_OPENERS.has(tokens[start].norm) && tokens[start - 1].text === ',')) start--
    start = start > 1 ? start + 1 : 0
    const subject = leadingSubject(tokens.slice(start), j - 1 - start)
    return subject ? shifted(subject, start) : null
  }
  let skipped = 0
  while (j >= 0 && skipped < 3 && isWord(tokens[j]) && (NP_STOPS.has(tokens[j].norm) && !CONNECTORS.has(tokens[j].norm))) {
    j--
    skipped++
  }
  // "X, nga ana e saj, u shpreh": the adverbial is not the subject.
  const adverbialAt = (k: number) => k >= 3 && isWord(tokens[k]) && OBLIQUE_PRONOUNS.has(tokens[k].norm) && tokens[k - 1].norm === 'e' && tokens[k - 2].norm === 'ana' && tokens[k - 3].norm === 'nga'
  if (j >= 4 && tokens[j]?.text === ',' && adverbialAt(j - 1)) j--
  if (adverbialAt(j)) j -= 4
  // "Dedja, në një mesazh për tifozët, shkroi": a parenthetical between the subject and its verb.
  const parenthetical = j >= 3 && tokens[j]?.text === ',' ? parentheticalStart(tokens, j) : null
  if (parenthetical !== null) j = parenthetical
  // "Mentor Dushkaj, i cili në rrjetet sociale shkroi": past where it was said, back to the relative pronoun.
  for (let k = j; k >= 3 && k >= j - 4 && isWord(tokens[k]); k--) {
    if (PLACE_OPENERS.has(tokens[k].norm) && RELATIVES.has(tokens[k - 1].norm)) {
      j = k - 1
      break
    }
  }
  // "Valbona Nushi, e cila tha": the relative pronoun stands for the name before the comma.
  if (j >= 3 && isWord(tokens[j]) && RELATIVES.has(tokens[j].norm) && RELATIVE_ARTICLES.has(tokens[j - 1].norm) && tokens[j - 2].text === ',') j -= 2
  // "Kryetarja e Kuvendit, Lindita Nikolla, deklaroi": the name in apposition speaks.
  // "Fatbardha Zyberllari (LBQ), akuzoi": the party in brackets after the name.
  const bracketed = (k: number) => k >= 3 && tokens[k].text === ')' && tokens[k - 2].text === '(' && /^\p{Lu}{2,}$/u.test(tokens[k - 1].text)
  const apposition = j >= 1 && tokens[j].text === ',' && (isWord(tokens[j - 1]) || bracketed(j - 1))
  if (apposition) j--
  if (bracketed(j)) j -= 3
  if (j < 0 || !isWord(tokens[j])) return null
  if (OBLIQUE_PRONOUNS.has(tokens[j].norm)) return unnamedRelative(tokens, j)
  if (SPEAKER_PRONOUNS.has(tokens[j].norm)) return { from: j, to: j + 1, pronoun: true }
  const to = j + 1
  let from = to
  let words = 0
  // A body's name can be long ("Ministria e Punëve të Jashtme e Malit të Zi").
  while (j >= 0 && isWord(tokens[j]) && words < 10) {
    const t = tokens[j]
    const lower = t.norm
    // "Qendra e Pavarur për Këngën Qytetare": "për" between two capitalised words is inside a body's name.
    const inName = lower === 'për' && isNameWord(tokens[j - 1]) && isNameWord(tokens[j + 1])
    if (CONNECTORS.has(lower) || inName || isNameWord(t) || ROLES.has(lower) || isDocumentNoun(t.text)) {
      from = j
    } else if (!NP_STOPS.has(lower) && !isStopword(t.text) && !SPEAKER_PRONOUNS.has(lower) && !VERB_CUES.has(lower)) {
      from = j // a lower-case modifier ("mediat shtetërore ruse"), not a verb of saying ("NZhR thotë se")
    } else break
    j--
    words++
  }
  // Start at the first word that can head a speaker phrase.
  const first = from
  while (from < to && !(isNameWord(tokens[from]) || ROLES.has(tokens[from].norm) || isDocumentNoun(tokens[from].text))) from++
  let [a, b] = trim(tokens, from, to)
  a = stripDocument(tokens, a, b)
  ;[a, b] = trim(tokens, a, b)
  // "Një klient i moshuar, …, tha": someone the article does not name.
  if (a >= b) return unnamedRelative(tokens, to - 1)
  // "Një ish-punonjës i Kodlinës, i cili …, tha": the name is whose, not who.
  if (a >= 2 && isWord(tokens[a - 1]) && isLinkingArticle(tokens[a - 1].text) && isWord(tokens[a - 2])) {
    const unnamed = unnamedRelative(tokens, b - 1)
    if (unnamed) return unnamed
    // "Arsim Sopjani, trajner i KH Bjeshka, rivalit kryesor të Drenushës, tha": one more apposition;
    // who speaks is before it.
    if (first < a && tokens[first - 1]?.text === ',' && !ROLES.has(tokens[first].norm)) return phraseBefore(tokens, first)
  }
  // "Dritan Muça nga Koplik, tha", "Një fermer nga fshati Ulëz, …": where the speaker is from, after the speaker.
  if (a >= 2 && tokens[a - 1].norm === 'nga' && (isNameWord(tokens[a - 2]) || (b === a + 1 && isWord(tokens[a - 2])))) return phraseBefore(tokens, a - 1)
  // "Inspektori … Gëzim Zhabjaku, nga Inspektorati Rajonal …, i cili …, deklaroi": set off by commas too.
  if (a >= 3 && tokens[a - 1].norm === 'nga' && tokens[a - 2].text === ',' && isNameWord(tokens[a - 3])) return phraseBefore(tokens, a - 2)
  // "Një gjyqtar i Gjykatës Themelore në Prizren, …": where the speaker works, after the speaker.
  if (a >= 2 && tokens[a - 1].norm === 'në' && b === a + 1 && isWord(tokens[a - 2])) return phraseBefore(tokens, a - 1)
  // "Ilir Dushku, pronar i kantinës "Guri i Zi" në Lekas, pranoi": the place after a name in marks;
  // who speaks is before the apposition's comma.
  if (a >= 3 && tokens[a - 1].norm === 'në' && b === a + 1 && isQuoteMark(tokens[a - 2])) {
    let comma = a - 3
    while (comma > 0 && comma > a - 16 && tokens[comma].text !== ',' && !breaksSentence(tokens, comma)) comma--
    if (comma > 0 && tokens[comma].text === ',') return phraseBefore(tokens, comma + 1)
  }
  if (a >= 3 && tokens[a - 2].norm === 'nga' && isWord(tokens[a - 1]) && !isNameWord(tokens[a - 1])) return phraseBefore(tokens, a - 2)
  // "e mbrojti vendimin e rregullatorit dhe njoftoi": a head in the accusative is an object, not who
  // speaks; "në korridoret e spitalit e quajtën", "para prefekturës e quajtën": nor is one in the genitive.
  if (!isNameWord(tokens[a]) && OBLIQUE_ENDING.test(tokens[a].norm)) return null
  // A comma before the verb sets off a name, unless it closes a parenthetical ("Një zyrtar komunal, që kërkoi anonimitet, tha").
  if (apposition && parenthetical === null && !tokens.slice(a, b).some(isNameWord)) return null
  // "Luan Çela, deputet i opozitës dhe ish-ministër i Bujqësisë, kujtoi": the name before its title speaks.
  if (apposition && a >= 2 && tokens[a - 1].text === ',' && isNameWord(tokens[a - 2]) && isIndefiniteTitle(tokens[a].text)) return phraseBefore(tokens, a - 1)
  // "Kreu i grupit parlamentar të PD-së, Gazment Bardhi, tha": the title before the name.
  if (apposition && a >= 2 && tokens[a - 1].text === ',') {
    for (let k = a - 2; k >= 0 && k >= a - 9 && isWord(tokens[k]); k--) {
      if (ROLES.has(tokens[k].norm) && (k === 0 || !isWord(tokens[k - 1]) || !CONNECTORS.has(tokens[k - 1].norm))) return { from: a, to: b, pronoun: false, title: [k, a - 1] }
    }
  }
  return { from: a, to: b, pronoun: false }
}

/** Noun phrase starting at token `start` (the speaker after a cue: "tha Shtëpia e Bardhë"). */
export function phraseAfter(tokens: Token[], start: number, opts: { requireName?: boolean } = {}): Phrase | null {
  let i = start
  for (;;) {
    if (isWord(tokens[i]) && ['sot', 'dje', 'mbrëmë', 'gjithashtu', 'edhe', 'më', 'pas', 'tashmë', 'sërish', 'madje'].includes(tokens[i].norm)) i++
    // "deklaroi të hënën Ilir Dushku": the day it was said.
    else if (tokens[i]?.norm === 'të' && WEEKDAYS.has(tokens[i + 1]?.norm ?? '')) i += 2
    // "Prof. Gentian Hoxholli": a word of address before the name.
    else if (isWord(tokens[i]) && isHonorific(tokens[i].text) && tokens[i + 1]?.text === '.' && isNameWord(tokens[i + 2])) i += 2
    else break
  }
  i = pastPlace(tokens, i)
  // "i tha gazetës Valbona Tafa": whom it was said to, in the dative, before who said it.
  if (isWord(tokens[i]) && !isNameWord(tokens[i]) && OBLIQUE_ENDING.test(tokens[i].norm) && isWord(tokens[i + 1]) && (isNameWord(tokens[i + 1]) || ROLES.has(tokens[i + 1].norm))) i++
  if (i >= tokens.length || !isWord(tokens[i])) return null
  if (SPEAKER_PRONOUNS.has(tokens[i].norm)) return { from: i, to: i + 1, pronoun: true }
  const unnamed = unnamedAfter(tokens, i, start)
  if (unnamed) return unnamed
  // "tha pulmonologu Dr. Fatos Rama": a common noun for what someone is, then their full name.
  const named = nameAfterNoun(tokens, i)
  if (named) return named
  // "tha 22-vjeçari", "tha i riu 23-vjeçar": the person's age stands for them, as a pronoun does.
  if (tokens[i].kind === 'number' && tokens[i + 1]?.text === '-' && AGE_NOUN.test(tokens[i + 2]?.norm ?? '')) return { from: i, to: i + 3, pronoun: true }
  if ((tokens[i].norm === 'i' || tokens[i].norm === 'e') && AGE_WORDS.has(tokens[i + 1]?.norm ?? '')) {
    const aged = tokens[i + 2]?.kind === 'number' && tokens[i + 3]?.text === '-' && AGE_NOUN.test(tokens[i + 4]?.norm ?? '')
    return { from: i, to: aged ? i + 5 : i + 2, pronoun: true }
  }
  const from = i
  let sawName = false
  let words = 0
  // A title's complement can be long ("Kryetari i Shoqatës së Transportuesve Urbanë të Durrësit"), and so
  // can a document's ("raportit të Njësisë Rajonale të Inspektimit të Arsimit").
  const limit = ROLES.has(tokens[i].norm) || isDocumentNoun(tokens[i].text) ? 10 : 7
  while (i < tokens.length && isWord(tokens[i]) && words < limit) {
    const t = tokens[i]
    const lower = t.norm
    if (CONNECTORS.has(lower)) {
      // A linking article continues the phrase only into a name or modifier: "Ministrja e opozitës",
      // not the clitic of "Ministrja e hodhi poshtë akuzën".
      const next = tokens[i + 1]
      if (!next || !isWord(next) || NP_STOPS.has(next.norm) && !CONNECTORS.has(next.norm)) break
      if (!isCapitalised(next.text) && !CONNECTORS.has(next.norm) && next.kind === 'word' && !COMPLEMENT_ENDING.test(next.norm)) break
    } else if (ROLES.has(lower) || isDocumentNoun(t.text)) {
      // A title opens a phrase even capitalised at a sentence's start ("Këshilltarja e opozitës"),
      // but after a linking article it is the name's complement ("Agjencia Kombëtare e Mbrojtjes Civile").
      if (sawName && !CONNECTORS.has(tokens[i - 1]?.norm ?? '')) break
    } else if (isNameWord(t)) sawName = true
    // "Njësisë së Përbashkët": a capitalised common word after a linking article is in the name.
    else if (isCapitalised(t.text) && CONNECTORS.has(tokens[i - 1]?.norm ?? '') && sawName) sawName = true
    else if (NP_STOPS.has(lower) || isStopword(t.text) || sawName || VERB_CUES.has(lower)) break
    i++
    words++
  }
  // "burime nga ministria", "zyrtarë nga Brukseli": unnamed people, and where they are from.
  if (i === from + 1 && isGroupNoun(tokens[from].text) && tokens[i]?.norm === 'nga' && isWord(tokens[i + 1]) && !isStopword(tokens[i + 1].text)) i += 2
  let [a, b] = trim(tokens, from, i)
  a = stripDocument(tokens, a, b)
  ;[a, b] = trim(tokens, a, b)
  if (a >= b) return null
  const first = tokens[a]
  // "tha kryebashkiaku i Shkodrës, Benet Beci": the name in apposition is the speaker.
  const comma = pastTitlePlace(tokens, pastComplementTail(tokens, b))
  if (ROLES.has(first.norm) && tokens[comma]?.text === ',') {
    let k = comma + 1
    const nameStart = pastHonorifics(tokens, k)
    k = nameStart
    while (k < tokens.length && isWord(tokens[k]) && (isNameWord(tokens[k]) || CONNECTORS.has(tokens[k].norm)) && k - nameStart <= 3) k++
    const [na, nb] = trim(tokens, nameStart, k)
    const closes = k >= tokens.length || tokens[k].kind === 'punct'
    if (nb > na && closes && isNameWord(tokens[na])) return { from: na, to: nb, pronoun: false, title: [a, comma] }
  }
  // "Autori i golit vendimtar, Erlis Kapllanaj,", "Homologu i saj malazez, Milan Radović,": a
  // one-word head, a few words that describe it, and the name in apposition, which speaks.
  const described = b === a + 1 ? describedName(tokens, b) : null
  if (described) return described
  if (!(isNameWord(first) || ROLES.has(first.norm))) {
    if (opts.requireName) return null
    // A lower-case phrase must at least be headed by a noun with the definite ending.
    if (!/(i|a|et|at|it|ët|ja|ia)$/u.test(first.norm)) return null
  }
  return { from: a, to: b, pronoun: false }
}

/** Verbs of saying whose subject may follow them. */
const SAYING = new Set(['tha', 'thotë', 'thanë', 'shtoi', 'deklaroi', 'theksoi', 'pohoi', 'shpreh', 'foli'])
/** Clitics of whom it was said to in the third person: "i tha një gazete" names the addressee. */
const THIRD_PERSON_CLITICS = new Set(['i', 'u', 'iu', 'ia', 'ua'])

/**
 * "tha një tifoz i moshuar.": someone the article does not name, right after the verb and ending
 * the clause; not whom it was said to ("i tha një gazete").
 */
function unnamedAfter(tokens: Token[], i: number, start: number): Phrase | null {
  // After a verb that takes no object ("kërkoi një seancë" is what was asked for).
  // "na foli një peshkatar": to us, by someone unnamed.
  if (tokens[i].norm !== 'një' || i !== start || !SAYING.has(tokens[start - 1]?.norm ?? '') || THIRD_PERSON_CLITICS.has(tokens[start - 2]?.norm ?? '')) return null
  let k = i + 1
  // "tha një studente e vitit të dytë, e cila …"
  while (k < tokens.length && k <= i + 6 && isWord(tokens[k]) && !isNameWord(tokens[k]) && (CONNECTORS.has(tokens[k].norm) || !isStopword(tokens[k].text))) k++
  const [, b] = trim(tokens, i + 1, k)
  // "tha një vrapuese nga Shkodra, e cila …": where the speaker is from may close the clause, and
  // so may what describes them ("tha një taksist me njëzet vjet përvojë, i cili …").
  let end = k
  if (tokens[k]?.norm === 'nga' && isNameWord(tokens[k + 1])) for (end = k + 1; isNameWord(tokens[end]); end++);
  else if (tokens[k]?.norm === 'me' && isWord(tokens[k + 1])) for (end = k + 1; end < tokens.length && end - k <= 4 && isWord(tokens[end]) && !isNameWord(tokens[end]); end++);
  // "tha një shofer i linjës Elbasan–Tiranë.": a genitive's place is part of the description.
  let to = b
  if (b === k && b > i + 2 && OBLIQUE_ENDING.test(tokens[k - 1].norm) && isNameWord(tokens[k])) {
    for (end = k + 1; isNameWord(tokens[end]) || (DASHES.has(tokens[end]?.text ?? '') && isNameWord(tokens[end + 1])); end++);
    to = end
  }
  // "tha një zyrtar i komunës që kërkoi anonimitet.": a relative clause may close it too.
  if (tokens[end]?.norm === 'që') for (end++; end < tokens.length && isWord(tokens[end]) && end - k <= 8; end++);
  const ends = b === k && (end >= tokens.length || tokens[end].kind === 'punct')
  return b > i + 1 && ends ? { from: i, to, pronoun: false } : null
}

/** Dashes that join two names into one ("Elbasan–Tiranë"). */
const DASHES = new Set(['-', '–', '—'])

/** Past words of address before a name: "Rektori i universitetit, prof. dr. Valdet Rrustemaj". */
export function pastHonorifics(tokens: Token[], k: number): number {
  while (isWord(tokens[k]) && isHonorific(tokens[k].text) && tokens[k + 1]?.text === '.') k += 2
  return k
}

/**
 * Past what may end a title's complement before the comma and the name: a body's name in
 * quotation marks ("Kandidatja e Listës Qytetare "Zëri i Lagjes"") or its number ("e KZAZ-së nr. 7").
 */
export function pastComplementTail(tokens: Token[], b: number): number {
  // In a sentence read around a quote, a name in marks stands as one placeholder.
  if (tokens[b]?.norm === QUOTE_PLACEHOLDER) return b + 1
  if (isQuoteMark(tokens[b]) && isNameWord(tokens[b + 1])) {
    let k = b + 1
    while (k < b + 7 && isWord(tokens[k])) k++
    if (isQuoteMark(tokens[k])) return k + 1
  }
  if (tokens[b]?.norm === 'nr' && tokens[b + 1]?.text === '.' && tokens[b + 2]?.kind === 'number') return b + 3
  if (tokens[b]?.norm === 'nr' && tokens[b + 1]?.kind === 'number') return b + 2
  return b
}

/** The name of two words or more, between commas, after the few words that describe a head ending at `k`. */
function describedName(tokens: Token[], k: number): Phrase | null {
  let c = k
  while (c < k + 5 && isWord(tokens[c]) && !isNameWord(tokens[c]) && !VERB_CUES.has(tokens[c].norm)) c++
  if (c === k || tokens[c]?.text !== ',') return null
  // "Kolegia e tij, aktorja Jonida Sula,": a second title, in lower case, before the name.
  const from = isWord(tokens[c + 1]) && ROLES.has(tokens[c + 1].norm) && !isCapitalised(tokens[c + 1].text) ? c + 2 : c + 1
  let n = from
  while (isNameWord(tokens[n])) n++
  return n - from >= 2 && tokens[n]?.text === ',' ? { from, to: n, pronoun: false } : null
}

/**
 * Prepositions that go on with a title's complement: its place ("drejtori i policisë në Durrës",
 * "përfaqësuesi pranë OKB-së") or the rest of its body's name ("kryetarja e Shoqatës për Mbrojtjen
 * e Konsumatorit").
 */
const TITLE_PREPOSITIONS = new Set(['në', 'pranë', 'për', 'nga'])

/**
 * Past the place or the name's rest a title phrase goes on with, to the comma after it
 * ("drejtoresha e Shëndetit Publik në Shkodër, Mimoza Bushati", "kryetari i grupit në këshill,
 * Besnik Rrapaj"): the comma's index, or `at` when no such words and comma follow.
 */
export function pastTitlePlace(tokens: Token[], at: number): number {
  if (!TITLE_PREPOSITIONS.has(tokens[at]?.norm ?? '')) return at
  const isPlaceWord = (t: Token) => isNameWord(t) || CONNECTORS.has(t.norm) || (!isStopword(t.text) && !NP_STOPS.has(t.norm) && !VERB_CUES.has(t.norm))
  let k = at + 1
  while (k < tokens.length && k - at <= 5 && isWord(tokens[k]) && isPlaceWord(tokens[k])) k++
  return k > at + 1 && !CONNECTORS.has(tokens[k - 1].norm) && tokens[k]?.text === ',' ? k : at
}

/** Words that open a sentence about unnamed people ("Disa pacientë"). */
const GROUP_QUANTIFIERS = new Set(['disa', 'shumë', 'dhjetëra', 'qindra', 'mijëra', 'mjaft'])
const NUMERALS = new Set(['dy', 'tre', 'tri', 'katër', 'pesë', 'gjashtë', 'shtatë', 'tetë', 'nëntë', 'dhjetë'])

/** A speaker phrase that counts people ("Disa pacientë", "Tre pasagjerët"): many, never "ai" or "ajo". */
// "Pacientët me vizita të planifikuara": a plural, which "ai" or "ajo" never stands for.
export const isGroup = (tokens: readonly Token[], phrase: Phrase): boolean =>
  GROUP_QUANTIFIERS.has(tokens[phrase.from].norm) || NUMERALS.has(tokens[phrase.from].norm) || isGroupNoun(tokens[phrase.from].text) || /ët$/u.test(tokens[phrase.from].norm)

/**
 * The named person a sentence opens with after a short adverbial: "Në Rrëzomë, kryetari i
 * bashkisë, Arben Lleshaj, e ka kundërshtuar" is Arben Lleshaj. Only a phrase with a name in it:
 * "Në raportin e tij, Komisioni arsyeton se" would read a verb into the subject.
 */
export function subjectAfterAdverbial(tokens: Token[], end: number, allowPronoun = false): Phrase | null {
  const opener = tokens[0]
  // "Një ditë më vonë, vetë kryetari …": a time too.
  const time = opener?.norm === 'një' && TIME_NOUNS.has(tokens[1]?.norm ?? '')
  // "Pyetur nëse …, Kastrati hesht", "E kontaktuar nga gazeta, zëdhënësja …": a participle's clause.
  const participle = isWord(opener) && (PARTICIPLES.has(opener.norm) || (['i', 'e'].includes(opener.norm) && PARTICIPLES.has(tokens[1]?.norm ?? '')))
  if (!isWord(opener) || !(ADVERBIAL_OPENERS.has(opener.norm) || TIME_OPENERS.has(opener.norm) || time || participle) || opener.norm === 'sipas') return null
  // Short: up to seven words, and the marks of a name in them ("për gazetën „Sporti Lindor“,").
  let reach = 8
  for (let k = 1; k < reach && k < end; k++) if (isQuoteMark(tokens[k])) reach++
  const comma = tokens.slice(1, Math.min(end, reach)).findIndex((t) => t.text === ',')
  if (comma < 0) return null
  const rest = tokens.slice(comma + 2, end)
  // "Ndërkohë, në radhë, Nexhbedin Aliu, …": a second adverbial after the first.
  const phrase = leadingSubject(rest, rest.length) ?? subjectAfterAdverbial(rest, rest.length, allowPronoun)
  // "Pyetur nëse …, ajo ishte e prerë: „…“": a pronoun, where the caller resolves one.
  if (phrase?.pronoun && allowPronoun) return shifted(phrase, comma + 2)
  if (!phrase || phrase.pronoun || !rest.slice(phrase.from, phrase.to).some((t) => isNameWord(t) && !ROLES.has(t.norm))) return null
  return shifted(phrase, comma + 2)
}

/** A phrase found in tokens.slice(by), with indices in tokens. */
function shifted(phrase: Phrase, by: number): Phrase {
  return { ...phrase, from: phrase.from + by, to: phrase.to + by, ...(phrase.title ? { title: [phrase.title[0] + by, phrase.title[1] + by] as [number, number] } : {}) }
}

/** Verbs of being that introduce who was there ("Mes protestuesve ishte edhe …"). */
export const BEING = new Set(['ishte', 'ishin', 'është', 'janë'])

/** Words that open a place among people: "Mes protestuesve", "Ndër ata që …". */
const AMONG = new Set(['mes', 'midis', 'ndër'])

/**
 * The person a sentence introduces as present after an adverbial of place: "Mes protestuesve
 * ishte edhe Mark Gjonbalaj, 71 vjeç, …", "Mes të pranishmëve ishte mjeshtri i mandolinës Tonin
 * Kaçinari": the first full name after the verb, or a surname a relative clause follows.
 */
export function presentedPerson(tokens: Token[]): Phrase | null {
  if (!isWord(tokens[0]) || !(ADVERBIAL_OPENERS.has(tokens[0].norm) || AMONG.has(tokens[0].norm))) return null
  // "Ndër ata që mbetën pa garë ishte edhe …": the place may be a short relative clause.
  const verb = tokens.findIndex((t, k) => k > 0 && k < 8 && isWord(t) && BEING.has(t.norm))
  if (verb < 0) return null
  for (let k = verb + 1; k < verb + 7 && isWord(tokens[k]); k++) {
    // "Mes të ftuarve ishte edhe një punonjës i uzinës …": someone unnamed.
    const unnamed = unnamedAt(tokens, k)
    if (unnamed) return unnamed
    if (!isNameWord(tokens[k])) continue
    let end = k
    while (isNameWord(tokens[end])) end++
    // "… ishte i ftuar edhe Alushi, i cili …": a surname alone, whom a relative clause makes a person.
    const person = tokens[end]?.text === ',' && RELATIVE_ARTICLES.has(tokens[end + 1]?.norm ?? '') && /^cil/u.test(tokens[end + 2]?.norm ?? '')
    return end - k >= 2 || person ? { from: k, to: end, pronoun: false } : null
  }
  return null
}

/** "Një ditë më vonë, …": a time, not someone. */
const TIME_NOUNS = new Set(['ditë', 'javë', 'muaj', 'vit', 'orë', 'herë', 'natë', 'mëngjes', 'mbrëmje', 'moment', 'çast', 'periudhë', 'fundjavë', 'sezon', 'kohë', 'vjet'])
const TIME_STEMS = new Set([...TIME_NOUNS].map(stem))

/**
 * "Një nënë e një basketbollisti … u ankua …": someone unnamed whom a sentence opens with, for a
 * pronoun after it. Read as a person: a wrong guess leaves the quote unknown, where a person
 * named further back could make it a false misattribution.
 */
export function unnamedOpener(tokens: Token[]): Phrase | null {
  const i = tokens.findIndex(isWord)
  if (i < 0) return null
  // "Ndërkohë, një qiramarrëse …", "Në një supermarket në qendër të Tiranës, një blerëse e moshuar …":
  // after a word of time or an adverbial, at a comma among the sentence's first words.
  if (TIME_OPENERS.has(tokens[i].norm) || ADVERBIAL_OPENERS.has(tokens[i].norm)) {
    for (let k = i + 1; k < tokens.length && k < i + 16; k++) {
      const unnamed = tokens[k].text === ',' ? unnamedAt(tokens, k + 1) : null
      if (unnamed) return unnamed
    }
  }
  return unnamedAt(tokens, i)
}

/** "një punonjës i uzinës mekanike": someone unnamed, from "një" at `i` over the words that describe them; else null. */
function unnamedAt(tokens: Token[], i: number): Phrase | null {
  const noun = tokens[i + 1]
  if (tokens[i]?.norm !== 'një' || noun?.kind !== 'word' || isCapitalised(noun.text) || isStopword(noun.text) || TIME_NOUNS.has(noun.norm)) return null
  let to = i + 2
  for (;;) {
    // "Një pensionist 71-vjeçar": an age is part of the description.
    if (tokens[to]?.kind === 'number' && tokens[to + 1]?.text === '-' && AGE_NOUN.test(tokens[to + 2]?.norm ?? '')) to += 3
    else if (to < tokens.length && to < i + 8 && isWord(tokens[to]) && !isNameWord(tokens[to]) && !VERB_CUES.has(tokens[to].norm) && (CONNECTORS.has(tokens[to].norm) || !isStopword(tokens[to].text))) to++
    else break
  }
  return { from: i, to: trim(tokens, i + 1, to)[1], pronoun: false }
}

/** Who acts in a passive sentence: "Vendimi u kundërshtua menjëherë nga Rinor Berlajolli." */
export function passiveAgent(tokens: Token[]): Phrase | null {
  const passive = tokens.findIndex((t, k) => t.norm === 'u' && k + 1 < tokens.length && isWord(tokens[k + 1]) && !isNameWord(tokens[k + 1]))
  if (passive < 0) return null
  for (let k = passive + 2; k < tokens.length && k < passive + 6 && isWord(tokens[k]); k++) {
    if (tokens[k].norm !== 'nga') continue
    let end = k + 1
    while (isNameWord(tokens[end])) end++
    return end - (k + 1) >= 2 ? { from: k + 1, to: end, pronoun: false } : null
  }
  return null
}

/** Words that open an adverbial before a sentence's subject ("Në Rrëzomë, …", "Pas takimit, …"). */
const ADVERBIAL_OPENERS = new Set(['në', 'me', 'për', 'nga', 'pas', 'para', 'gjatë', 'si', 'kur', 'mbi', 'nën', 'sipas', 'duke',
  // "Pavarësisht tensioneve, Zeqaj …": prepositions of concession, exception, cause and place.
  'pavarësisht', 'përveç', 'falë', 'megjithë', 'përkundër', 'kundër', 'përballë', 'drejt', 'brenda', 'jashtë', 'përgjatë'])

/**
 * "kirurgu kardiak Ilir Bregu", "pulmonologu Dr. Fatos Rama": a lower-case common noun for what
 * someone is, an adjective and a word of address at most, then their full name; the name, or null.
 */
function nameAfterNoun(tokens: Token[], i: number): Phrase | null {
  const t = tokens[i]
  // A known title keeps its phrase, and with it the gender it shows ("drejtori tregtar Kledi Marku").
  if (!isWord(t) || isCapitalised(t.text) || isStopword(t.text) || !/[iua]$/u.test(t.norm) || VERB_CUES.has(t.norm) || isRoleWord(t.text)) return null
  let k = isWord(tokens[i + 1]) && !isCapitalised(tokens[i + 1].text) && ADJECTIVE.test(tokens[i + 1].norm) ? i + 2 : i + 1
  k = pastHonorifics(tokens, k)
  if (!isNameWord(tokens[k]) || !isNameWord(tokens[k + 1])) return null
  let end = k
  while (end < tokens.length && end - k < 3 && isNameWord(tokens[end])) end++
  return { from: k, to: end, pronoun: false }
}

/** The subject at the start of a sentence ("Trump dhe Putin gjithashtu “…”"). */
export function leadingSubject(tokens: Token[], end: number): Phrase | null {
  let i = 0
  while (i < end && i < 3 && (!isWord(tokens[i]) || NP_STOPS.has(tokens[i].norm)) && !SPEAKER_PRONOUNS.has(tokens[i].norm)) {
    if (isWord(tokens[i]) && ADVERBIAL_OPENERS.has(tokens[i].norm)) return null
    i++
  }
  if (i >= end) return null
  const t = tokens[i]
  if (SPEAKER_PRONOUNS.has(t.norm)) return { from: i, to: i + 1, pronoun: true }
  // "Disa pacientë … e quajtën": people counted, not named.
  const people = tokens[i + 1]
  if (GROUP_QUANTIFIERS.has(t.norm) && i + 1 < end && isWord(people) && !isCapitalised(people.text) && !isStopword(people.text)) return { from: i, to: i + 2, pronoun: false }
  // "Foli drejtori …": a verb of saying opening its sentence is no name.
  // "Ndërkohë, vëllai i tij, Gentian Hasa, …": a common noun whose name follows in apposition.
  const apposed = ['i', 'e'].includes(tokens[i + 1]?.norm ?? '') && OBLIQUE_PRONOUNS.has(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.text === ',' && isNameWord(tokens[i + 4])
  // "Mbrëmjen e së dielës, …": a time is no subject.
  if (TIME_STEMS.has(stem(t.norm))) return null
  const named = nameAfterNoun(tokens, i)
  if (named) return named
  if (!(isNameWord(t) || ROLES.has(t.norm) || apposed) || VERB_CUES.has(t.norm) || PARTICIPLES.has(t.norm)) return null
  // "Debatit iu bashkua …": a noun in the dative that opens its sentence with a clitic after it is no subject.
  if (OBLIQUE_ENDING.test(t.norm) && CLITICS.has(tokens[i + 1]?.norm ?? '')) return null
  const phrase = phraseAfter(tokens.slice(0, end), i, { requireName: false })
  return phrase
}
