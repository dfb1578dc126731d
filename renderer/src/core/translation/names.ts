// Names that survive translation: places, institutions and people, with their forms in each
// language (data/names.json), and a cognate test for the names no table lists ("Witkoff").
import { isCapitalised, wordTokens, type Token } from '../text/tokenize'
import { sameStem } from '../lang/stem'
import { fold, language, type Language } from './languages'
import namesData from './data/names.json' with { type: 'json' }

interface Form {
  entry: number
  /** The form's words; null for a linking word that changes with case ("Deti i Zi", "Detin e Zi"). */
  words: (string | null)[]
  /** A form written with a capital must be met with one ("Turkey", not "turkey"). */
  capitalised: boolean
}

export interface NameMatch {
  entry: number
  /** Indexes in the word list: [first, last + 1). */
  from: number
  to: number
}

/** Names from the table, by language: entry i has forms in every language. */
const TABLE: Record<string, string[]> = { en: [], sq: [] }
for (const [en, sq] of namesData as [string, string][]) {
  TABLE.en.push(en)
  TABLE.sq.push(sq)
}

const indexes = new Map<string, Map<string, Form[]>>()

// Indexed by the first letters before a hyphen or apostrophe: "BE-së" and "EU's" find "BE", "EU".
const prefixOf = (word: string) => fold(word).split(/[-']/)[0].slice(0, 3)

function indexOf(code: string): Map<string, Form[]> {
  let index = indexes.get(code)
  if (index) return index
  index = new Map()
  const lang = language(code)
  ;(TABLE[code] ?? []).forEach((forms, entry) => {
    for (const form of forms.split('|')) {
      const words = wordTokens(form).map((w) => w.text)
      const parsed: Form = { entry, words: words.map((w, i) => (i > 0 && lang.isFunctionWord(w) ? null : w)), capitalised: isCapitalised(form) }
      const key = prefixOf(words[0])
      const list = index!.get(key) ?? []
      list.push(parsed)
      index!.set(key, list)
    }
  })
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  indexes.set(code, index)
  return index
}

function startsWithForm(word: string, form: string): boolean {
  const base = form.length > 3 ? form.replace(/[aeiou]$/, '') : form
  return word.startsWith(base) && word.length - base.length <= 3
}

function formAt(form: Form, words: readonly Token[], at: number, lang: Language): boolean {
  if (at + form.words.length > words.length) return false
  if (form.capitalised && !isCapitalised(words[at].text)) return false
  return form.words.every((w, k) => {
    const token = words[at + k].text
    if (w === null) return lang.isFunctionWord(token)
    // A lower-case form is an adjective ("ruse", "amerikane"): it must begin the word, so that
    // "armen" (Armenian) never meets "armëve" (weapons).
    if (!isCapitalised(w)) return startsWithForm(fold(token), fold(w))
    // "EU-facilitated", "NATO-s": a compound or an inflected acronym names by its head.
    if (form.words.length === 1 && token.includes('-') && lang.sameWord(w, token.split('-')[0])) return true
    // An inflection keeps all of the name but its last letter ("Tiranës", "Parisit"): "Parë" is no "Paris".
    return lang.sameWord(w, token) && fold(token).startsWith(fold(w).slice(0, -1))
  })
}

/** The table's names among a sentence's words, longest first, not overlapping. */
export function tableNames(words: readonly Token[], code: string): NameMatch[] {
  const index = indexOf(code)
  const lang = language(code)
  const out: NameMatch[] = []
  for (let i = 0; i < words.length; i++) {
    const forms = index.get(prefixOf(words[i].text))
    const found = forms?.find((form) => formAt(form, words, i, lang))
    if (!found) continue
    out.push({ entry: found.entry, from: i, to: i + found.words.length })
    i += found.words.length - 1
  }
  return out
}

function bigrams(s: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2))
  return out
}

/**
 * The consonants of a name as it sounds, the way Albanian spells foreign names: Wales/Uells,
 * Washington/Uashington, Macron/Makron, Biden/Bajden, Football/Futboll, Rwanda/Ruanda,
 * Liechtenstein/Lihtenshtajn, Chad/Çad all keep their skeleton.
 */
export function skeleton(word: string): string {
  // Albanian Ç and an English "ch" that opens a word are one sound (Chad/Çad, Chicago/Çikago): kept apart from C and K.
  const w = fold(word.replace(/ç/giu, '§').replace(/^ch/iu, '§'))
    .replace(/'s$/, '')
    .replace(/ph/g, 'f')
    .replace(/sch/g, 'sh')
    // A "ch" inside a word is German's, written "h".
    .replace(/(?<=.)ch/g, 'h')
    .replace(/sh/g, 's')
    .replace(/ck|c(?=[aou]|$)|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'u')
    .replace(/[jy]/g, 'i')
    .replace(/(.)\1+/g, '$1')
  return w[0] + w.slice(1).replace(/[aeiou]/g, '')
}

/**
 * The same name written in two languages: "Trump"/"Trumpit", "Witkoff"/"Witkoffi",
 * "Zelensky"/"Zelenskit", "Rama"/"Ramës", "Wales"/"Uells". An inflection of one another, five
 * shared first letters, the same sounding skeleton, or most letter pairs in common.
 */
export function cognate(a: string, b: string): boolean {
  const x = fold(a).replace(/'s$/, '')
  const y = fold(b)
  if (x === y) return true
  let p = 0
  while (p < x.length && p < y.length && x[p] === y[p]) p++
  if (p >= 5 || (p >= 3 && p === Math.min(x.length, y.length)) || sameStem(x, y)) return true
  const sx = skeleton(a)
  const sy = skeleton(b)
  // The same skeleton, or one that differs only in a last consonant of inflection (Konventës/Convention).
  let q = 0
  while (q < sx.length && q < sy.length && sx[q] === sy[q]) q++
  const shorter = Math.min(sx.length, sy.length)
  if (shorter >= 3 && (sx === sy || (q >= Math.min(4, shorter) && q >= shorter - 1 && Math.abs(sx.length - sy.length) <= 1))) return true
  const bx = bigrams(x)
  const by = bigrams(y)
  if (bx.length === 0 || by.length === 0) return false
  const pool = [...by]
  let shared = 0
  for (const g of bx) {
    const k = pool.indexOf(g)
    if (k >= 0) {
      shared++
      pool.splice(k, 1)
    }
  }
  return (2 * shared) / (bx.length + by.length) >= 0.6
}
