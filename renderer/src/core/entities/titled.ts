import { isCapitalised, tokenize, type Token } from '../text/tokenize'
import { isStopword } from '../lang/stopwords'
import { isLinkingArticle, NAME_PARTICLES } from '../lang/links'
import { DEFAULT_ENTITIES } from './wellKnown'
import type { Entity } from './types'
import { nameKey } from './names'
import { ADJECTIVE } from './nominative'
import { bestKnown, resolveEntity } from './resolve'
import { FAMILY_TITLES, institutionNoun, isMinisterTitle, isStateTitle, nationality, personTitle, titleDefaults } from './titles'

export interface Titled {
  /** The title phrase in the nominative ("Ministres së Shëndetësisë" → "Ministrja e Shëndetësisë"). */
  title: string
  /** Canonical names of the institutions the title speaks for. */
  orgs: string[]
  /** The personal name that follows the title, if any ("Taulant Balla"). */
  name: string | null
}

const isLink = isLinkingArticle

/** Short adjectives of rank that follow a title: "Komisioneri i Lartë", "Kryetari i Ri", "Zëvendësi i Parë". */
const RANK_ADJECTIVES = new Set(['ri', 're', 'parë', 'lartë', 'vjetër'])
const isAdjective = (norm: string) => ADJECTIVE.test(norm) || RANK_ADJECTIVES.has(norm)

/**
 * A capitalised word that still belongs to an institution's name: an adjective ("Agjencisë
 * Kombëtare"), or a word a linking article follows ("Kombëtare të Ujit"), not a person's name.
 */
export function continuesName(word: string, next: string | undefined): boolean {
  if (!isCapitalised(word)) return false
  return ADJECTIVE.test(word.toLowerCase()) || (next !== undefined && isLink(next))
}

/** "e Jashtme" for a ministry where the minister is "i Jashtëm". */
function feminineAdjective(word: string): string {
  return word.replace(/ëm$/u, 'me').replace(/shëm$/u, 'shme')
}

/**
 * Past what stands between a title and its body's name: "në detyrë" ("Ministri në detyrë i
 * Infrastrukturës"), a lower-case remit ("Sekretari për komunikimin i PS-së"); else `j`.
 */
export function pastTitleModifiers(tokens: readonly Token[], j: number): number {
  const word = (k: number) => tokens[k] !== undefined && tokens[k].kind !== 'punct'
  if (tokens[j]?.norm === 'në' && tokens[j + 1]?.norm === 'detyrë') j += 2
  if (tokens[j]?.norm !== 'për') return j
  let k = j + 1
  while (word(k) && !isCapitalised(tokens[k].text) && !isLink(tokens[k].text) && !isStopword(tokens[k].text)) k++
  const bodyFollows = word(k) && isLink(tokens[k].text) && word(k + 1) && (isCapitalised(tokens[k + 1].text) || /^\p{Lu}{2,}/u.test(tokens[k + 1].text))
  return k > j + 1 && bodyFollows ? k : j
}

/**
 * A title and what it is the title of: "ministri i Brendshëm Taulant Balla" is Taulant Balla,
 * who speaks for "Ministria e Brendshme"; "zëdhënësi i Kremlinit" speaks for the Kremlin;
 * "ambasadori amerikan" for the United States; "Kryeministri" alone for the government.
 */
