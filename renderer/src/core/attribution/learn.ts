import { isCapitalised, isQuoteMark, isWordToken as isWord, tokenize, tokensIn, wordTokens, type Token } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { isLinkingArticle, isNameConnector } from '../lang/links'
import { stem } from '../lang/stem'
import { isAcronym, isProperName, nameKey } from '../entities/names'
import { ADJECTIVE, toNominative } from '../entities/nominative'
import { continuesName, parseTitled, pastTitleModifiers } from '../entities/titled'
import { FAMILY_TITLES, institutionNoun, isGoverningOffice, isTitleWord, nationality, personTitle } from '../entities/titles'
import { DOCUMENT_WORDS, isDocumentNoun, VERB_CUES } from '../speakers/lexicon'
import { pastComplementTail, pastTitlePlace } from '../speakers/phrases'
import type { EntityBook } from './book'
import type { Evidence } from './bookEntity'

// What a text says about who is who: "Ministrja e Drejtësisë, Besa Leka," and "Besa Leka,
// ministre e Drejtësisë," (a person and what she speaks for), "Enti Rregullator i Energjisë (ERE)"
// (a body and its abbreviation). Sources add their author line, heading and signature.

const isNameWord = (t: Token | undefined): t is Token =>
  isWord(t) && (isCapitalised(t.text) || isAcronym(t.text)) && !isStopword(t.text) && !isTitleWord(t.text)

/** End (exclusive) of the title phrase starting at `i`: the title, a nationality, its genitive complement. */
export function titlePhraseEnd(tokens: Token[], i: number): number {
  let j = pastTitleModifiers(tokens, i + 1)
  if (isWord(tokens[j]) && !isCapitalised(tokens[j].text) && nationality(tokens[j].text)) j++
  // "Drejtori ekzekutiv i kompanisë": an adjective before the complement.
  if (isWord(tokens[j]) && !isCapitalised(tokens[j].text) && ADJECTIVE.test(tokens[j].norm) && isWord(tokens[j + 1]) && isLinkingArticle(tokens[j + 1].text)) j++
  // "Drejtori i „Kalkeri Veriu“", "Kryetari i bordit të „Kalkeri Veriu“": an article before a quoted name.
  const beforeQuotedName = (k: number) => isWord(tokens[k]) && isLinkingArticle(tokens[k].text) && isQuoteMark(tokens[k + 1]) && isWord(tokens[k + 2]) && isCapitalised(tokens[k + 2].text)
  if (isWord(tokens[j]) && isLinkingArticle(tokens[j].text) && tokens[j].text.length <= 3 && (isWord(tokens[j + 1]) || beforeQuotedName(j))) {
    j += beforeQuotedName(j) ? 1 : 2
    for (;;) {
      const t = tokens[j]
      if (isWord(t) && (isLinkingArticle(t.text) || (t.norm === 'dhe' && isCapitalised(tokens[j + 1]?.text ?? ''))) && isWord(tokens[j + 1])) j += 2
      else if (beforeQuotedName(j)) j++
      // "e bordit drejtues të …": a title's form that agrees as an adjective describes the body.
      else if (isWord(t) && !isCapitalised(t.text) && !isStopword(t.text) && !isLinkingArticle(t.text) && (!personTitle(t.text) || ADJECTIVE.test(t.norm)) && t.text.length > 2) j++
      else if (isWord(t) && (isAcronym(t.text) || continuesName(t.text, tokens[j + 1]?.text))) j++
      else if (isQuoteMark(t) && isWord(tokens[j + 1]) && isCapitalised(tokens[j + 1].text)) {
        // "Administratori i kompanisë „Kromi Lindor“": a quoted name in the complement.
        let k = j + 1
        while (k < tokens.length && isWord(tokens[k])) k++
        j = isQuoteMark(tokens[k]) ? k + 1 : k
      } else break
    }
  }
  // "Përfaqësuesi i BE-së për dialogun, …", "Komisionerja për Zgjerimin", "Ministri për Evropën dhe Punët e Jashtme".
  if (isWord(tokens[j]) && tokens[j].norm === 'për') {
    if (isNameWord(tokens[j + 1])) {
      let k = j + 2
      for (;;) {
        if (isNameWord(tokens[k])) k++
        else if ((isLinkingArticle(tokens[k]?.text ?? '') || tokens[k]?.norm === 'dhe') && isNameWord(tokens[k + 1])) k += 2
        else return k
      }
    }
    let k = j + 1
    while (k < tokens.length && k - j <= 4 && isWord(tokens[k]) && !isStopword(tokens[k].text)) k++
    if (k > j + 1 && tokens[k]?.text === ',') j = k
  }
  return j
}

