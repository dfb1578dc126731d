// The live brief: the checks as they are now, merged with what the editor wrote over them.
// Every change the checks can make (a quote added, removed, re-worded, re-attributed, a verdict
// given or withdrawn) against every override the editor can hold.
import { describe, expect, it } from 'vitest'
import {
  briefMarkdown,
  composeBrief,
  NO_OVERRIDES,
  printBriefDocument,
  type BriefFacts,
  type BriefOverrides,
  type QuoteFacts,
} from '../../renderer/src/core/brief'
import type { QuoteCheck } from '../../renderer/src/core'

const ARTICLE = [
  'Ministrja e Shëndetësisë njoftoi se spitali i ri do të hapet në mars.',
  '“Spitali do të ketë 200 shtretër”, tha ministrja.',
  'Drejtori i spitalit tha se “stafi është gati”.',
].join('\n')

const found = (source: string, text: string): QuoteCheck => ({
  source,
  status: 'verbatim',
  score: 1,
  match: { text, start: 0, end: text.length },
  diff: [{ op: 'equal', quote: text, source: text }],
  missingNumbers: [],
})
const missing = (source: string): QuoteCheck => ({ source, status: 'not-found', score: 0.2, match: null, diff: [], missingNumbers: [] })

const beds: QuoteFacts = {
  key: 'q-beds',
  text: 'Spitali do të ketë 200 shtretër',
  start: 72,
  speaker: 'Ministria e Shëndetësisë',
  checks: [found('s1', 'Spitali do të ketë 200 shtretër')],
  attribution: 'consistent',
  reason: null,
  verdict: null,
}
const staff: QuoteFacts = {
  key: 'q-staff',
  text: 'stafi është gati',
  start: 150,
  speaker: 'Drejtori i spitalit',
  checks: [missing('s1')],
  attribution: 'unknown',
  reason: null,
  verdict: null,
}

function facts(quotes: QuoteFacts[], extra: Partial<BriefFacts> = {}): BriefFacts {
  return {
    articleText: ARTICLE,
    articleTitle: 'Spitali i ri',
    articleLanguage: 'sq',
    sources: [{ id: 's1', title: 'Njoftimi i Ministrisë', author: 'Ministria e Shëndetësisë', origin: 'file' }],
    quotes,
    ...extra,
  }
}

const overrides = (change: Partial<BriefOverrides> = {}): BriefOverrides => ({ ...NO_OVERRIDES, ...change })
const compose = (f: BriefFacts, o: BriefOverrides = NO_OVERRIDES) => composeBrief(f, o, 'sq')
/** The overrides after an edit: what the pane stores, with the quotes placed so far. */
const edited = (f: BriefFacts, o: BriefOverrides, change: Partial<BriefOverrides>): BriefOverrides => ({ ...compose(f, o).overrides, ...change })

describe('the live brief without overrides', () => {
  it('shows every quote with its status, speaker and attribution line, in the article’s order', () => {
    const brief = compose(facts([staff, beds]))
    expect(brief.model.quotes.map((q) => [q.key, q.status, q.speaker, q.included])).toEqual([
      ['q-beds', 'verbatim', 'Ministria e Shëndetësisë', true],
      ['q-staff', 'not-found', 'Drejtori i spitalit', true],
    ])
    expect(brief.model.notes.map((n) => n.id)).toEqual(['line-q-beds', 'line-q-staff'])
    expect(brief.model.notes[0].text).toMatch(/^Citimi «Spitali do të ketë 200 shtretër» gjendet fjalë për fjalë/)
  })

  it('says a quote of an article with no source was not checked, never “not found”', () => {
    const brief = compose(facts([{ ...beds, checks: [] }], { sources: [] }))
    expect(brief.model.quotes[0].status).toBe('not-checked')
    expect(brief.model.notes[0].text).toContain('nuk u kontrollua')
    expect(briefMarkdown(brief.model, { date: '2025-03-19' })).toContain('Pa kontrolluar')
    expect(briefMarkdown(brief.model, { date: '2025-03-19' })).not.toContain('Nuk u gjet')
  })
})

