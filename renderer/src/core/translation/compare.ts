// A translation checked against its original: sentences aligned, what was left out or added,
// and what each pair disagrees on. One function for the command line, the app and the brief.
import { findEmbeddedSources } from '../sources/embedded'
import { alignUnits, type AlignOptions, type BeadKind } from './align'
import { sentenceFeatures, type SentenceFeatures } from './features'
import { lexicon } from './lexicon'
import { segmentSentences } from './segment'
import { joinSplits } from './splits'
import { findIssues, type AbbreviationPair, type TranslationIssue } from './findings'

export interface TextSpan {
  start: number
  end: number
  text: string
}

/** One row of the alignment: a pair, or a sentence with no counterpart on the other side. */
export interface AlignedRow {
  kind: BeadKind
  translation: TextSpan | null
  original: TextSpan | null
  /** The sentences, one or two a side. */
  translationSentences: TextSpan[]
  originalSentences: TextSpan[]
  /** Share of anchors found on both sides, 0–1; 0 for an omission or an addition. */
  score: number
  issues: TranslationIssue[]
}

export interface TranslationComparison {
  translation: { lang: string; start: number; end: number }
  original: { lang: string }
  /** Every row in reading order. */
  rows: AlignedRow[]
  /** Rows with both sides. */
  pairs: AlignedRow[]
  /** Sentences of the original the translation does not carry (offsets in the original). */
  omitted: TextSpan[]
  /** Sentences of the translation with no counterpart (offsets in the translation). */
  added: TextSpan[]
}

export interface CompareOptions extends AlignOptions {
  translationLang?: string
  originalLang?: string
  /** The part of the translation to compare; by default its embedded source, or the whole text. */
  region?: { start: number; end: number }
}

/** The statement an article embeds ("Deklarata e …:" and what follows), or the whole text. */
export function translationRegion(text: string): { start: number; end: number } {
  const embedded = findEmbeddedSources(text)[0]
  if (embedded) return { start: embedded.start, end: embedded.end }
  let start = 0
  let end = text.length
  while (start < end && /\s/u.test(text[start])) start++
  while (end > start && /\s/u.test(text[end - 1])) end--
  return { start, end }
}

const spanOf = (units: readonly SentenceFeatures[], text: string): TextSpan | null =>
  units.length === 0 ? null : { start: units[0].start, end: units[units.length - 1].end, text: text.slice(units[0].start, units[units.length - 1].end) }

const plain = (u: SentenceFeatures): TextSpan => ({ start: u.start, end: u.end, text: u.text })

/** Abbreviations a sentence defines in brackets: "Zyra e Rregullatorit për Energji (ZRrE)". */
const defined = (units: readonly SentenceFeatures[]) => units.flatMap((u) => [...u.text.matchAll(/\((\p{Lu}[\p{L}]{1,7})\)/gu)].map((m) => m[1]).filter((a) => (a.match(/\p{Lu}/gu) ?? []).length >= 2))

/** The one abbreviation each side of a pair defines: the same body's, in each language ("ZRrE", "ERO"). */
function abbreviationPair(ts: readonly SentenceFeatures[], os: readonly SentenceFeatures[]): AbbreviationPair | null {
  const [a, b] = [defined(ts), defined(os)]
  return a.length === 1 && b.length === 1 && a[0] !== b[0] ? [a[0], b[0]] : null
}

export function compareTranslation(translationText: string, originalText: string, options: CompareOptions = {}): TranslationComparison {
  const tl = options.translationLang ?? 'sq'
  const ol = options.originalLang ?? 'en'
  const region = options.region ?? translationRegion(translationText)
  const lex = lexicon(tl, ol)
  const t = segmentSentences(translationText, tl, region.start, region.end).map((s) => sentenceFeatures(s, translationText, tl, lex))
  const o = segmentSentences(originalText, ol).map((s) => sentenceFeatures(s, originalText, ol, lex))
  const unit = (s: SentenceFeatures) => ({ length: s.text.length, anchors: s.anchors })
  const beads = joinSplits(alignUnits(t.map(unit), o.map(unit), options), t, o)
  const abbreviations = beads.map((bead) => abbreviationPair(t.slice(bead.t[0], bead.t[1]), o.slice(bead.o[0], bead.o[1]))).filter((p) => p !== null)
  const rows: AlignedRow[] = beads.map((bead) => {
    const ts = t.slice(bead.t[0], bead.t[1])
    const os = o.slice(bead.o[0], bead.o[1])
    return {
      kind: bead.kind,
      translation: spanOf(ts, translationText),
      original: spanOf(os, originalText),
      translationSentences: ts.map(plain),
      originalSentences: os.map(plain),
      score: Math.round(bead.similarity * 100) / 100,
      issues: ts.length > 0 && os.length > 0 ? findIssues(ts, os, abbreviations) : [],
    }
  })
  return {
    translation: { lang: tl, start: region.start, end: region.end },
    original: { lang: ol },
    rows,
    pairs: rows.filter((r) => r.translation && r.original),
    omitted: rows.filter((r) => !r.translation).map((r) => r.original!),
    added: rows.filter((r) => !r.original).map((r) => r.translation!),
  }
}

/** What the translation left out: the original's sentences without a counterpart, in order. */
export function translationOmissions(translationText: string, originalText: string, options: CompareOptions = {}): TextSpan[] {
  return compareTranslation(translationText, originalText, options).omitted
}

/** The original sentence(s) that the translation's text at [start, end) renders, or null. */
export function originalOf(comparison: TranslationComparison, start: number, end: number): TextSpan | null {
  const rows = comparison.pairs.filter((r) => r.translation!.start < Math.max(end, start + 1) && start < r.translation!.end)
  if (rows.length === 0) return null
  const first = rows[0].original!
  const last = rows[rows.length - 1].original!
  return rows.length === 1 ? first : { start: first.start, end: last.end, text: rows.map((r) => r.original!.text).join(' ') }
}
