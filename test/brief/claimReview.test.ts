// ClaimReview as aggregators read it: JSON-LD that a processor expands without dropping
// anything, with properties schema.org has (read from schema-dts's declarations of schema.org).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { buildBriefDraft, claimReview, composeBrief, factsOfReport, NO_OVERRIDES, CLAIM_REVIEW_RATING } from '../../renderer/src/core/brief'
import { checkArticle } from '../../renderer/src/core'

const require = createRequire(import.meta.url)
const jsonld = require('jsonld') as {
  expand: (doc: unknown, options?: object) => Promise<unknown[]>
  compact: (doc: unknown, context: unknown, options?: object) => Promise<Record<string, unknown>>
}

const seed = readFileSync(new URL('../fixtures/seed/article.sq.txt', import.meta.url), 'utf8')
const SCHEMA = 'https://schema.org/'
// schema.org's context maps every term under its vocabulary; the processor reads it offline here.
const CONTEXT = { '@context': { '@vocab': SCHEMA } }
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network in tests: ${url}`)
  return { contextUrl: null, documentUrl: url, document: CONTEXT }
}

/** schema.org's properties of a type and its ancestors, as schema-dts declares them. */
const declarations = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8')
function schemaProperties(type: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>()
  if (seen.has(type)) return out
  seen.add(type)
  const head = new RegExp(`interface ${type}Base(?: extends ([^{]+))? \\{`).exec(declarations)
  if (!head) throw new Error(`schema.org has no type ${type}`)
  const body = declarations.slice(head.index + head[0].length, declarations.indexOf('\n}', head.index))
  for (const m of body.matchAll(/^ {4}"([A-Za-z]+)"\?:/gm)) out.add(m[1])
  for (const parent of (head[1] ?? '').split(',').map((p) => /^(\w+)Base$/.exec(p.trim())?.[1]).filter((p): p is string => p !== undefined)) for (const p of schemaProperties(parent, seen)) out.add(p)
  return out
}

/** Every property of every typed object in a document, checked against its type's properties. */
function unknownProperties(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => unknownProperties(n, `${path}[${i}]`))
  if (!node || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  const type = record['@type']
  const allowed = typeof type === 'string' ? schemaProperties(type) : new Set<string>()
  const out: string[] = []
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue
    if (typeof type === 'string' && !allowed.has(key)) out.push(`${path}.${key} on ${type}`)
    out.push(...unknownProperties(value, `${path}.${key}`))
  }
  return out
}

const draft = buildBriefDraft({ articleText: seed })
const options = { date: '2025-03-20', newsroom: 'Redaksia e Lajmeve', articleDate: '2025-03-19' }

describe('the ClaimReview export', () => {
  const reviews = claimReview(draft, options)

  it('has one review per checked quote, each the quote, its speaker, the article and a rating', () => {
    expect(reviews).toHaveLength(5)
    expect(reviews.map((r) => r.claimReviewed)).toEqual(draft.quotes.map((q) => q.text))
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Shtëpia e Bardhë' },
        appearance: { '@type': 'NewsArticle', headline: draft.article.title },
        datePublished: '2025-03-19',
      },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: CLAIM_REVIEW_RATING.best, worstRating: CLAIM_REVIEW_RATING.worst, alternateName: 'Pothuajse fjalë për fjalë' },
      author: { '@type': 'Organization', name: 'Redaksia e Lajmeve' },
      datePublished: '2025-03-20',
      inLanguage: 'sq',
    })
    // A joint statement is by each of its people.
    expect(reviews[2]).toMatchObject({ itemReviewed: { author: [{ '@type': 'Person', name: 'Donald Trump' }, { '@type': 'Person', name: 'Vladimir Putin' }] } })
  })

  it('rates the editor’s verdict over the status, in the brief’s language', () => {
    const report = checkArticle(seed)
    const facts = factsOfReport(report, seed)
    const misquoted = { ...facts, quotes: facts.quotes.map((q, i) => (i === 0 ? { ...q, verdict: { verdict: 'misquote' as const, note: '' } } : q)) }
    const [sq] = claimReview(composeBrief(misquoted, NO_OVERRIDES, 'sq').model, options)
    expect(sq.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Citim i gabuar' })
    const [en] = claimReview(composeBrief(misquoted, NO_OVERRIDES, 'en').model, options)
    expect(en).toMatchObject({ inLanguage: 'en', reviewRating: { alternateName: 'Misquote' } })
  })

  it('leaves out quotes never checked and quotes the editor left out', () => {
    const unchecked = buildBriefDraft({ articleText: '“Do të ndërtojmë një urë”, tha kryetari i bashkisë.' })
    expect(unchecked.quotes[0].status).toBe('not-checked')
    expect(claimReview(unchecked, options)).toEqual([])
    const fewer = { ...draft, quotes: draft.quotes.map((q, i) => ({ ...q, included: i !== 1 })) }
    expect(claimReview(fewer, options)).toHaveLength(4)
  })

  it('refuses to name no newsroom', () => {
    expect(() => claimReview(draft, { ...options, newsroom: '  ' })).toThrow(/newsroom/)
  })

  it('expands through a JSON-LD processor without losing a property, and compacts back to itself', async () => {
    const document = JSON.parse(JSON.stringify(reviews))
    const expanded = await jsonld.expand(document, { documentLoader })
    expect(expanded).toHaveLength(5)
    // Every term became a schema.org IRI: nothing was dropped as unknown.
    const keys = new Set<string>()
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk)
      if (!node || typeof node !== 'object') return
      for (const [key, value] of Object.entries(node)) {
        keys.add(key)
        walk(value)
      }
    }
    walk(expanded)
    for (const key of keys) expect(key.startsWith('@') || key.startsWith(SCHEMA), key).toBe(true)
    for (const [i, review] of document.entries()) {
      const { '@context': _context, ...body } = review
      const compacted = await jsonld.compact(expanded[i], 'https://schema.org', { documentLoader })
      const { '@context': _again, ...back } = compacted
      expect(back).toEqual(body)
    }
  })

  it('uses only properties schema.org defines for each type', () => {
    expect(schemaProperties('ClaimReview').has('claimReviewed')).toBe(true)
    expect(unknownProperties([{ '@type': 'Rating', ratingValue: 1, claimReviewed: 'x' }])).toEqual(['$[0].claimReviewed on Rating'])
    expect(unknownProperties(reviews)).toEqual([])
  })
})