describe('a quote added to the article', () => {
  it('joins the brief after the quote that comes before it in the text, keeping the editor’s order', () => {
    const before = facts([beds, staff])
    // The editor put the staff quote first.
    const o = overrides({ quotes: [compose(before).overrides.quotes[1], compose(before).overrides.quotes[0]] })
    const added: QuoteFacts = { ...beds, key: 'q-march', text: 'do të hapet në mars', start: 40, checks: [missing('s1')] }
    const after = facts([added, beds, staff])
    expect(compose(after, o).quotes.map((q) => q.key)).toEqual(['q-march', 'q-staff', 'q-beds'])
    const late: QuoteFacts = { ...added, key: 'q-late', start: 200 }
    expect(compose(facts([beds, staff, late]), o).quotes.map((q) => q.key)).toEqual(['q-staff', 'q-beds', 'q-late'])
  })

  it('is included, and keeps every override of the others', () => {
    const before = facts([beds])
    const o = edited(before, NO_OVERRIDES, { headline: 'Titulli im', keyPoints: ['Pika ime.'], notes: [{ id: 'n1', text: 'Shënimi im', quoteKey: null }] })
    const brief = compose(facts([beds, staff]), o)
    expect(brief.model.quotes.map((q) => [q.key, q.included])).toEqual([['q-beds', true], ['q-staff', true]])
    expect(brief.model.headline).toBe('Titulli im')
    expect(brief.model.keyPoints).toEqual(['Pika ime.'])
    expect(brief.model.notes[0]).toEqual({ id: 'n1', text: 'Shënimi im', quoteKey: null })
  })
})

describe('a quote removed from the article', () => {
  it('leaves the brief when nobody worked on it, and comes back in its place with undo', () => {
    const f = facts([beds, staff])
    const o = edited(f, NO_OVERRIDES, {})
    const removed = compose(facts([staff]), o)
    expect(removed.quotes.map((q) => q.key)).toEqual(['q-staff'])
    expect(compose(facts([beds, staff]), { ...o, quotes: removed.overrides.quotes }).quotes.map((q) => q.key)).toEqual(['q-beds', 'q-staff'])
  })

  it('stays in the pane, marked gone and out of the exports, when it carries the editor’s note, line or exclusion', () => {
    const f = facts([beds, staff])
    const o = edited(f, NO_OVERRIDES, { notes: [{ id: 'n1', text: 'Pyet ministrinë', quoteKey: 'q-beds' }] })
    const brief = compose(facts([staff]), o)
    expect(brief.quotes.map((q) => [q.key, q.gone])).toEqual([['q-beds', true], ['q-staff', false]])
    expect(brief.model.quotes.map((q) => q.key)).toEqual(['q-staff'])
    expect(brief.model.notes.map((n) => n.text)).not.toContain('Pyet ministrinë')
    // Back in the article, the note is there again.
    expect(compose(facts([beds, staff]), { ...o, quotes: brief.overrides.quotes }).model.notes.map((n) => n.text)).toContain('Pyet ministrinë')
  })
})

describe('a quote whose id changed', () => {
  it('is found again by its words, with its place, its exclusion and its notes', () => {
    const o = overrides({
      quotes: [{ key: 'q2', text: 'stafi është gati', included: false, line: null }, { key: 'q1', text: 'Spitali do të ketë 200 shtretër', included: true, line: null }],
      notes: [{ id: 'n1', text: 'Pyet drejtorin', quoteKey: 'q2' }],
    })
    const brief = compose(facts([beds, staff]), o)
    expect(brief.quotes.map((q) => [q.key, q.included, q.gone])).toEqual([['q-staff', false, false], ['q-beds', true, false]])
    expect(brief.overrides.notes).toEqual([{ id: 'n1', text: 'Pyet drejtorin', quoteKey: 'q-staff' }])
  })
})

describe('a quote re-worded in the article', () => {
  it('shows the new words, and says what they were when the brief placed it', () => {
    const f = facts([beds])
    const o = edited(f, NO_OVERRIDES, {})
    const brief = compose(facts([{ ...beds, text: 'Spitali do të ketë 250 shtretër' }]), o)
    expect(brief.model.quotes[0].text).toBe('Spitali do të ketë 250 shtretër')
    expect(brief.quotes[0].placedText).toBe('Spitali do të ketë 200 shtretër')
    expect(compose(f, o).quotes[0].placedText).toBeNull()
  })

  it('keeps the editor’s exclusion and re-worded line, and says the checks changed under the line', () => {
    const f = facts([beds])
    const o = edited(f, NO_OVERRIDES, {})
    const excluded = { ...o, quotes: o.quotes.map((p) => ({ ...p, included: false, line: { text: 'Sipas njoftimit zyrtar.', basis: compose(f).quotes[0].autoLine } })) }
    const brief = compose(facts([{ ...beds, text: 'Spitali do të ketë 250 shtretër', checks: [missing('s1')] }]), excluded)
    expect(brief.model.quotes[0].included).toBe(false)
    expect(brief.quotes[0].line).toBe('Sipas njoftimit zyrtar.')
    expect(brief.quotes[0].lineOutdated).toBe(true)
    expect(compose(f, excluded).quotes[0].lineOutdated).toBe(false)
  })
})

