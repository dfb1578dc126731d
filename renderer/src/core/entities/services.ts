import { foldWord } from '../text/normalise'
import { institutionNoun } from './titles'
import type { NameKey } from './names'

// Public services and the ministry of their field: a regional hospital works under the ministry
// of health, a prison directorate under the ministry of justice, a protected-areas agency under
// the ministry of the environment. Neither can be known to be the
// other's opponent. Courts are not here: they answer to no ministry.
const FIELDS: ReadonlyArray<{ ministry: string; services: readonly string[] }> = [
  { ministry: 'shendet', services: ['spital', 'klinik', 'poliklinik', 'maternitet', 'sanatorium', 'shendet'] },
  { ministry: 'arsim', services: ['shkoll', 'gjimnaz', 'kopsht', 'cerdh', 'universitet', 'fakultet', 'arsim'] },
  { ministry: 'brendshm', services: ['polic', 'prefektur', 'komisariat'] },
  { ministry: 'drejtesi', services: ['burg'] },
  { ministry: 'kultur', services: ['muze', 'teat', 'bibliotek', 'galeri', 'oper', 'filarmoni', 'kultur'] },
  { ministry: 'mbrojtj', services: ['ushtri'] },
  { ministry: 'mjedis', services: ['mjedis', 'zona', 'park', 'pyj'] },
]

/** Offices named for the service they run: "Drejtoria e Përgjithshme e Burgjeve", "Drejtoria Rajonale e Arsimit". */
const OFFICES = new Set(['drejtoria', 'agjencia', 'inspektorati', 'instituti'])

const startsAny = (word: string, stems: readonly string[]) => stems.some((s) => foldWord(word).startsWith(s))

/** The field of a ministry by the first word of its name that names one ("Ministria e Punëve të Brendshme"). */
function ministryField(key: NameKey): string | null {
  if (institutionNoun(key[0] ?? '') !== 'ministria') return null
  for (const word of key.slice(1)) {
    const field = FIELDS.find((f) => foldWord(word).startsWith(f.ministry))
    if (field) return field.ministry
  }
  return null
}

/** Whether a body runs a service in the field: by its head noun, or an office by the words after it. */
function servesIn(key: NameKey, field: string): boolean {
  const stems = FIELDS.find((f) => f.ministry === field)?.services ?? []
  const head = institutionNoun(key[0] ?? '')
  if (head === null || head === 'ministria') return false
  return startsAny(head, stems) || (OFFICES.has(head) && key.slice(1).some((w) => startsAny(w, stems)))
}

/** Whether the body named by `service` works under the ministry named by `ministry`. */
export function worksUnder(service: NameKey, ministry: NameKey): boolean {
  const field = ministryField(ministry)
  return field !== null && servesIn(service, field)
}
