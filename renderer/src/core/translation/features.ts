// What survives translation in one sentence: its numbers (in digits or words), dates, names,
// whether it is negated, and the lexicon entries its words can stand for.
import { isCapitalised, tokenize, type Token } from '../text/tokenize'
import { fold, language, type Language } from './languages'
import type { Lexicon } from './lexicon'
import { tableNames } from './names'
import type { Sentence } from './segment'
import { numbersInWord, readDigits } from '../numbers/numbers'

export interface Mention {
  text: string
  start: number
  end: number
}

export interface NumberMention extends Mention {
  /** Canonical value: "1.500" (sq) and "1,500" (en) → "1500"; "3,5 për qind" → "3.5%"; "thirty" → "30". */
  value: string
  /** "të dy", "both": all of a group, which the other language may say without a number. */
  collective?: boolean
  /** A year standing alone ("by 2035", "në vitin 2033"). */
  year?: boolean
}

export interface DateMention extends Mention {
  month?: number
  weekday?: number
  day?: number
  year?: number
}

export interface NameMention extends Mention {
  /** Entry in the names table, or null for a name found by its capital alone. */
  entry: number | null
  /** After a body's title and its linking word ("Instituti i Gjeoshkencave", "Institute of Geosciences"): perhaps a translated part of its name. */
  inBody?: boolean
  /** The words of a table name that are no common word ("Botërore" of "Banka Botërore"): the ones its spelling may show in the other text. */
  proper?: string[]
}

export interface SentenceFeatures extends Sentence {
  lang: string
  words: Token[]
  numbers: NumberMention[]
  dates: DateMention[]
  names: NameMention[]
  /** The first negation ("not", "never", "nuk", "s'ka"), or null. */
  negation: Mention | null
  /** Per counted word: the anchors it carries (lexicon entries, names, numbers, dates). */
  anchors: string[][]
}

const mention = (text: string, tokens: readonly Token[]): Mention => ({
  text: text.slice(tokens[0].start, tokens[tokens.length - 1].end),
  start: tokens[0].start,
  end: tokens[tokens.length - 1].end,
})

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6)
}

/** The value of a number written in digits, read with the language's separators. */
export function digitsValue(token: string, lang: Language): string {
  const t = token.replace(/%$/, '')
  const read = readDigits(t, { decimal: lang.data.decimalSeparator, group: lang.data.groupSeparator })
  let n: number | null = read ? Number(read.whole + (read.fraction !== null ? `.${read.fraction}` : '')) : null
  // The other convention where it cannot be a thousands group ("3.5" in an Albanian text).
  if (n === null && /^\d+[.,]\d{1,2}$|^\d+[.,]\d{4,}$/.test(t)) n = Number(t.replace(',', '.'))
  // Dates, times and ranges ("12.03.2024", "10:30", "2024/25") compare as written.
  return n === null ? t : formatNumber(n)
}

interface NumberWords {
  units: Map<string, number>
  multipliers: Map<string, number>
  connectors: Set<string>
  articleLike: Set<string>
  collectiveBefore: Set<string>
  collectiveWords: Set<string>
  yearWords: Set<string>
  fractions: Map<string, number>
  fractionArticles: Set<string>
  percent: string[][]
}

const numberWordsCache = new Map<string, NumberWords>()

function numberWords(lang: Language): NumberWords {
  let found = numberWordsCache.get(lang.data.code)
  if (!found) {
    const n = lang.data.numbers
    found = {
      units: new Map(Object.entries(n.units).map(([w, v]) => [fold(w), v])),
      multipliers: new Map(Object.entries(n.multipliers).map(([w, v]) => [fold(w), v])),
      connectors: new Set(n.connectors.map(fold)),
      articleLike: new Set(n.articleLike.map(fold)),
      collectiveBefore: new Set(n.collectiveBefore.map(fold)),
      collectiveWords: new Set(n.collectiveWords.map(fold)),
      yearWords: new Set(lang.data.yearWords.map(fold)),
      fractions: new Map(Object.entries(n.fractions).map(([w, v]) => [fold(w), v])),
      fractionArticles: new Set(n.fractionArticles.map(fold)),
      percent: n.percent.map((p) => p.split(/\s+/).map(fold)),
    }
    numberWordsCache.set(lang.data.code, found)
  }
  return found
}