/** A run of name words from `i` (particles and linking words inside): [i, end). */
export function nameRun(tokens: Token[], i: number, max = 4): number {
  let j = i
  let words = 0
  while (j < tokens.length && words < max) {
    if (isNameWord(tokens[j])) {
      j++
      words++
    } else if (isWord(tokens[j]) && isNameConnector(tokens[j].text) && !isLinkingArticle(tokens[j].text) && tokens[j].norm !== 'dhe' && isNameWord(tokens[j + 1])) j++
    else break
  }
  return j
}

const sentenceEdge = (t: Token | undefined) => t === undefined || ['.', '!', '?', ':', '\n'].includes(t.text)

const POSSESSIVES = new Set(['saj', 'tij', 'tyre'])
/** Nouns for a body of any kind: "i organizatës" means the body just named, whatever its kind. */
const GENERIC_BODIES = new Set(['organizatës', 'organizata', 'institucionit', 'institucioni'])

/** The nearest body named before token `before`, in its sentence or the one before ("Sindikata e Pavarur … paralajmëroi grevë."). */
function previousBody(text: string, tokens: Token[], before: number): string | null {
  let edges = 0
  for (let j = before - 1; j >= 0; j--) {
    const t = tokens[j]
    if (sentenceEdge(t) && t.text !== ':') {
      if (++edges > 1) return null
      continue
    }
    if (!isNameWord(t) || !institutionNoun(t.text) || isNameWord(tokens[j - 1])) continue
    let end = j + 1
    for (;;) {
      if (isNameWord(tokens[end])) end++
      // "Shoqata për Mbrojtjen e Konsumatorëve": "për" too joins the words of a body's name.
      else if (isWord(tokens[end]) && (isLinkingArticle(tokens[end].text) || tokens[end].norm === 'dhe' || tokens[end].norm === 'për') && isNameWord(tokens[end + 1])) end += 2
      else break
    }
    return end > j + 1 ? toNominative(text.slice(t.start, tokens[end - 1].end)) : null
  }
  return null
}

/** Titles of someone who speaks for a person: "Avokati i tij, …" speaks for his client. */
const REPRESENTATIVES = new Set(['avokati', 'avokatja', 'zëdhënësi', 'zëdhënësja', 'përfaqësuesi', 'përfaqësuesja'])

/** The person the sentence before `before` opens with ("Kastrati kërkon …"), or null. */
function previousPerson(text: string, tokens: Token[], before: number): string | null {
  let j = before - 1
  while (j >= 0 && !sentenceEdge(tokens[j])) j--
  let start = j - 1
  while (start >= 0 && !sentenceEdge(tokens[start])) start--
  start++
  const end = nameRun(tokens, start, 3)
  if (end === start || institutionNoun(tokens[start].text) || personTitle(tokens[start].text)) return null
  return text.slice(tokens[start].start, tokens[end - 1].end)
}

/** The name between the quotation mark at `open` and the next one before `end`. */
function quotedName(text: string, tokens: Token[], open: number, end: number): string | null {
  const close = tokens.findIndex((t, k) => k > open && k < end && isQuoteMark(t))
  return close > open + 1 ? text.slice(tokens[open + 1].start, tokens[close - 1].end) : null
}

