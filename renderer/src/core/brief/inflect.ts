// Names as the attribution notes need them: the Albanian dative ("i atribuohet Moskës"), the
// accusative of a document's title ("në Deklaratën e Shtëpisë së Bardhë") and English names.
// Known entities come from a table; an unknown name is never inflected by guesswork, the
// sentence is built so that it can stand in the nominative instead.
import { resolveEntity } from '../entities/resolve'
import { isDocumentNoun } from '../speakers/lexicon'

/** Dative (= genitive) of the known entities, by entity id. */
const DATIVE: Record<string, string> = {
  'white-house': 'Shtëpisë së Bardhë',
  washington: 'Uashingtonit',
  usa: 'Shteteve të Bashkuara',
  'state-dept': 'Departamentit të Shtetit',
  trump: 'Donald Trumpit',
  rubio: 'Marco Rubios',
  kremlin: 'Kremlinit',
  moscow: 'Moskës',
  russia: 'Rusisë',
  putin: 'Vladimir Putinit',
  peskov: 'Dmitry Peskovit',
  lavrov: 'Sergei Lavrovit',
  ukraine: 'Ukrainës',
  kyiv: 'Kievit',
  zelensky: 'Volodymyr Zelenskyt',
  eu: 'Bashkimit Evropian',
  brussels: 'Brukselit',
  commission: 'Komisionit Evropian',
  nato: 'NATO-s',
  un: 'OKB-së',
  imf: 'FMN-së',
  'world-bank': 'Bankës Botërore',
  who: 'OBSH-së',
  albania: 'Shqipërisë',
  tirana: 'Tiranës',
  'al-gov': 'Qeverisë shqiptare',
  rama: 'Edi Ramës',
  berisha: 'Sali Berishës',
  begaj: 'Bajram Begajt',
  veliaj: 'Erion Veliajt',
  ps: 'Partisë Socialiste',
  pd: 'Partisë Demokratike',
  kqz: 'KQZ-së',
  bsh: 'Bankës së Shqipërisë',
  spak: 'SPAK-ut',
  kosovo: 'Kosovës',
  pristina: 'Prishtinës',
  kurti: 'Albin Kurtit',
  osmani: 'Vjosa Osmanit',
  serbia: 'Serbisë',
  belgrade: 'Beogradit',
  vucic: 'Aleksandar Vučićit',
  china: 'Kinës',
  beijing: 'Pekinit',
  macron: 'Emmanuel Macronit',
  france: 'Francës',
  paris: 'Parisit',
  germany: 'Gjermanisë',
  berlin: 'Berlinit',
}

/** English names where they differ from the Albanian, by entity id. */
const ENGLISH: Record<string, string> = {
  'white-house': 'the White House',
  washington: 'Washington',
  usa: 'the United States',
  'state-dept': 'the State Department',
  kremlin: 'the Kremlin',
  moscow: 'Moscow',
  russia: 'Russia',
  ukraine: 'Ukraine',
  kyiv: 'Kyiv',
  eu: 'the European Union',
  brussels: 'Brussels',
  commission: 'the European Commission',
  un: 'the UN',
  imf: 'the IMF',
  'world-bank': 'the World Bank',
  who: 'the WHO',
  albania: 'Albania',
  tirana: 'Tirana',
  'al-gov': 'the Albanian government',
  ps: 'the Socialist Party',
  pd: 'the Democratic Party',
  bsh: 'the Bank of Albania',
  kosovo: 'Kosovo',
  pristina: 'Pristina',
  serbia: 'Serbia',
  belgrade: 'Belgrade',
  china: 'China',
  beijing: 'Beijing',
  france: 'France',
  paris: 'Paris',
  germany: 'Germany',
  berlin: 'Berlin',
}

/** Entity ids of a name: one, or the members of a compound ("Trump dhe Putin"). */
function memberIds(name: string): string[] {
  const entity = resolveEntity(name)
  return entity.members && entity.members.length > 0 ? entity.members : [entity.id]
}

/** "Moska" → "Moskës"; null when any part of the name is not in the table. */
export function dativeOf(name: string): string | null {
  const forms = memberIds(name).map((id) => DATIVE[id])
  return forms.every((f) => f !== undefined) ? forms.join(' dhe ') : null
}

/** "Moska" → "Moscow"; people and unknown names stay as written. */
export function englishName(name: string): string {
  const ids = memberIds(name)
  const entity = resolveEntity(name)
  if (ids.length > 1) {
    const parts = ids.map((id, i) => ENGLISH[id] ?? entity.name.split(' dhe ')[i] ?? id)
    return parts.join(' and ')
  }
  return ENGLISH[ids[0]] ?? name
}

/** The document noun of a title and the rest: "Deklarata" + "e Shtëpisë së Bardhë". */
function splitTitle(title: string): { head: string; rest: string } | null {
  const m = /^(\S+)(\s.*)?$/u.exec(title.trim())
  if (!m || !isDocumentNoun(m[1])) return null
  return { head: m[1], rest: m[2] ?? '' }
}

/**
 * "Deklarata e Shtëpisë së Bardhë" → "Deklaratën e Shtëpisë së Bardhë", for "në …".
 * Only a title that starts with a definite document noun is inflected; null otherwise.
 */
export function accusativeTitle(title: string): string | null {
  const parts = splitTitle(title)
  if (!parts) return null
  const { head, rest } = parts
  let form: string | null = null
  if (/ja$/u.test(head)) form = head.replace(/ja$/u, 'jen') // Përgjigja → Përgjigjen
  else if (/a$/u.test(head)) form = head.replace(/a$/u, 'ën') // Deklarata → Deklaratën
  else if (/i$/u.test(head)) form = `${head}n` // Njoftimi → Njoftimin
  return form ? form + rest : null
}

const DOCUMENTS_EN: Array<[RegExp, string]> = [
  [/^deklarat/u, 'statement'],
  [/^komunikat/u, 'communiqué'],
  [/^njoftim/u, 'announcement'],
  [/^raport/u, 'report'],
  [/^fjalim/u, 'speech'],
  [/^intervist/u, 'interview'],
  [/^letr|^letër/u, 'letter'],
  [/^mesazh/u, 'message'],
  [/^postim/u, 'post'],
  [/^reagim/u, 'reaction'],
  [/^transkript/u, 'transcript'],
  [/^qëndrim/u, 'position'],
  [/^vendim/u, 'decision'],
  [/^rezolut/u, 'resolution'],
]

/** "Deklarata e Shtëpisë së Bardhë" → "the White House statement"; null when it cannot tell. */
export function englishTitle(title: string): string | null {
  const parts = splitTitle(title)
  if (!parts) return null
  const noun = DOCUMENTS_EN.find(([re]) => re.test(parts.head.toLowerCase()))?.[1]
  const genitive = parts.rest.trim().replace(/^(e|i|të|së)\s+/u, '')
  if (!noun || genitive === '') return null
  const author = resolveEntity(genitive)
  const english = ENGLISH[author.id]
  if (english) return `the ${english.replace(/^the /, '')} ${noun}`
  if (author.kind === 'person' && DATIVE[author.id]) return `${author.name}’s ${noun}`
  return null
}
