import { describe, expect, it } from 'vitest'
import { AFFILIATIONS, DEFAULT_ENTITIES, detectQuotes, EntityBook, prepareArticle, reportQuote } from '../../renderer/src/core/index'
import { fixtureCases, seedCase } from '../fixtureCases'

// Attribution remembers what it worked out while the entity book stays unchanged. A quote's
// verdict must still not depend on which quotes were checked before it: checked last to first,
// in a context of its own, every quote gets the verdict and the reason it gets first to last.

describe('attribution in any order', () => {
  it('gives every quote of every fixture the same verdict and reason whichever quotes came before it', () => {
    let compared = 0
    for (const c of [seedCase, ...fixtureCases]) {
      const forward = prepareArticle(c.article, c.sources ?? [])
      // The same built-in data passed explicitly: an equal context, learned anew.
      const backward = prepareArticle(c.article, c.sources ?? [], { wellKnown: DEFAULT_ENTITIES, groups: AFFILIATIONS })
      expect(backward.context).not.toBe(forward.context)
      const { quotes } = detectQuotes(c.article, forward.embedded)
      const first = quotes.map((q) => reportQuote(q, forward))
      const last = [...quotes].reverse().map((q) => reportQuote(q, backward)).reverse()
      for (const [i, q] of first.entries()) {
        expect({ attribution: last[i].attribution, reason: last[i].attributionReason }, `${c.name}: ${q.text}`).toEqual({ attribution: q.attribution, reason: q.attributionReason })
        compared++
      }
    }
    expect(compared).toBeGreaterThan(100)
  }, 30_000) // every fixture checked twice: seconds, not milliseconds, on a busy machine
})

describe('the entity book', () => {
  it('answers how two are related from what it knows now, not from what it knew when first asked', () => {
    const book = new EntityBook()
    const leka = book.resolve('Besa Leka', 'article')
    const ministry = book.resolveBody('Ministria e Drejtësisë', 'article')
    const before = book.relate(leka.id, ministry.id).kind
    expect(before).not.toBe('speaks-for')
    book.link(leka.id, ministry.id, 'source')
    expect(book.relate(leka.id, ministry.id).kind).toBe('speaks-for')
    // A link that a quote's speaker adds after the texts are read lasts for that quote only.
    const court = book.resolveBody('Gjykata e Lartë', 'article')
    book.freeze()
    expect(book.relate(leka.id, court.id).kind).not.toBe('speaks-for')
    book.link(leka.id, court.id, 'article')
    expect(book.relate(leka.id, court.id).kind).toBe('speaks-for')
    book.beginQuery()
    expect(book.relate(leka.id, court.id).kind).not.toBe('speaks-for')
  })
})