/** Appositions and titled names in `tokens`, recorded in the book. */
function learnTitled(book: EntityBook, text: string, tokens: Token[], origin: Evidence): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind !== 'word' || t.text.length < 4 || !personTitle(t.text)) continue
    let end = titlePhraseEnd(tokens, i)
    // "Presidenti i Klubit të Notit Laçi, Dorian Sula,": the capitalised words before the comma end the body's name.
    let bodyEnd = nameRun(tokens, end)
    // "Kryetari i Lëvizjes Bashkë për Dibrën, Fatbardh Qorraj": the name goes on after "për".
    while (bodyEnd > end && tokens[bodyEnd]?.norm === 'për' && isNameWord(tokens[bodyEnd + 1])) bodyEnd = nameRun(tokens, bodyEnd + 1)
    if (end > i + 1 && bodyEnd > end && tokens[bodyEnd]?.text === ',' && nameRun(tokens, bodyEnd + 1) >= bodyEnd + 3) end = bodyEnd
    // A quoted name in the complement is learned on its own ("… i kompanisë „Alba Energy“").
    const quoted = tokens.slice(i, end).findIndex(isQuoteMark)
    // With no kind word before it ("Kryetari i bordit të „Kalkeri Veriu“"), the person is of the body it names.
    const unnamedKind = quoted > 1 && isLinkingArticle(tokens[i + quoted - 1].text)
    const title = text.slice(t.start, tokens[quoted > 0 ? i + quoted - (unnamedKind ? 2 : 1) : end - 1].end)
    // "Kryetari i shoqatës „Pulëbardha e Bregut“": after its kind, the quoted name is the body too.
    const kindBefore = quoted > 1 && isWord(tokens[i + quoted - 1]) && institutionNoun(tokens[i + quoted - 1].text) !== null
    const quotedBody = unnamedKind || kindBefore ? quotedName(text, tokens, i + quoted, end) : null
    const linkQuotedBody = (person: { id: string; kind: string }) => {
      if (quotedBody && person.kind === 'person') book.link(person.id, book.resolveBody(quotedBody, origin).id, origin)
    }
    // "Ministrja e Drejtësisë, Besa Leka" or "Kryeministri Edi Rama".
    let k = end
    // "Drejtori i Infrastrukturës Hekurudhore të Kosovës (IHK), Shpend Bytyqi": past the body's abbreviation.
    if (tokens[k]?.text === '(' && isWord(tokens[k + 1]) && isAcronym(tokens[k + 1].text) && tokens[k + 2]?.text === ')' && tokens[k + 3]?.text === ',') k += 3
    // "Ambasadori amerikan në Prishtinë, Jeffrey Hovenier": past the title's place; "Kryetarja e
    // KZAZ-së nr. 7, Lindita Pali-Dedaj": past the body's number.
    k = pastTitlePlace(tokens, pastComplementTail(tokens, k))
    if (tokens[k]?.text === ',') k++
    // "Shefja e Delegacionit të BE-së, ambasadorja Katarzyna Wieczorek": a second title before the name.
    let second: string | null = null
    if (isWord(tokens[k]) && personTitle(tokens[k].text) && !isCapitalised(tokens[k].text)) {
      const secondEnd = titlePhraseEnd(tokens, k)
      second = text.slice(tokens[k].start, tokens[secondEnd - 1].end)
      k = secondEnd
    }
    const nameEnd = nameRun(tokens, k)
    const after = tokens[nameEnd]
    const closes = nameEnd > k && (after === undefined || !isWord(after) || (!isCapitalised(after.text) && !isLinkingArticle(after.text)))
    if (closes) {
      const name = text.slice(tokens[k].start, tokens[nameEnd - 1].end)
      const person = book.resolve(`${title}, ${name}`, origin)
      // "Kryetari i saj, Sabri Kastrati": of the body the sentence before named.
      linkQuotedBody(person)
      // "Drejtori ekzekutiv i organizatës, Dritan Zeqo": a generic noun for a body is the one just named.
      const pointsBack = POSSESSIVES.has(tokens[end - 1].norm) || GENERIC_BODIES.has(tokens[end - 1].norm)
      const body = pointsBack && !FAMILY_TITLES.has(personTitle(t.text) ?? '') ? previousBody(text, tokens, i) : null
      if (body) book.link(person.id, book.resolveBody(body, origin).id, origin)
      // "Avokati i tij, Erion Murati": for the person the sentence before is about.
      const client = !body && POSSESSIVES.has(tokens[end - 1].norm) && REPRESENTATIVES.has(personTitle(t.text) ?? '') ? previousPerson(text, tokens, i) : null
      if (client) book.link(person.id, book.resolve(client, origin).id, origin)
      if (second) book.resolve(`${second}, ${name}`, origin)
      i = nameEnd - 1
      continue
    }
    // "Besa Leka, ministre e Drejtësisë": the name before, two words or more, or one that does not open a sentence.
    if (tokens[i - 1]?.text === ',') {
      let from = i - 1
      while (from > 0 && i - 1 - from < 4 && !lineBreakBefore(text, tokens, from) && (isNameWord(tokens[from - 1]) || (isWord(tokens[from - 1]) && isNameConnector(tokens[from - 1].text) && !isLinkingArticle(tokens[from - 1].text) && tokens[from - 1].norm !== 'dhe' && isNameWord(tokens[from - 2])))) from--
      const words = tokens.slice(from, i - 1).filter(isNameWord).length
      if (words >= 2 || (words === 1 && !sentenceEdge(tokens[from - 1]))) {
        linkQuotedBody(book.resolve(`${title}, ${text.slice(tokens[from].start, tokens[i - 2].end)}`, origin))
      }
    }
    i = end - 1
  }
}

/**
 * "Ardian Marashi nga Lëvizja „Ura e Re“": a person named with the body they come from, its
 * kind said by its first word (not a place: "Dritan Muça nga Koplik").
 */