export function parseTitled(surface: string, known: readonly Entity[] = DEFAULT_ENTITIES): Titled | null {
  const text = surface.trim()
  const tokens = tokenize(text).filter((t) => t.kind !== 'punct' || t.text === ',')
  if (tokens.length === 0 || tokens[0].kind === 'punct') return null
  const title = personTitle(tokens[0].text)
  if (!title) return null
  const orgs: string[] = []
  let j = 1
  let complement: [number, number] | null = null
  const country = tokens[j] && !isCapitalised(tokens[j].text) ? nationality(tokens[j].text) : null
  if (country) {
    if (isStateTitle(title)) orgs.push(country)
    j++
  }
  const word = (k: number) => tokens[k] !== undefined && tokens[k].kind !== 'punct'
  j = pastTitleModifiers(tokens, j)
  // "Presidenti i Klubit të Notit Laçi, Dorian Sula": with the holder after a comma, every capitalised word before it is the body's.
  const comma = tokens.findIndex((t) => t.text === ',')
  // "Drejtori ekzekutiv i kompanisë", "Drejtori rajonal i Operatorit": an adjective before the complement.
  const adjectives = j
  while (word(j) && isAdjective(tokens[j].norm) && j - adjectives < 2) j++
  // "Drejtori sportiv, Kushtrim Rexhbeçaj": or before the comma and the holder's name.
  if (j > adjectives && !(word(j) && isLink(tokens[j].text)) && tokens[j]?.text !== ',') j = adjectives
  // "deputeti socialist Arben Troka", "deputeti demokrat": a lower-case word that says which, before the name.
  const describes = word(j) && !isCapitalised(tokens[j].text) && !isLink(tokens[j].text) && !isStopword(tokens[j].text) && tokens[j].norm !== 'për'
  if (j === adjectives && describes && (j + 1 === tokens.length || (word(j + 1) && isCapitalised(tokens[j + 1].text)))) j++
  if (word(j) && isLink(tokens[j].text) && word(j + 1)) {
    const from = j + 1
    j += 2
    for (;;) {
      if (word(j) && (isLink(tokens[j].text) || (tokens[j].norm === 'dhe' && isCapitalised(tokens[j + 1]?.text ?? ''))) && word(j + 1)) j += 2
      else if (word(j) && !isCapitalised(tokens[j].text) && !isStopword(tokens[j].text) && !isLink(tokens[j].text)) j++
      // A capitalised word after a common noun starts the holder's name, even one shaped like an
      // adjective: "deputeti i opozitës Kreshnik Mala" is Kreshnik Mala, of the opposition.
      else if (word(j) && continuesName(tokens[j].text, tokens[j + 1]?.text) && (isCapitalised(tokens[j - 1].text) || isLink(tokens[j + 1]?.text ?? ''))) j++
      else if (word(j) && j < comma && (isCapitalised(tokens[j].text) || /^\p{Lu}{2,}/u.test(tokens[j].text))) j++
      // "zyrtar i Bashkisë Durrës": one last capitalised word after a body's noun is its place, not a holder.
      else if (word(j) && j === tokens.length - 1 && isCapitalised(tokens[j].text) && isCapitalised(tokens[j - 1].text) && institutionNoun(tokens[j - 1].text) !== null) j++
      else break
    }
    complement = [from, j]
  }
  // "ministre për Integrimin Evropian", "Komisionerja për Zgjerimin", "Ministri për Evropën dhe Punët e Jashtme".
  let remit: string | null = null
  if (word(j) && tokens[j].norm === 'për' && word(j + 1)) {
    let k = j + 1
    const joins = (t: Token) => isLink(t.text) || t.norm === 'dhe'
    while (word(k) && (isCapitalised(tokens[k].text) || (joins(tokens[k]) && isCapitalised(tokens[k + 1]?.text ?? '')))) k++
    if (k > j + 1) remit = text.slice(tokens[j].start, tokens[k - 1].end)
    j = Math.max(k, j + 2)
  }
  const titleEnd = j
  if (tokens[j]?.text === ',') j++
  const rest = tokens.slice(j)
  const nameWord = (t: (typeof tokens)[number]) => t.kind !== 'punct' && (isCapitalised(t.text) || /^\p{Lu}{2,}/u.test(t.text) || NAME_PARTICLES.has(t.norm) || t.norm === 'dhe')
  const name = rest.length > 0 && rest.every(nameWord) && isCapitalised(rest[0].text) ? text.slice(rest[0].start).trim() : null
  if (rest.length > 0 && name === null) return null
  // The title phrase in the nominative: the title word, then its linking article.
  const head = tokens[0].text
  const nominativeTitle = isCapitalised(head) ? title[0].toUpperCase() + title.slice(1) : title
  const parts: string[] = [nominativeTitle]
  for (let k = 1; k < titleEnd; k++) {
    let w = tokens[k].text
    if (k === 1 && isLink(w)) w = /(ja|a)$/u.test(title) ? 'e' : 'i'
    parts.push(w)
  }
  if (complement) {
    const [from, to] = complement
    if (isMinisterTitle(title)) {
      // "i Jashtëm i Rusisë": the ministry is "e Jashtme", the country Russia.
      let cut = to
      for (let k = from + 1; k < to; k++) {
        if (!isLink(tokens[k].text)) continue
        const tail = nameKey(text.slice(tokens[k + 1].start, tokens[to - 1].end))
        const hit = bestKnown(tail, known)
        if (hit?.exact) {
          orgs.push(hit.entity.name)
          cut = k
          break
        }
      }
      // "i Jashtëm grek": the nationality after the ministry names its country.
      while (cut > from + 1 && !isCapitalised(tokens[cut - 1].text) && nationality(tokens[cut - 1].text)) {
        orgs.push(nationality(tokens[cut - 1].text) as string)
        cut--
      }
      const words = tokens.slice(from, cut).map((t) => (isLink(t.text) ? t.text : feminineAdjective(t.text)))
      orgs.unshift('Ministria e ' + words.join(' '))
    } else {
      // Start at the first name or institution in the complement: "i përgjithshëm i Policisë"
      // is the Police's, "i përgjithshëm i kompanisë" the company's.
      // "i Përgjithshëm i Policisë", "Ekzekutiv i …": an adjective before a linking article is the title's.
      const titleAdjective = (k: number) => isAdjective(tokens[k].norm) && isLink(tokens[k + 1]?.text ?? '') && k + 1 < to
      const first = tokens.slice(from, to).findIndex((t, k) => !titleAdjective(from + k) && (isCapitalised(t.text) || /^\p{Lu}{2,}/u.test(t.text) || institutionNoun(t.text) !== null))
      const at = first >= 0 ? from + first : from
      const genitive = text.slice(tokens[at].start, tokens[to - 1].end)
      // "Gjyqtarja e çështjes": a complement with no name and no institution is no body spoken for.
      if (first >= 0) orgs.push(resolveEntity(genitive, known).name)
      // "Prefekti i Qarkut të Dibrës" heads the Prefektura e Qarkut të Dibrës; "Gjyqtarja e
      // çështjes" heads no "Gjykata e çështjes": a common noun names no body.
      const named = tokens.slice(at, to).some((t) => isCapitalised(t.text) || /^\p{Lu}{2,}/u.test(t.text))
      if (named) for (const office of titleDefaults(title)) if (!office.includes(' ')) orgs.push(`${office} ${/a$/u.test(office) ? 'e' : 'i'} ${genitive}`)
    }
  } else if (remit && isMinisterTitle(title)) orgs.push(`Ministria ${remit}`)
  else if (!country) orgs.push(...titleDefaults(title))
  // "Babai i Erionit": a relative speaks for no one.
  return { title: parts.join(' '), orgs: FAMILY_TITLES.has(title) ? [] : [...new Set(orgs)], name }
}
