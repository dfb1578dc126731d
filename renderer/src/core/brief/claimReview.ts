// The brief as schema.org ClaimReview JSON-LD, as fact-check aggregators read it: one review per
// checked quote, its rating the editor's verdict or, without one, the check's status or its
// misattribution. Typed with schema-dts, so a property schema.org does not have fails the type check.
import type { ClaimReview, Organization, Person, WithContext } from 'schema-dts'
import { resolveEntity, splitCompound } from '../entities/resolve'
import { assertIsoDate, briefLabels } from './labels'
import { assessmentOf, includedQuotes, type BriefAssessment, type BriefModel, type BriefQuote, type Verdict } from './model'

export interface ClaimReviewOptions {
  /** The review's date, YYYY-MM-DD. */
  date: string
  /** Who reviews: the newsroom's name, from the settings. */
  newsroom: string
  /** When the article appeared (YYYY-MM-DD): the claims' date. The review's date when not given. */
  articleDate?: string
  /** The article's address, when it has one. */
  articleUrl?: string | null
}

/** One scale for every review: 1 (a misquote) to 5 (confirmed, or found word for word). */
export const CLAIM_REVIEW_RATING = { worst: 1, best: 5 } as const

const VERDICT_RATING: Record<Verdict, number> = { misquote: 1, 'follow-up': 3, 'acceptable-paraphrase': 4, confirmed: 5 }
// Words given to the wrong speaker rate as low as a misquote: what the claim says, that this speaker said them, is false.
const STATUS_RATING: Record<Exclude<BriefAssessment, 'not-checked'>, number> = { misattributed: 1, 'not-found': 2, paraphrase: 3, 'near-verbatim': 4, verbatim: 5 }

/** A speaker as schema.org has it: a person, the people of a joint statement, or an organization. */
function speakerOf(name: string): Person | Organization | Person[] {
  const entity = resolveEntity(name)
  if (entity.members && entity.members.length > 1) return splitCompound(name).map((member) => speakerOf(member) as Person)
  return entity.kind === 'person' ? { '@type': 'Person', name } : { '@type': 'Organization', name }
}

function review(quote: BriefQuote, model: BriefModel, options: ClaimReviewOptions): WithContext<ClaimReview> {
  const labels = briefLabels(model.language)
  const assessment = assessmentOf(quote) as Exclude<BriefAssessment, 'not-checked'>
  const rating = quote.verdict ? VERDICT_RATING[quote.verdict] : STATUS_RATING[assessment]
  const name = quote.verdict ? labels.verdicts[quote.verdict] : labels.status[assessment]
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: quote.text,
    itemReviewed: {
      '@type': 'Claim',
      ...(quote.speaker ? { author: speakerOf(quote.speaker) } : {}),
      appearance: {
        '@type': 'NewsArticle',
        headline: model.article.title,
        inLanguage: model.article.language,
        ...(options.articleUrl ? { url: options.articleUrl } : {}),
      },
      datePublished: options.articleDate ?? options.date,
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating,
      bestRating: CLAIM_REVIEW_RATING.best,
      worstRating: CLAIM_REVIEW_RATING.worst,
      alternateName: name,
    },
    author: { '@type': 'Organization', name: options.newsroom },
    datePublished: options.date,
    inLanguage: model.language,
  }
}

/** One ClaimReview per checked quote the brief includes, as a JSON-LD document (a list). */
export function claimReview(model: BriefModel, options: ClaimReviewOptions): Array<WithContext<ClaimReview>> {
  assertIsoDate(options.date)
  if (options.articleDate) assertIsoDate(options.articleDate)
  if (options.newsroom.trim() === '') throw new Error('a ClaimReview needs the newsroom’s name')
  return includedQuotes(model)
    .filter((quote) => quote.status !== 'not-checked')
    .map((quote) => review(quote, model, { ...options, newsroom: options.newsroom.trim() }))
}