/** Length of a percent phrase ("%", "percent", "per cent", "për qind") at tokens[i], or 0. */
function percentAt(tokens: readonly Token[], i: number, words: NumberWords): number {
  if (tokens[i]?.text === '%') return 1
  for (const phrase of words.percent) {
    if (phrase.every((w, k) => tokens[i + k] && fold(tokens[i + k].text) === w)) return phrase.length
  }
  return 0
}

/** A fraction after a connector ("a half" in "two and a half"), as its value and the tokens it takes. */
function fractionAt(tokens: readonly Token[], k: number, words: NumberWords): { value: number; length: number } | null {
  const article = tokens[k] && words.fractionArticles.has(fold(tokens[k].text)) ? 1 : 0
  const value = tokens[k + article] ? words.fractions.get(fold(tokens[k + article].text)) : undefined
  return value === undefined ? null : { value, length: article + 1 }
}

function wordParts(token: Token): string[] {
  return token.kind === 'word' ? fold(token.text).split('-') : []
}

/** Numbers in digits and in words, with scale words and percentages; `skip` holds tokens taken by dates. */
function findNumbers(text: string, tokens: readonly Token[], lang: Language, skip: Set<number>): NumberMention[] {
  const words = numberWords(lang)
  const out: NumberMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i)) continue
    const token = tokens[i]
    let value: number | string | null = null
    let last = i
    if (token.kind === 'number') {
      const digits = digitsValue(token.text, lang)
      value = /^[\d.]+$/.test(digits) ? Number(digits) : digits
      const multiplier = words.multipliers.get(fold(tokens[i + 1]?.text ?? ''))
      if (typeof value === 'number' && multiplier) {
        value *= multiplier
        last = i + 1
      }
    } else if (token.kind === 'word' && /\d/u.test(token.text)) {
      // A number inside a compound: "end-2024", "COVID-19".
      for (const n of numbersInWord(token)) out.push({ ...n, value: digitsValue(n.text, lang) })
      continue
    } else if (token.kind === 'word') {
      // "thirty", "twenty-five", "njëzet e pesë", "tre mijë", "one hundred and fifty".
      let total = 0
      let current = 0
      let lastMultiplier = 1
      let count = 0
      let onlyArticle = true
      let j = i
      for (; j < tokens.length && !skip.has(j); j++) {
        const parts = wordParts(tokens[j])
        if (parts.length === 0) break
        // "two and a half (million)": of the units; "dy milionë e gjysmë": of the scale word before.
        const fraction = count > 0 && parts.length === 1 && words.connectors.has(parts[0]) ? fractionAt(tokens, j + 1, words) : null
        if (fraction) {
          if (current > 0) current += fraction.value
          else total += fraction.value * lastMultiplier
          j += fraction.length
          onlyArticle = false
          continue
        }
        if (count > 0 && parts.length === 1 && words.connectors.has(parts[0]) && wordParts(tokens[j + 1] ?? tokens[j]).every((p) => words.units.has(p))) continue
        // "two-match", "five-year": a number word that opens a compound is that number.
        if (count === 0 && parts.length > 1 && words.units.has(parts[0]) && !words.articleLike.has(parts[0]) && !parts.slice(1).some((p) => words.units.has(p) || words.multipliers.has(p))) {
          current = words.units.get(parts[0]) as number
          count = 1
          onlyArticle = false
          j++
          break
        }
        if (!parts.every((p) => words.units.has(p) || words.multipliers.has(p))) break
        for (const p of parts) {
          const unit = words.units.get(p)
          const multiplier = words.multipliers.get(p)
          if (unit !== undefined) current += unit
          else if (multiplier === 100) current = (current || 1) * 100
          else if (multiplier !== undefined) {
            total += (current || 1) * multiplier
            current = 0
            lastMultiplier = multiplier
          }
          if (!words.articleLike.has(p)) onlyArticle = false
          count++
        }
      }
      if (count > 0 && !onlyArticle) {
        value = total + current
        last = j - 1
        // A connector that joined nothing is not part of the number.
        while (last > i && words.connectors.has(fold(tokens[last].text))) last--
      }
    }
    if (value === null) continue
    const percent = percentAt(tokens, last + 1, words) || (token.text.endsWith('%') ? -1 : 0)
    const canonical = (typeof value === 'number' ? formatNumber(value) : value) + (percent !== 0 || rangeOfPercents(tokens, last + 1, lang, words) ? '%' : '')
    // The mention is the number as written ("45", "1,5 miliardë"), without its percent sign.
    const shown = mention(text, tokens.slice(i, last + 1))
    if (percent === -1) {
      shown.text = shown.text.replace(/%$/, '')
      shown.end -= 1
    }
    const collective = token.kind === 'word' && last === i && typeof value === 'number' && value <= 10 && (words.collectiveWords.has(fold(token.text)) || words.collectiveBefore.has(fold(tokens[i - 1]?.text ?? '')))
    const year = /^(19|20)\d\d$/.test(token.text) && last === i && percent === 0 && words.yearWords.has(fold(tokens[i - 1]?.text ?? ''))
    out.push({ ...shown, value: canonical, ...(collective ? { collective } : {}), ...(year ? { year } : {}) })
    i = last + Math.max(0, percent)
  }
  return out
}