function learnMembers(book: EntityBook, text: string, tokens: Token[], origin: Evidence): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i].norm !== 'nga' || !isNameWord(tokens[i - 1]) || !isNameWord(tokens[i - 2])) continue
    const head = tokens[i + 1]
    if (!isWord(head) || !isCapitalised(head.text) || institutionNoun(head.text) === null) continue
    // Its name after the kind word, or in quotation marks: "Lëvizja „Ura e Re“".
    const run = nameRun(tokens, i + 2, 6)
    const end = run > i + 2 ? run : pastComplementTail(tokens, i + 2)
    if (end === i + 2) continue
    let from = i - 2
    while (from > 0 && isNameWord(tokens[from - 1]) && !lineBreakBefore(text, tokens, from) && i - from < 4) from--
    const person = book.resolve(text.slice(tokens[from].start, tokens[i - 1].end), origin)
    const body = book.resolveBody(toNominative(text.slice(head.start, tokens[end - 1].end)), origin)
    if (person.kind === 'person') book.link(person.id, body.id, origin)
  }
}

/** A line break between token `k - 1` and token `k`: a headline's last word is not the next line's first name. */
const lineBreakBefore = (text: string, tokens: Token[], k: number) => text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')

/** "Enti Rregullator i Energjisë (ERE)": the body and its abbreviation. */
function learnAcronyms(book: EntityBook, text: string, tokens: Token[], origin: Evidence): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== '(' || !isWord(tokens[i + 1]) || !isAcronym(tokens[i + 1].text) || tokens[i + 2].text !== ')') continue
    let from = i
    // Back over the name, not past the start of its line ("… në Lezhë\nInspektorati i … (IKSSH)").
    while (from > 0 && i - from < 10 && isWord(tokens[from - 1]) && !lineBreakBefore(text, tokens, from) && (isCapitalised(tokens[from - 1].text) || isNameConnector(tokens[from - 1].text) || (!isStopword(tokens[from - 1].text) && isCapitalised(tokens[from - 2]?.text ?? '')))) from--
    // "Edhe Sindikata e Metalurgëve …": a capitalised word that opens a sentence is no part of the name.
    while (from < i && (!isCapitalised(tokens[from].text) || isStopword(tokens[from].text))) from++
    // "Drejtori i Infrastrukturës … (IHK)": the abbreviation is the body's, not its director's.
    if (personTitle(tokens[from].text) && isWord(tokens[from + 1]) && isLinkingArticle(tokens[from + 1].text)) from += 2
    if (i - from < 2) continue
    // "Klodian Shtëmbari (PUF)": a person with the party they belong to, not its full name.
    const named = tokens.slice(from, i)
    const initials = named.map((t) => t.text[0]).join('')
    if (personalName(named) && !tokens[i + 1].text.toUpperCase().startsWith(initials.toUpperCase())) {
      const person = book.resolvePerson(text.slice(tokens[from].start, tokens[i - 1].end), origin)
      book.link(person.id, book.resolveBody(tokens[i + 1].text, origin).id, origin)
      continue
    }
    const full = toNominative(text.slice(tokens[from].start, tokens[i - 1].end))
    const body = book.resolveBody(full, origin)
    // Met before by its abbreviation alone (a source's author): the same body, now with its full name.
    const known = book.find(tokens[i + 1].text)
    if (known && known.id !== body.id && known.kind !== 'person') book.merge(body.id, known.id)
    book.alias(body.id, tokens[i + 1].text)
    book.alias(body.id, full)
    book.preferName(body.id, full)
  }
}

/**
 * "Kompania italiane … ‹Calzature Adriatica›", "organizata mjedisore „Lumi i Gjallë“": a body
 * named in quotation marks after the noun for its kind, which later mentions of the kind refer to.
 */
