// The draft a brief starts from: everything the article and its checks already say.
import { titleFromText } from '../article'
import { checkQuote, prepareArticle } from '../check'
import { detectQuotes } from '../quotes/detect'
import { attributeQuote, type EditorKnowledge, type SpeakerInput } from '../attribution'
import type { QuoteCheck, ReportSource, SourceInput } from '../types'
import { firstParagraph, reportedClaims } from './claims'
import { attributionNote, bestCheck } from './notes'
import { richFromPlain } from './rich'
import type { BriefLanguage, BriefModel, BriefNote, BriefQuote, BriefSource, Verdict } from './model'

/** A quote the editor has dealt with in the quotes pane. */
export interface QuoteRowInput {
  key: string
  text: string
  /** The speaker's canonical name, or null for none. */
  speaker: string | null
  state: 'confirmed' | 'rejected'
  start?: number
}

export interface VerdictInput {
  quoteText: string
  verdict: Verdict
  note: string
}

export interface DraftInput {
  articleText: string
  /** Defaults to the title the app gives an article: its first sentence. */
  articleTitle?: string
  articleLanguage?: string
  /** Sources other than those embedded in the text, in order. */
  extraSources?: ReadonlyArray<SourceInput>
  /** Language of the labels and notes. */
  language?: BriefLanguage
  /** Confirmed quotes win over the analysis (their speaker, their key); rejected ones are left out. */
  quoteRows?: ReadonlyArray<QuoteRowInput>
  verdicts?: ReadonlyArray<VerdictInput>
  /** What the editor said about who speaks for whom. */
  knowledge?: EditorKnowledge
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase()

interface Candidate {
  key: string
  text: string
  start: number
  speaker: SpeakerInput | null
  checks: QuoteCheck[]
}

export function buildBriefDraft(input: DraftInput): BriefModel {
  const { articleText } = input
  const language = input.language ?? 'sq'
  const extra = input.extraSources ?? []
  const article = prepareArticle(articleText, extra, { knowledge: input.knowledge })
  const rows = input.quoteRows ?? []
  const rowFor = (text: string) => rows.find((r) => squash(r.text) === squash(text))
  const rowSpeaker = (row: QuoteRowInput): SpeakerInput | null => (row.speaker ? { name: row.speaker } : null)

  const candidates: Candidate[] = []
  const seen = new Set<string>()
  for (const q of detectQuotes(articleText, article.embedded).quotes) {
    if (q.parent) continue // a quote inside a quote travels with its parent
    const row = rowFor(q.text)
    if (row?.state === 'rejected') continue
    seen.add(squash(q.text))
    candidates.push({
      key: row?.key ?? q.id,
      text: q.text,
      start: q.start,
      speaker: row ? rowSpeaker(row) : q.speaker ? { name: q.speaker.entity, surface: q.speaker.surface } : null,
      checks: checkQuote(q, article.sources),
    })
  }
  // Quotes tagged by hand that the analysis does not find: checked here, placed by position.
  for (const row of rows.filter((r) => r.state === 'confirmed' && !seen.has(squash(r.text)))) {
    seen.add(squash(row.text))
    const start = row.start ?? articleText.indexOf(row.text)
    candidates.push({ key: row.key, text: row.text, start: start < 0 ? Infinity : start, speaker: rowSpeaker(row), checks: checkQuote(row.text, article.sources) })
  }
  candidates.sort((a, b) => a.start - b.start)

  const sources: ReportSource[] = article.sources.map(({ id, title, author, origin, path, start, end }) => ({ id, title, author, origin, path, start, end }))
  const quotes: BriefQuote[] = []
  const notes: BriefNote[] = []
  for (const c of candidates) {
    const result = attributeQuote(article.context, c.speaker, c.checks)
    const { attribution, reason } = result
    const speaker = result.speaker ?? c.speaker?.name ?? null
    const best = bestCheck(c.checks)
    const found = best && best.status !== 'not-found' ? best : null
    const verdict = (input.verdicts ?? []).find((v) => squash(v.quoteText) === squash(c.text)) ?? null
    quotes.push({
      key: c.key,
      text: c.text,
      speaker,
      status: best?.status ?? 'not-found',
      verdict: verdict?.verdict ?? null,
      attribution,
      sourceId: found?.source ?? null,
      sourceTitle: found ? (sources.find((s) => s.id === found.source)?.title ?? null) : null,
      passage: found?.match?.text ?? null,
      included: true,
    })
    notes.push({
      id: `n-${c.key}`,
      text: attributionNote({ text: c.text, speaker, attribution, reason, checks: c.checks, sources, verdict }, language),
      quoteKey: c.key,
    })
  }

  return {
    headline: input.articleTitle ?? titleFromText(articleText),
    lede: richFromPlain(firstParagraph(articleText)),
    keyPoints: reportedClaims(articleText).map((claim) => claim.text),
    quotes,
    notes,
    sources: sources.map<BriefSource>((s) => ({ id: s.id, title: s.title, author: s.author, origin: s.origin })),
    language,
    article: { title: input.articleTitle ?? titleFromText(articleText), language: input.articleLanguage ?? 'sq' },
  }
}
