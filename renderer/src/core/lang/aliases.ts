import { tokenize, wordTokens } from '../text/tokenize'
import { isLinkingArticle } from './links'
import { stem } from './stem'

// Abbreviations and the full names they stand for. A quote that says "SHBA" where the
// source says "Shteteve të Bashkuara" has changed the wording, not the meaning.
export const ABBREVIATIONS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['SHBA', 'Shtetet e Bashkuara', 'Shtetet e Bashkuara të Amerikës', 'Amerika'],
  ['BE', 'Bashkimi Evropian', 'Bashkimi Europian'],
  ['OKB', 'Organizata e Kombeve të Bashkuara', 'Kombet e Bashkuara'],
  ['NATO', 'Aleanca e Atlantikut të Veriut', 'Organizata e Traktatit të Atlantikut të Veriut', 'Aleanca Veriatlantike'],
  ['FMN', 'Fondi Monetar Ndërkombëtar'],
  ['BB', 'Banka Botërore'],
  ['BQE', 'Banka Qendrore Evropiane'],
  ['KE', 'Komisioni Evropian'],
  ['PE', 'Parlamenti Evropian'],
  ['OBSH', 'Organizata Botërore e Shëndetësisë'],
  ['KQZ', 'Komisioni Qendror i Zgjedhjeve'],
  ['PS', 'Partia Socialiste'],
  ['PD', 'Partia Demokratike'],
  ['BSH', 'Banka e Shqipërisë'],
  ['INSTAT', 'Instituti i Statistikave'],
  ['FSHF', 'Federata Shqiptare e Futbollit'],
  ['OSBE', 'Organizata për Siguri dhe Bashkëpunim në Evropë'],
  ['BERZH', 'Banka Evropiane për Rindërtim dhe Zhvillim'],
  ['MPJ', 'Ministria e Punëve të Jashtme'],
  ['SPAK', 'Struktura e Posaçme Antikorrupsion'],
  ['RMV', 'Republika e Maqedonisë së Veriut'],
]

export interface AliasPhrase {
  group: number
  /** Stems of the phrase's words; null marks a connector that may take any case form. */
  stems: (string | null)[]
}

export function phraseKey(word: string): string | null {
  // Linking articles vary with case inside a name; "dhe" joins its parts.
  const s = stem(word)
  return isLinkingArticle(s) || s === 'dhe' ? null : s
}

const phrases: AliasPhrase[] = []
ABBREVIATIONS.forEach((forms, group) => {
  for (const form of forms) {
    const words = wordTokens(form)
    phrases.push({ group, stems: words.map((w) => phraseKey(w.text)) })
  }
})

const byFirst = new Map<string, AliasPhrase[]>()
for (const p of phrases) {
  const first = p.stems[0]
  if (first === null) continue
  const list = byFirst.get(first) ?? []
  list.push(p)
  byFirst.set(first, list)
}
for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length)

/**
 * Alias phrases starting at `index` in a sequence of word stems (null = connector).
 * Returns [group, length] pairs, longest first.
 */
export function aliasesAt(keys: ReadonlyArray<string | null>, index: number): Array<[number, number]> {
  const first = keys[index]
  if (first === null || first === undefined) return []
  const list = byFirst.get(first)
  if (!list) return []
  const out: Array<[number, number]> = []
  for (const p of list) {
    if (index + p.stems.length > keys.length) continue
    let ok = true
    for (let k = 1; k < p.stems.length && ok; k++) ok = p.stems[k] === keys[index + k]
    if (ok) out.push([p.group, p.stems.length])
  }
  return out
}

/** Two phrases that name the same thing through the abbreviation table. */
export function sameAlias(a: string, b: string): boolean {
  const ka = wordTokens(a).map((t) => phraseKey(t.text))
  const kb = wordTokens(b).map((t) => phraseKey(t.text))
  const ga = aliasesAt(ka, 0).filter(([, n]) => n === ka.length).map(([g]) => g)
  const gb = aliasesAt(kb, 0).filter(([, n]) => n === kb.length).map(([g]) => g)
  return ga.some((g) => gb.includes(g))
}

/** The full name an abbreviation stands for, as words ("BE" → Bashkimi Evropian), if listed. */
export function expansion(abbreviation: string): string[] | null {
  const forms = ABBREVIATIONS.find(([short]) => short === abbreviation)
  if (!forms || forms.length < 2) return null
  return tokenize(forms[1]).filter((t) => t.kind !== 'punct' && !isLinkingArticle(t.text)).map((t) => t.text)
}