function learnQuotedBodies(book: EntityBook, text: string, tokens: Token[], origin: Evidence): void {
  // From each opening mark before a capitalised word, back to the noun for the kind of body.
  for (let j = 1; j + 1 < tokens.length; j++) {
    if (!isQuoteMark(tokens[j]) || !isWord(tokens[j + 1]) || !isCapitalised(tokens[j + 1].text)) continue
    let i = j - 1
    while (i > 0 && j - i < 6 && isWord(tokens[i]) && !isCapitalised(tokens[i].text) && !institutionNoun(tokens[i].text)) i--
    const noun = isWord(tokens[i]) ? institutionNoun(tokens[i].text) : null
    if (!noun) continue
    let k = j + 1
    while (k < tokens.length && k - j <= 6 && isWord(tokens[k])) k++
    if (!isQuoteMark(tokens[k])) continue
    const body = book.resolveBody(text.slice(tokens[j + 1].start, tokens[k - 1].end), origin)
    book.setKind(body.id, noun)
    j = k
  }
  // "Operatori i shpërndarjes, Rrjeti Elektrik i Dardanisë sh.a.,": a name in apposition after its kind.
  for (let i = 0; i + 3 < tokens.length; i++) {
    const noun = isWord(tokens[i]) && (i === 0 || !isWord(tokens[i - 1]) || !isLinkingArticle(tokens[i - 1].text)) ? institutionNoun(tokens[i].text) : null
    if (!noun) continue
    let k = i + 1
    while (k < tokens.length && k - i <= 4 && isWord(tokens[k]) && !isCapitalised(tokens[k].text)) k++
    if (tokens[k]?.text !== ',' || !isNameWord(tokens[k + 1])) continue
    let end = nameRun(tokens, k + 1, 6)
    while (isWord(tokens[end]) && isLinkingArticle(tokens[end].text) && isNameWord(tokens[end + 1])) end = nameRun(tokens, end + 1, 6)
    if (end - (k + 1) < 2 || (tokens[end]?.text !== ',' && !/^sh$/u.test(tokens[end]?.norm ?? ''))) continue
    // "… i televizionit, Nexhmedin Berzati,": a person's name is a title's apposition, not a body.
    const named = tokens.slice(k + 1, end)
    if (personalName(named)) continue
    const body = book.resolveBody(text.slice(tokens[k + 1].start, tokens[end - 1].end), origin)
    if (body.kind !== 'person') book.setKind(body.id, noun)
    i = end
  }
  // "agjencia ANSA", "gazeta Panorama": a name right after the noun for its kind.
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Cheap tests first: most words are followed by a word that starts in lower case, and so is no name.
    const next = tokens[i + 1]
    const first = next.text.charCodeAt(0)
    if (tokens[i].kind !== 'word' || next.kind !== 'word' || (first < 0x80 && !(first >= 0x41 && first <= 0x5a))) continue
    const noun = !isCapitalised(tokens[i].text) ? institutionNoun(tokens[i].text) : null
    if (!noun || !isNameWord(next)) continue
    let k = i + 1
    while (k < tokens.length && k - i <= 3 && isNameWord(tokens[k])) k++
    // The body gets its name and, from the noun before it, its kind.
    book.resolveBody(text.slice(tokens[i].start, tokens[k - 1].end), origin)
    i = k - 1
  }
}

/**
 * "Hidro-Zallvari është pjesë e Grupit Shtëmbari": a body that belongs to another is on its side.
 */
function learnParts(book: EntityBook, text: string, tokens: Token[], origin: Evidence): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i].norm !== 'pjesë' || !['është', 'janë'].includes(tokens[i - 1].norm) || !isLinkingArticle(tokens[i + 1].text)) continue
    let from = i - 1
    while (from > 0 && i - 1 - from < 6 && !lineBreakBefore(text, tokens, from) && (isNameWord(tokens[from - 1]) || (isWord(tokens[from - 1]) && isLinkingArticle(tokens[from - 1].text) && isNameWord(tokens[from - 2])))) from--
    const end = nameRun(tokens, i + 2, 6)
    if (from === i - 1 || end === i + 2) continue
    const part = book.resolveBody(toNominative(text.slice(tokens[from].start, tokens[i - 2].end)), origin)
    const whole = book.resolveBody(toNominative(text.slice(tokens[i + 2].start, tokens[end - 1].end)), origin)
    if (part.id !== whole.id) book.link(part.id, whole.id, origin)
  }
}

/**
 * "Avokati Ilir Demolli, i cili e ka nënshkruar padinë në emër të Kodlinës", "… foli në emër të
 * sindikatës": the person named last before it in the sentence speaks for that body; with none,
 * the person named next after a comma ("Në emër të shoqatës, juristi Burim Ljutfiu").
 */
function learnOnBehalf(book: EntityBook, text: string, tokens: Token[], origin: Evidence): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].norm !== 'emër' || tokens[i - 1].norm !== 'në' || !isLinkingArticle(tokens[i + 1].text)) continue
    // The body: its name ("Kodlinës", "Shoqatës së Konsumatorëve") or its kind alone ("sindikatës").
    let end = nameRun(tokens, i + 2, 6)
    while (isWord(tokens[end]) && isLinkingArticle(tokens[end].text) && isNameWord(tokens[end + 1])) end = nameRun(tokens, end + 1, 6)
    if (end === i + 2 && isWord(tokens[i + 2]) && institutionNoun(tokens[i + 2].text)) end = i + 3
    if (end === i + 2) continue
    // "Në emër të Unionit, sekretarja e tij, Lirije Mirakaj, tha": with no one before it, the one after the comma.
    // "Në emër të bordit foli drejtoresha …, Anisa Bregu": or after a verb of saying.
    const saying = isWord(tokens[end]) && VERB_CUES.has(tokens[end].norm)
    const person = personBefore(tokens, i - 1) ?? (tokens[end]?.text === ',' || saying ? personAfter(tokens, end + 1) : null)
    if (!person) continue
    const body = book.resolveBody(toNominative(text.slice(tokens[i + 2].start, tokens[end - 1].end)), origin)
    // A kind the texts name no body of, or several ("në emër të agjencisë"), says not whose.
    if (!body.vague) book.link(book.resolvePerson(text.slice(person.start, person.end), origin).id, body.id, origin)
  }
}

