import { describe, expect, it } from 'vitest'
import type { Check, Source } from '../../db'
import { quoteView, statusCounts } from './quoteViews'

const source = (id: string): Source => ({ id, articleId: 'a', title: id, author: null, language: 'sq', text: '', origin: 'pasted', createdAt: 0 })
const check = (quoteId: string, sourceId: string, status: Check['status'], ownSource = false): Check => ({
  id: `${quoteId}|${sourceId}`, articleId: 'a', quoteId, sourceId, status, score: status === 'not-found' ? 0.4 : 1, match: null, diff: [],
  verdict: null, verdictNote: '', verdictQuoteText: null, checkedAt: 0, quoteText: 'citim', ownSource,
})
const quote = { id: 'q', text: 'citim' }
const sources = [source('wh'), source('kremlin')]

describe('how the checks pane judges a quote', () => {
  it('shows a source it is not in, and was not expected in, apart: not as an error', () => {
    const checks = new Map([check('q', 'wh', 'verbatim', true), check('q', 'kremlin', 'not-found')].map((c) => [c.id, c]))
    const view = quoteView(quote, sources, checks)
    expect(view.status).toBe('verbatim')
    expect(view.main.map((r) => r.source.id)).toEqual(['wh'])
    expect(view.elsewhere.map((r) => r.source.id)).toEqual(['kremlin'])
  })

  it('keeps the miss in the speaker’s own source as an error, beside the match elsewhere', () => {
    const checks = new Map([check('q', 'wh', 'not-found', true), check('q', 'kremlin', 'verbatim')].map((c) => [c.id, c]))
    expect(quoteView(quote, sources, checks).main.map((r) => r.source.id)).toEqual(['wh', 'kremlin'])
  })

  it('shows every miss of a quote found nowhere, and counts it once as not found', () => {
    const checks = new Map([check('q', 'wh', 'not-found'), check('q', 'kremlin', 'not-found')].map((c) => [c.id, c]))
    const view = quoteView(quote, sources, checks)
    expect(view.main).toHaveLength(2)
    expect(statusCounts([view])['not-found']).toBe(1)
  })
})
