// Attribution lines: one sentence per quote saying where its words were found and against whose
// attribution. Written in the brief's language. The editor's verdict has a footnote of its own.
import type { Attribution, DiffOp, QuoteCheck, ReportSource } from '../types'
import { bestCheck } from '../status'
import { explainAttribution, type AttributionReason } from '../attribution'
import { accusativeTitle, dativeOf, englishName, englishTitle } from './inflect'
import type { BriefLanguage } from './model'

export interface NoteInput {
  text: string
  speaker: string | null
  attribution: Attribution
  checks: QuoteCheck[]
  sources: ReadonlyArray<Pick<ReportSource, 'id' | 'title'>>
  /** Why the attribution is what it is (from attributeQuote). */
  reason?: AttributionReason
}

export { bestCheck }

/** Long quotes are named by their first words in a note. */
export function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.lastIndexOf(' ', max - 10)
  return `${flat.slice(0, cut > 20 ? cut : max - 10).replace(/[\s,;:.]+$/u, '')}…`
}

function changes(diff: DiffOp[], language: BriefLanguage): string[] {
  const [open, close] = language === 'en' ? ['“', '”'] : ['«', '»']
  const q = (s: string) => `${open}${s}${close}`
  const out: string[] = []
  for (const op of diff) {
    if (op.op === 'changed') out.push(language === 'en' ? `${q(op.quote)} for ${q(op.source)}` : `${q(op.quote)} në vend të ${q(op.source)}`)
    else if (op.op === 'added') out.push(language === 'en' ? `${q(op.quote)} added` : `${q(op.quote)} e shtuar`)
    else if (op.op === 'omitted') out.push(language === 'en' ? `${q(op.source)} left out` : `${q(op.source)} e hequr`)
  }
  return out.slice(0, 3)
}

/** The attribution's reason, when it says more than where the words were found. */
function why(input: NoteInput, language: BriefLanguage): string {
  const reason = input.reason
  if (!reason || input.attribution === 'consistent' || reason.code === 'not-found') return ''
  return ` ${explainAttribution(reason, language)}`
}

function sqNote(input: NoteInput, best: QuoteCheck | null): string {
  const quote = `Citimi «${shortQuote(input.text)}»`
  const dative = input.reason && 'speaker' in input.reason ? input.reason.speaker.genitive : input.speaker ? dativeOf(input.speaker) : null
  const sourceName = (id: string) => {
    const title = input.sources.find((s) => s.id === id)?.title ?? id
    return accusativeTitle(title) ?? `burimin «${title}»`
  }
  if (input.sources.length === 0) return dative ? `${quote} i atribuohet ${dative} dhe nuk u kontrollua: artikulli nuk ka burim.` : `${quote} nuk u kontrollua: artikulli nuk ka burim.`
  if (!best || best.status === 'not-found') {
    const where = input.sources.length === 1 ? sourceName(input.sources[0].id) : 'asnjë nga burimet'
    return dative ? `${quote} i atribuohet ${dative} dhe nuk gjendet në ${where}.` : `${quote} nuk gjendet në ${where}.`
  }
  const how = { verbatim: 'fjalë për fjalë', 'near-verbatim': 'pothuajse fjalë për fjalë', paraphrase: 'si parafrazë' }[best.status]
  const where = sourceName(best.source)
  const changed = best.status === 'near-verbatim' ? changes(best.diff, 'sq') : []
  const detail = changed.length > 0 ? ` Ndryshimet: ${changed.join(', ')}.` : ''
  return `${quote} gjendet ${how} në ${where}.${why(input, 'sq')}${detail}`
}

function enNote(input: NoteInput, best: QuoteCheck | null): string {
  const quote = `The quote “${shortQuote(input.text)}”`
  const who = input.speaker ? englishName(input.speaker) : null
  const sourceName = (id: string) => {
    const title = input.sources.find((s) => s.id === id)?.title ?? id
    return englishTitle(title) ?? `the source “${title}”`
  }
  if (input.sources.length === 0) return `${quote} was not checked: the article has no source.`
  if (!best || best.status === 'not-found') {
    const where = input.sources.length === 1 ? `in ${sourceName(input.sources[0].id)}` : 'in any of the sources'
    return who ? `${quote} is attributed to ${who} and is not found ${where}.` : `${quote} is not found ${where}.`
  }
  const how = { verbatim: 'word for word', 'near-verbatim': 'almost word for word', paraphrase: 'as a paraphrase' }[best.status]
  const where = sourceName(best.source)
  const changed = best.status === 'near-verbatim' ? changes(best.diff, 'en') : []
  const detail = changed.length > 0 ? ` Changes: ${changed.join(', ')}.` : ''
  return `${quote} is found ${how} in ${where}.${why(input, 'en')}${detail}`
}

/** The attribution line of one quote. */
export function attributionNote(input: NoteInput, language: BriefLanguage): string {
  const best = bestCheck(input.checks)
  return language === 'en' ? enNote(input, best) : sqNote(input, best)
}
