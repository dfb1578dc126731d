// A quote whose words are found, but in someone else's source, leaves the building as a
// misattribution: no export may call it "verbatim" under the wrong speaker's name.
import { describe, expect, it } from 'vitest'
import { briefMarkdown, buildBriefDraft, claimReview, composeBrief, factsOfReport, NO_OVERRIDES, printBriefDocument } from '../../renderer/src/core/brief'
import { checkArticle } from '../../renderer/src/core'

const ARTICLE = [
  'Thirrja Trump–Putin',
  '',
  '„Të dy udhëheqësit ranë dakord se ky konflikt duhet të përfundojë me një paqe të qëndrueshme”, tha Kremlini.',
  '',
  '„Negociatat do të fillojnë menjëherë”, tha Shtëpia e Bardhë.',
  '',
  'Deklarata e Shtëpisë së Bardhë:',
  '',
  'Të dy udhëheqësit ranë dakord se ky konflikt duhet të përfundojë me një paqe të qëndrueshme. Negociatat do të fillojnë menjëherë në Lindjen e Mesme.',
  '',
].join('\n')

const options = { date: '2025-03-20', newsroom: 'Redaksia', articleDate: '2025-03-19' }
const misattributed = (text: string) => text.startsWith('Të dy udhëheqësit')

describe('a misattributed quote in the brief', () => {
  const draft = buildBriefDraft({ articleText: ARTICLE })

  it('is found word for word, in the White House statement, but the article gives it to the Kremlin', () => {
    const quote = draft.quotes.find((q) => misattributed(q.text))
    expect(quote).toMatchObject({ status: 'verbatim', attribution: 'mismatch' })
    expect(draft.quotes.find((q) => !misattributed(q.text))).toMatchObject({ status: 'verbatim', attribution: 'consistent' })
  })

  it('is labelled a misattribution in the PDF, not "word for word"', () => {
    const html = printBriefDocument(draft, { date: options.date, pageSize: 'A4', fonts: [] })
    const figures = html.split('<figure').slice(1)
    const wrong = figures.find((f) => f.includes('Të dy udhëheqësit'))!
    const right = figures.find((f) => f.includes('Negociatat do'))!
    expect(wrong).toContain('Atribuim i gabuar')
    expect(wrong).not.toContain('Fjalë për fjalë')
    expect(wrong).toMatch(/class="quote status-misattributed/)
    expect(right).toContain('Fjalë për fjalë')
  })

  it('is labelled a misattribution in the Markdown, in the brief’s language', () => {
    const sq = briefMarkdown(draft, { date: options.date })
    const line = (md: string, words: string) => md.split('\n').slice(md.split('\n').findIndex((l) => l.includes(words))).find((l) => l.startsWith('— '))!
    expect(line(sq, 'Të dy udhëheqësit')).toContain('Atribuim i gabuar')
    expect(line(sq, 'Negociatat do')).toContain('Fjalë për fjalë')
    const en = briefMarkdown(buildBriefDraft({ articleText: ARTICLE, language: 'en' }), { date: options.date })
    expect(line(en, 'Të dy udhëheqësit')).toContain('Misattributed')
  })

  it('gets the lowest ClaimReview rating, unless the editor has ruled on it', () => {
    const rating = (reviews: ReturnType<typeof claimReview>, words: string) => reviews.find((r) => String(r.claimReviewed).includes(words))!.reviewRating
    const reviews = claimReview(draft, options)
    expect(rating(reviews, 'Të dy udhëheqësit')).toMatchObject({ ratingValue: 1, alternateName: 'Atribuim i gabuar' })
    expect(rating(reviews, 'Negociatat do')).toMatchObject({ ratingValue: 5, alternateName: 'Fjalë për fjalë' })

    // The editor checked and confirmed it: the verdict is what leaves the building.
    const facts = factsOfReport(checkArticle(ARTICLE), ARTICLE)
    const confirmed = { ...facts, quotes: facts.quotes.map((q) => (misattributed(q.text) ? { ...q, verdict: { verdict: 'confirmed' as const, note: '' } } : q)) }
    const ruled = claimReview(composeBrief(confirmed, NO_OVERRIDES, 'sq').model, options)
    expect(rating(ruled, 'Të dy udhëheqësit')).toMatchObject({ ratingValue: 5, alternateName: 'I konfirmuar' })
  })
})