/** "3 dhe 5 për qind": a range joiner, then a number with its percent, at tokens[i]. */
function rangeOfPercents(tokens: readonly Token[], i: number, lang: Language, words: NumberWords): boolean {
  const joiner = tokens[i]
  const next = tokens[i + 1]
  if (!joiner || !next || next.kind !== 'number' || !lang.data.numbers.rangeJoiners.includes(fold(joiner.text))) return false
  return next.text.endsWith('%') || percentAt(tokens, i + 2, words) > 0
}

function lookupMonth(token: Token, lang: Language, table: Record<string, number>, capitalised: boolean): number | undefined {
  if (token.kind !== 'word' || (capitalised && !isCapitalised(token.text))) return undefined
  const word = fold(token.text)
  for (const [name, month] of Object.entries(table)) {
    const base = fold(name)
    if (word === base) return month
    if (word.startsWith(base) && lang.data.inflections.some((ending) => word.slice(base.length) === fold(ending))) return month
  }
  return undefined
}

/** Months and weekdays, with the day before or after a month and a year after it. */
function findDates(text: string, tokens: readonly Token[], lang: Language, used: Set<number>): DateMention[] {
  const out: DateMention[] = []
  const dayAt = (k: number) => {
    const t = tokens[k]
    return t?.kind === 'number' && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31 && !used.has(k) ? Number(t.text) : undefined
  }
  tokens.forEach((token, i) => {
    // "31.07.2012", "18/3/2025": day, month, year in digits, as both languages write them.
    const numeric = token.kind === 'number' ? /^(\d{1,2})[./](\d{1,2})[./]((?:1[89]|20)\d\d)$/.exec(token.text) : null
    if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12 && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 31) {
      used.add(i)
      out.push({ ...mention(text, [token]), day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) })
      return
    }
    const month = lookupMonth(token, lang, lang.data.months, lang.data.monthsCapitalised)
    if (month !== undefined) {
      // "May" opening a sentence may be the verb; a month needs a day or a year beside it there.
      let from = i
      let to = i
      const date: Partial<DateMention> = { month }
      const before = dayAt(i - 1)
      if (before !== undefined) {
        date.day = before
        from = i - 1
      } else {
        let k = i + 1
        if (tokens[k]?.text === '.') k++
        const after = dayAt(k)
        if (after !== undefined) {
          date.day = after
          to = k
        }
      }
      let y = to + 1
      if (tokens[y]?.text === ',') y++
      if (tokens[y]?.kind === 'number' && /^(1[89]|20)\d\d$/.test(tokens[y].text)) {
        date.year = Number(tokens[y].text)
        to = y
      }
      for (let k = from; k <= to; k++) used.add(k)
      out.push({ ...mention(text, tokens.slice(from, to + 1)), ...date })
      return
    }
    // Where weekdays are written in lower case, a capital makes a name: "Marta Kola", not Tuesday.
    const named = !lang.data.monthsCapitalised && isCapitalised(token.text)
    const weekday = named ? undefined : lookupMonth(token, lang, lang.data.weekdays, lang.data.monthsCapitalised)
    if (weekday !== undefined) {
      used.add(i)
      out.push({ ...mention(text, [token]), weekday })
    }
  })
  return out
}

function findNegation(tokens: readonly Token[], lang: Language): Mention | null {
  const negations = new Set(lang.data.negations.map(fold))
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind !== 'word') continue
    const word = fold(t.text)
    // "No. 10" is a number, not a negation.
    if (word === 'no' && tokens[i + 1]?.text === '.' && tokens[i + 2]?.kind === 'number') continue
    const negated =
      negations.has(word) ||
      (lang.data.negationSuffixes ?? []).some((s) => word.endsWith(fold(s))) ||
      (lang.data.negationPrefixes ?? []).some((p) => word.startsWith(fold(p)) && word.length > p.length)
    if (negated) return { text: t.text, start: t.start, end: t.end }
  }
  return null
}

