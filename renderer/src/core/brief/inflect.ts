// Names as the attribution notes need them: the Albanian dative ("i atribuohet Moskës"), the
// accusative of a document's title ("në Deklaratën e Shtëpisë së Bardhë") and English names.
// Case forms are made from the name (entities/inflect.ts); the data corrects the few it gets wrong.
import { resolveEntity, splitCompound } from '../entities/resolve'
import { genitiveOf } from '../entities/inflect'
import type { Entity } from '../entities/types'
import { wellKnownById } from '../entities/wellKnown'
import { isDocumentNoun } from '../speakers/lexicon'

/** A name's entity: the well-known one it names, or the name itself. */
function entityOf(name: string): Entity {
  return resolveEntity(name)
}

function dativeOfOne(name: string): string {
  const entity = entityOf(name)
  const known = entity.id.startsWith('x:') ? null : wellKnownById(entity.id)
  if (known) return known.genitive ?? genitiveOf(known.name, known.kind)
  return genitiveOf(name, entity.kind)
}

/** "Moska" → "Moskës", "Besa Leka" → "Besa Lekës", "Trump dhe Putin" → "Trumpit dhe Putinit". */
export function dativeOf(name: string): string {
  const entity = entityOf(name)
  if (entity.members && entity.members.length > 1) return splitCompound(name).map(dativeOfOne).join(' dhe ')
  return dativeOfOne(name)
}

/** "Moska" → "Moscow"; a name without an English form stays as written. */
export function englishName(name: string): string {
  const entity = entityOf(name)
  if (entity.members && entity.members.length > 1) return splitCompound(name).map(englishName).join(' and ')
  const known = entity.id.startsWith('x:') ? null : wellKnownById(entity.id)
  return known?.english ?? name
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
  const known = author.id.startsWith('x:') ? null : wellKnownById(author.id)
  if (known?.english) return `the ${known.english.replace(/^the /, '')} ${noun}`
  if (known && author.kind === 'person') return `${author.name}’s ${noun}`
  return null
}
