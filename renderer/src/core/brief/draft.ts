// The brief of an article nobody has edited: the core's own check of the article as the facts,
// and no overrides. What the command line exports, and what the app shows before any edit.
import { titleFromText } from '../article'
import { checkArticle } from '../check'
import type { EditorKnowledge } from '../attribution'
import type { CheckReport, SourceInput } from '../types'
import { composeBrief, NO_OVERRIDES, type BriefFacts, type QuoteFacts } from './live'
import { titleLine } from './claims'
import type { BriefLanguage, BriefModel } from './model'

export interface DraftInput {
  articleText: string
  /** The article's title line, or the title the app gives an article: its first sentence. */
  articleTitle?: string
  articleLanguage?: string
  /** Sources other than those embedded in the text, in order. */
  extraSources?: ReadonlyArray<SourceInput>
  /** Language of the labels and notes. */
  language?: BriefLanguage
  /** What the editor said about who speaks for whom. */
  knowledge?: EditorKnowledge
}

/** The facts of a check report: its top-level quotes (a quote inside a quote travels with its parent). */
export function factsOfReport(report: CheckReport, articleText: string, article: { title?: string; language?: string } = {}): BriefFacts {
  const quotes: QuoteFacts[] = report.quotes
    .filter((q) => q.parent === null)
    .map((q) => ({
      key: q.id,
      text: q.text,
      start: q.start,
      speaker: q.speakerEntity,
      checks: q.checks,
      attribution: q.attribution,
      reason: q.attributionReason,
      verdict: null,
    }))
  return { articleText, articleTitle: article.title ?? articleTitleOf(articleText), articleLanguage: article.language ?? 'sq', sources: report.sources, quotes }
}

/** The title line when the article has one, otherwise its first sentence. */
export function articleTitleOf(articleText: string): string {
  const title = titleLine(articleText)
  return title ? articleText.slice(title.start, title.end) : titleFromText(articleText)
}

export function buildBriefDraft(input: DraftInput): BriefModel {
  const report = checkArticle(input.articleText, input.extraSources ?? [], { knowledge: input.knowledge })
  const facts = factsOfReport(report, input.articleText, { title: input.articleTitle, language: input.articleLanguage })
  return composeBrief(facts, NO_OVERRIDES, input.language ?? 'sq').model
}