/** A word that is capitalised for a reason other than being a name. */
function commonWord(word: string, lang: Language, lexicon: Lexicon): boolean {
  // Titles ("Mr", "Dr", "Z.") are the language's never-final abbreviations.
  return lang.isFunctionWord(word) || lexicon.has(lang.data.code, word) || lang.data.abbreviations.neverFinal.includes(fold(word))
}

/**
 * Bodies named for what they do, in either language ("Instituti i Gjeoshkencave", "Agency for
 * Medicines"); not those named for a place ("Qeveria e Tanzanisë", "Bank of Albania").
 */
const DOMAIN_HEAD = /^(institut|agjenci|agency|ministri|ministry|drejtori|directorate|autoritet|authority|inspektorat|inspectorate|komision|commission|zyr|office)/u

/** A capitalised word inside a sentence that is not a common word: a name no table lists. */
function looksLikeName(words: readonly Token[], i: number, text: string, lang: Language, lexicon: Lexicon): boolean {
  const word = words[i]
  if (!isCapitalised(word.text) || commonWord(word.text, lang, lexicon)) return false
  // The first word of a sentence, or of a quotation or clause after a colon, is capitalised
  // anyway; an abbreviation is a name there too ("INSTAT bëri të ditur …").
  if (i === 0) return /^\p{Lu}{2,}$/u.test(word.text)
  const between = text.slice(words[i - 1].end, word.start)
  return !/[:“„"«‘]/u.test(between)
}

export function sentenceFeatures(sentence: Sentence, source: string, code: string, lexicon: Lexicon): SentenceFeatures {
  const lang = language(code)
  const tokens = tokenize(sentence.text, sentence.start)
  const used = new Set<number>()
  const dates = findDates(source, tokens, lang, used)
  const numbers = findNumbers(source, tokens, lang, used)
  const inDate = new Set([...used].map((k) => tokens[k].start))
  const words = tokens.filter((t) => t.kind === 'word')
  const names: NameMention[] = []
  const nameOf = new Map<number, string>()
  for (const match of tableNames(words, code)) {
    const run = words.slice(match.from, match.to)
    names.push({ ...mention(source, run), entry: match.entry, proper: run.filter((w) => !commonWord(w.text, lang, lexicon)).map((w) => w.text) })
    for (let k = match.from; k < match.to; k++) nameOf.set(k, `N${match.entry}`)
  }
  for (let k = 0; k < words.length; k++) {
    if (nameOf.has(k) || inDate.has(words[k].start) || !looksLikeName(words, k, source, lang, lexicon)) continue
    // Consecutive capitalised words are one name ("Olaf Scholz"). A run with a common word in it
    // is the title of an office or a body ("Grand Chamber", "Executive Officer"): translated, not kept.
    let end = k + 1
    while (end < words.length && !nameOf.has(end) && isCapitalised(words[end].text) && !lang.isFunctionWord(words[end].text) && source.slice(words[end - 1].end, words[end].start) === ' ') end++
    const run = words.slice(k, end)
    const title = run.some((w) => commonWord(w.text, lang, lexicon))
    // The head may have an adjective after it ("Agjencia Kombëtare e Barnave").
    const headed = (h: number) => h >= 0 && isCapitalised(words[h].text) && DOMAIN_HEAD.test(fold(words[h].text))
    const inBody = k >= 2 && lang.isFunctionWord(words[k - 1].text) && !isCapitalised(words[k - 1].text) && (headed(k - 2) || (isCapitalised(words[k - 2].text) && headed(k - 3)))
    if (!title) names.push({ ...mention(source, run), entry: null, ...(inBody ? { inBody } : {}) })
    for (let m = k; m < end; m++) nameOf.set(m, `U${fold(words[m].text).slice(0, 4)}`)
    k = end - 1
  }
  const anchors: string[][] = []
  words.forEach((word, k) => {
    const name = nameOf.get(k)
    if (name) anchors.push([name])
    else if (!lang.isFunctionWord(word.text)) {
      const entries = lexicon.entriesOf(code, word.text)
      if (entries.length > 0) anchors.push(entries.map((e) => `L${e}`))
    }
  })
  for (const n of numbers) anchors.push([`#${n.value}`])
  for (const d of dates) anchors.push([d.month !== undefined ? `M${d.month}` : `W${d.weekday}`])
  return { ...sentence, lang: code, words, numbers, dates, names, negation: findNegation(tokens, lang), anchors }
}
