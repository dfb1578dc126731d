// The words the exported documents print, in the brief's language: the one home of the names
// of statuses, verdicts and months, which the interface (app/i18n) takes from here too.
import type { BriefAssessment, BriefLanguage, BriefSource, Verdict } from './model'

export interface BriefLabels {
  kicker: string
  keyPoints: string
  quotes: string
  notes: string
  sources: string
  sourcesIntro: string
  inSource: string
  prepared: (date: string) => string
  fromArticle: string
  noSpeaker: string
  author: string
  verdict: string
  omissions: string
  omissionsIntro: (source: string) => string
  status: Record<BriefAssessment, string>
  verdicts: Record<Verdict, string>
  origin: Record<BriefSource['origin'], string>
  months: readonly string[]
}

const sq: BriefLabels = {
  kicker: 'PËRMBLEDHJE',
  keyPoints: 'Pikat kryesore',
  quotes: 'Citimet e kontrolluara',
  notes: 'Shënime',
  sources: 'Burimet',
  sourcesIntro: 'Çdo citim u krahasua me burimet më poshtë; për çdo citim jepet pasazhi më i afërt.',
  inSource: 'Në burim',
  prepared: (date) => `Përgatitur më ${date}`,
  fromArticle: 'Nga artikulli',
  noSpeaker: 'Pa folës',
  author: 'autori',
  verdict: 'Vendimi i redaktorit',
  omissions: 'Çfarë la jashtë përkthimi',
  omissionsIntro: (source) => `Fjalitë e origjinalit që mungojnë në «${source}»:`,
  status: {
    verbatim: 'Fjalë për fjalë',
    'near-verbatim': 'Pothuajse fjalë për fjalë',
    paraphrase: 'Parafrazë',
    'not-found': 'Nuk u gjet',
    'not-checked': 'Pa kontrolluar',
    misattributed: 'Atribuim i gabuar',
  },
  verdicts: {
    confirmed: 'I konfirmuar',
    misquote: 'Citim i gabuar',
    'acceptable-paraphrase': 'Parafrazë e pranueshme',
    'follow-up': 'Kërkon verifikim',
  },
  origin: { embedded: 'i përfshirë në artikull', file: 'skedar', pasted: 'tekst i ngjitur' },
  months: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
}

const en: BriefLabels = {
  kicker: 'BRIEF',
  keyPoints: 'Key points',
  quotes: 'Checked quotes',
  notes: 'Notes',
  sources: 'Sources',
  sourcesIntro: 'Each quote was compared with the sources below; for each one the closest passage is given.',
  inSource: 'In the source',
  prepared: (date) => `Prepared on ${date}`,
  fromArticle: 'From the article',
  noSpeaker: 'No speaker',
  author: 'author',
  verdict: 'Editor’s verdict',
  omissions: 'What the translation left out',
  omissionsIntro: (source) => `Sentences of the original missing from “${source}”:`,
  status: { verbatim: 'Verbatim', 'near-verbatim': 'Near-verbatim', paraphrase: 'Paraphrase', 'not-found': 'Not found', 'not-checked': 'Not checked', misattributed: 'Misattributed' },
  verdicts: { confirmed: 'Confirmed', misquote: 'Misquote', 'acceptable-paraphrase': 'Acceptable paraphrase', 'follow-up': 'Needs follow-up' },
  origin: { embedded: 'embedded in the article', file: 'file', pasted: 'pasted text' },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}

export function briefLabels(language: BriefLanguage): BriefLabels {
  return language === 'en' ? en : sq
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(date: string): boolean {
  const m = ISO_DATE.exec(date)
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31
}

/** Both exports print the date; a malformed one is the caller's bug, not the editor's. */
export function assertIsoDate(date: string): void {
  if (!isIsoDate(date)) throw new Error(`the date must be YYYY-MM-DD, not “${date}”`)
}

/**
 * A month's name. One table rather than Intl.DateTimeFormat('sq'): Node 20 knows Albanian month
 * names, but a Chromium built without full ICU data (Debian's) answers in English.
 */
export function monthName(month: number, language: BriefLanguage): string {
  return briefLabels(language).months[month] ?? String(month + 1)
}

/** "2025-03-19" → "19 mars 2025" / "19 March 2025". */
export function writtenDate(date: string, language: BriefLanguage): string {
  const m = ISO_DATE.exec(date)
  if (!m) return date
  return `${Number(m[3])} ${monthName(Number(m[2]) - 1, language)} ${m[1]}`
}

/** A Date as YYYY-MM-DD in local time: the day the editor sees on the calendar. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