/** Marks past which a name is in another clause. */
const CLAUSE_ENDS = new Set(['.', '!', '?', ':', ';'])

/** The last run of words before `at` in its sentence, if it is shaped like a person's name. */
function personBefore(tokens: Token[], at: number): { start: number; end: number } | null {
  for (let k = at - 1; k >= 0 && at - k <= 25; k--) {
    const t = tokens[k]
    if (isQuoteMark(t) || CLAUSE_ENDS.has(t.text)) return null
    if (!isNameWord(t)) continue
    let from = k
    while (from > 0 && k - from < 3 && isNameWord(tokens[from - 1])) from--
    const named = tokens.slice(from, k + 1)
    return named.length >= 2 && personalName(named) ? { start: named[0].start, end: t.end } : null
  }
  return null
}

/** The first run of words from `at` in its sentence, if it is shaped like a person's name. */
function personAfter(tokens: Token[], at: number): { start: number; end: number } | null {
  for (let k = at; k < tokens.length && k - at <= 12; k++) {
    const t = tokens[k]
    if (isQuoteMark(t) || CLAUSE_ENDS.has(t.text)) return null
    if (!isNameWord(t)) continue
    const end = nameRun(tokens, k, 3)
    const named = tokens.slice(k, end)
    return named.length >= 2 && personalName(named) ? { start: t.start, end: named[named.length - 1].end } : null
  }
  return null
}

/** Everything a stretch of text says about who is who. */
export function learnFromText(book: EntityBook, text: string, origin: Evidence, from = 0, to = text.length): Token[] {
  const tokens = tokensIn(text, from, to)
  learnQuotedBodies(book, text, tokens, origin)
  learnTitled(book, text, tokens, origin)
  learnAcronyms(book, text, tokens, origin)
  learnMembers(book, text, tokens, origin)
  learnParts(book, text, tokens, origin)
  learnOnBehalf(book, text, tokens, origin)
  return tokens
}

/** Up to three capitalised words not headed by a kind of body: shaped like a person's name ("Klodian Shtëmbari"). */
const personalName = (words: Token[]) => words.length <= 3 && words.every(isNameWord) && !institutionNoun(words[0].text)

const isAdjectiveWord = (w: Token) => !isCapitalised(w.text) && ADJECTIVE.test(w.norm)

/** Prepositions after which a heading names what its document answers or concerns. */
const TOWARDS = new Set(['për', 'ndaj', 'mbi', 'rreth', 'kundër', 'lidhur'])

/** "për shtyp", "për mediat": whom a release is for in general. */
const PRESS = new Set(['shtyp', 'shtypin', 'mediat', 'media', 'opinionin'])

/** Words that turn a heading to whom a document is addressed: "drejtuar", "dërguar". */
const ADDRESSED = new Set(['drejtuar', 'dërguar', 'adresuar'])

/**
 * The author a title or heading names: "Deklarata e Shtëpisë së Bardhë", "Fjalimi i ministrit
 * të Financave", "Transkripti i brifingut të Peskovit". Null when it names none ("Njoftim për shtyp").
 */