describe('a quote re-attributed', () => {
  it('takes the new speaker in the brief, its line and every export', () => {
    const f = facts([beds])
    const o = edited(f, NO_OVERRIDES, {})
    const brief = compose(facts([{ ...beds, speaker: 'Besa Leka', attribution: 'unknown' }]), o)
    expect(brief.model.quotes[0].speaker).toBe('Besa Leka')
    expect(brief.model.quotes[0].attribution).toBe('unknown')
    expect(briefMarkdown(brief.model, { date: '2025-03-19' })).toContain('— **Besa Leka**')
    expect(printBriefDocument(brief.model, { date: '2025-03-19', pageSize: 'A4', fonts: [] })).toContain('<span class="speaker">Besa Leka</span>')
  })

  it('keeps a re-worded line over the new attribution, flagged as outdated', () => {
    const f = facts([staff])
    const line = { text: 'Drejtori e tha në konferencë.', basis: compose(f).quotes[0].autoLine }
    const o = { ...edited(f, NO_OVERRIDES, {}), quotes: [{ ...compose(f).overrides.quotes[0], line }] }
    const brief = compose(facts([{ ...staff, speaker: 'Arben Zyberaj' }]), o)
    expect(brief.quotes[0].line).toBe('Drejtori e tha në konferencë.')
    expect(brief.quotes[0].lineOutdated).toBe(true)
    expect(brief.quotes[0].autoLine).toContain('Arben Zyberaj')
  })
})

describe('a verdict given or withdrawn', () => {
  const misquoted: QuoteFacts = { ...beds, verdict: { verdict: 'misquote', note: 'Njoftimi thotë 150 shtretër' } }

  it('flags a misquote in the brief and both exports, its note a footnote', () => {
    const brief = compose(facts([misquoted, staff]))
    expect(brief.model.quotes[0]).toMatchObject({ verdict: 'misquote', included: true })
    expect(brief.model.notes.map((n) => n.text)).toContain('Vendimi i redaktorit: Citim i gabuar. Njoftimi thotë 150 shtretër')
    const markdown = briefMarkdown(brief.model, { date: '2025-03-19' })
    expect(markdown).toContain('**⚠ CITIM I GABUAR**\n\n> Spitali do të ketë 200 shtretër')
    expect(markdown).toMatch(/\[\^\d\]: Vendimi i redaktorit: Citim i gabuar\. Njoftimi thotë 150 shtretër/)
    const html = printBriefDocument(brief.model, { date: '2025-03-19', pageSize: 'A4', fonts: [] })
    expect(html).toContain('class="quote status-verbatim flag-misquote"')
    expect(html).toContain('⚠ CITIM I GABUAR')
  })

  it('flags a quote that needs following up', () => {
    const brief = compose(facts([{ ...staff, verdict: { verdict: 'follow-up', note: '' } }]))
    expect(briefMarkdown(brief.model, { date: '2025-03-19' })).toContain('**⚠ KËRKON VERIFIKIM**')
    // No note, no footnote: the flag says it.
    expect(brief.model.notes.map((n) => n.id)).toEqual(['line-q-staff'])
  })

  it('keeps every override when given, and drops flag and footnote when withdrawn', () => {
    const f = facts([beds, staff])
    const o = edited(f, NO_OVERRIDES, { headline: 'Titulli im', lede: [[{ text: 'Hyrja ime.', bold: true }]] })
    const reordered = { ...o, quotes: [{ ...o.quotes[1], included: false }, o.quotes[0]] }
    const given = compose(facts([misquoted, staff]), reordered)
    expect(given.model.headline).toBe('Titulli im')
    expect(given.model.lede).toEqual([[{ text: 'Hyrja ime.', bold: true }]])
    expect(given.quotes.map((q) => [q.key, q.included, q.verdict])).toEqual([['q-staff', false, null], ['q-beds', true, 'misquote']])
    const withdrawn = compose(facts([beds, staff]), { ...reordered, quotes: given.overrides.quotes })
    expect(withdrawn.quotes.map((q) => [q.key, q.included, q.verdict])).toEqual([['q-staff', false, null], ['q-beds', true, null]])
    expect(withdrawn.model.notes.some((n) => n.id.startsWith('verdict-'))).toBe(false)
    expect(briefMarkdown(withdrawn.model, { date: '2025-03-19' })).not.toContain('⚠')
  })
})

describe('what the translation left out', () => {
  const omissions = [{ sourceTitle: 'Deklarata', language: 'en', sentences: ['The blood and treasure spent are lost.'] }]

  it('is in the brief and both exports unless the editor leaves it out', () => {
    const shown = compose(facts([beds], { omissions }))
    expect(shown.model.omissions).toEqual(omissions)
    expect(briefMarkdown(shown.model, { date: '2025-03-19' })).toContain('## Çfarë la jashtë përkthimi')
    expect(printBriefDocument(shown.model, { date: '2025-03-19', pageSize: 'A4', fonts: [] })).toContain('<li lang="en">The blood and treasure spent are lost.</li>')
    const hidden = compose(facts([beds], { omissions }), overrides({ omissions: false }))
    expect(briefMarkdown(hidden.model, { date: '2025-03-19' })).not.toContain('Çfarë la jashtë')
  })
})