export function headingAuthor(title: string): { name: string; written: string } | null {
  const line = title.trim()
  const tokens = tokenize(line)
  const all = tokens.filter(isWord)
  const doc = all.findIndex((w, i) => i < 4 && isDocumentNoun(w.text))
  if (doc < 0) return null
  // "Deklaratë për shtyp: Restaurimi i Hanit …": past a colon is the headline, not whose the document is.
  const colon = tokens.find((t) => t.text === ':' && t.start > all[doc].start)
  const words = colon ? all.filter((w) => w.start < colon.start) : all
  // The author is a genitive: a linking article, then a name, a title or an institution
  // ("… e Shtëpisë së Bardhë", "… i ministrit të Financave", "… e grupit të opozitës").
  // The first genitive that does not describe the document ("e përbashkët", "e shtypit") is the
  // author's or none: "Raport i inspektimit të pishinës së Laçit" is about Laç, not by it.
  const at = words.findIndex((w, i) => i > doc + 1 && isLinkingArticle(words[i - 1].text) && words[i - 1].text.length <= 3 && !(isAdjectiveWord(w) || DOCUMENT_WORDS.has(w.norm)))
  const named = (w: Token | undefined) => w !== undefined && (isCapitalised(w.text) || isAcronym(w.text) || personTitle(w.text) !== null || institutionNoun(w.text) !== null)
  // "Postim në Facebook", "Letër e hapur drejtuar Kryeministrit" name no author; "Letër drejtuar
  // Institutit Rajonal të Shëndetit Publik" names whom it is addressed to.
  const addressed = words.findIndex((w, i) => i > doc && ADDRESSED.has(w.norm))
  // "NJOFTIM PËR BANORËT E KONVIKTIT", "Përgjigje ndaj paralajmërimit të Bashkisë": a genitive after a
  // preposition is of whom or what the document is for or about ("Njoftim për shtyp i …" is no such).
  const forWhom = words.findIndex((w, i) => i > doc && i < at && TOWARDS.has(w.norm) && !PRESS.has(words[i + 1]?.norm ?? ''))
  if (at < 0 || !named(words[at]) || (addressed >= 0 && addressed < at) || forWhom >= 0) return null
  let end = at + 1
  while (end < words.length && !['për', 'mbi', 'në', 'nga', 'me', 'lidhur', 'pas', 'para', 'gjatë', 'kundër'].includes(words[end].norm) && !ADDRESSED.has(words[end].norm)) end++
  const written = line.slice(words[at].start, words[end - 1].end)
  return { name: toNominative(written) || written, written }
}

/** The heading a source's text opens with, when it has one ("Komunikatë e Sindikatës …"). */
export function openingHeading(text: string): string | null {
  const first = text.trimStart().split('\n')[0].trim()
  if (first.length === 0 || first.length > 200 || /[.!?]$/u.test(first)) return null
  const words = wordTokens(first)
  if (words.length === 0 || words.length > 24 || !isDocumentNoun(words[0].text)) return null
  return first.replace(/:$/u, '')
}

/**
 * The body a document's letterhead names: a first line of its own that is nothing but an
 * institution's name ("Policia e Shtetit", "Bashkia e Korçës"), above the text.
 */
export function letterhead(text: string): string | null {
  const body = text.trim()
  const first = body.split('\n')[0].trim()
  if (first === body || /[.!?:;…]["”»]?$/u.test(first)) return null
  return institutionName(first)
}

/** The body a heading opens with before a colon: "Shoqata Bregu i Pastër: Durrësi ka nevojë …". */
export function headingLead(heading: string): string | null {
  const colon = heading.indexOf(':')
  return colon > 0 ? institutionName(heading.slice(0, colon).trim()) : null
}

/** A line that is nothing but an institution's name ("Policia e Shtetit", "Bashkia e Korçës"). */
function institutionName(line: string): string | null {
  if (line.length > 90) return null
  const words = wordTokens(line)
  if (words.length === 0 || words.length > 10 || institutionNoun(words[0].text) === null || isDocumentNoun(words[0].text)) return null
  const nameWord = (w: Token, i: number) => isCapitalised(w.text) || isAcronym(w.text) || (i > 0 && (isLinkingArticle(w.text) || w.norm === 'dhe'))
  return words.every(nameWord) && isCapitalised(words[0].text) ? line : null
}

const MONTHS = /janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor/iu

/**
 * The names a document is signed with, from its last lines: "Besa Leka", "Ministre e
 * Drejtësisë", "Gent Dushku, kryetar i Sindikatës", "Zyra e Shtypit e Bashkisë".
 */
export function signatureLines(text: string): string[] {
  const lines = text.trimEnd().split('\n').map((l) => l.trim())
  if (lines.filter((l) => l.length > 0).length < 2) return []
  const out: string[] = []
  for (let i = lines.length - 1; i >= 0 && out.length < 3; i--) {
    const line = lines[i].replace(/^[–—-]+\s*/u, '')
    if (line === '') {
      if (out.length > 0) break
      continue
    }
    // A sentence, a quotation, or a closing formula ("Me respekt,"): the signature is below it.
    if (line.length > 90 || /[.!?…,]["”»]?$/u.test(line) || /[“„«"]/u.test(line)) break
    const words = wordTokens(line)
    if (words.length === 0 || words.length > 10) break
    if (/\d/u.test(line) && MONTHS.test(line)) continue // "Tiranë, 12 mars 2025"
    const head = words[0].text
    if (!isCapitalised(head) && !personTitle(head)) break
    out.unshift(line)
  }
  // "Dorina Gjinishi" over "Kryetare e Sindikatës …": one person and what she signs as.
  for (let i = 0; i + 1 < out.length; i++) {
    const name = nameKey(out[i])
    if (isProperName(name) && !personTitle(name[0]) && !out[i].includes(',') && personTitle(nameKey(out[i + 1])[0] ?? '')) out.splice(i, 2, `${out[i]}, ${out[i + 1]}`)
  }
  return out
}

/**
 * An author string in any of its forms: "Besa Leka", "Besa Leka, ministre e Drejtësisë",
 * "Ministria e Drejtësisë", "Gent Dushku, Sindikata e Minatorëve". Returns the entities it names,
 * the first being the author.
 */
export function learnAuthor(book: EntityBook, author: string, origin: Evidence): string[] {
  const text = author.replace(/\s+/gu, ' ').trim()
  if (text === '') return []
  const comma = text.indexOf(',')
  if (comma > 0) {
    const left = text.slice(0, comma).trim()
    const right = text.slice(comma + 1).trim()
    if (personTitle(nameKey(left)[0] ?? '')) return [book.resolve(text, origin).id]
    // "Drejtoria Vendore e …, Shkodër": a body and where it is, not a person and a body ("Zyra e shtypit, NZhR" is the party's).
    const rightWords = wordTokens(right)
    const place = rightWords.length <= 2 && rightWords.every((w) => /^\p{Lu}[^\p{Lu}]*$/u.test(w.text) && !personTitle(w.text) && institutionNoun(w.text) === null)
    if (place && institutionNoun(wordTokens(left)[0]?.text ?? '') !== null) return learnAuthor(book, left, origin)
    const person = book.resolvePerson(left, origin)
    const orgs = personTitle(nameKey(right)[0] ?? '') ? titleOrgs(right) : [right]
    const ids = orgs.map((o) => book.resolveBody(o, origin).id)
    for (const id of ids) book.link(person.id, id, origin)
    return [person.id, ...ids]
  }
  const entity = book.resolve(text, origin)
  // "Zyra e Shtypit e Ministrisë së Drejtësisë" speaks for the ministry, "… e Kryeministrit" for him.
  const words = wordTokens(text)
  // "Bordi Drejtues i Hidro-Zallvari sh.a.": an office that acts for its body, whatever its name.
  const office = isGoverningOffice(institutionNoun(words[0]?.text ?? '') ?? '')
  const inner = words.findIndex((w, i) => i > 0 && isLinkingArticle(words[i - 1].text) && (isAcronym(w.text) || ((office || institutionNoun(w.text) !== null || personTitle(w.text) !== null) && isCapitalised(w.text))))
  if (inner > 0 && institutionNoun(words[0].text)) {
    const body = book.resolveBody(toNominative(text.slice(words[inner].start)), origin)
    book.link(entity.id, body.id, origin)
  }
  return [entity.id]
}

/**
 * What a title after a name stands for: "ministre e Drejtësisë" → Ministria e Drejtësisë,
 * "prokuror pranë Prokurorisë së Apelit Shkodër" → Prokuroria e Apelit Shkodër.
 */
function titleOrgs(title: string): string[] {
  const tokens = tokenize(title)
  const end = titlePhraseEnd(tokens, 0)
  const orgs = parseTitled(title.slice(0, tokens[end - 1].end), [])?.orgs ?? []
  // "… pranë Prokurorisë …", "… në Këshillin Bashkiak …": the body named after a preposition.
  for (let i = end; i < tokens.length; i++) {
    if (!isWord(tokens[i]) || !isCapitalised(tokens[i].text)) continue
    let j = i + 1
    while (j < tokens.length && isWord(tokens[j]) && (isCapitalised(tokens[j].text) || (isLinkingArticle(tokens[j].text) && isCapitalised(tokens[j + 1]?.text ?? '')))) j++
    orgs.push(toNominative(title.slice(tokens[i].start, tokens[j - 1].end)))
    break
  }
  return orgs
}

/** Stems of capitalised words that do not open a sentence: the proper names of the texts. */
export function properStems(text: string, tokens: readonly Token[], into: Set<string>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    if (!isWord(t) || !isCapitalised(t.text)) continue
    const prev = tokens[i - 1]
    if (['.', '!', '?', ':', '“', '„', '«', '"', '–', '—', '-'].includes(prev.text)) continue
    if (text.slice(prev.end, t.start).includes('\n')) continue
    into.add(stem(t.text))
  }
}
