import { attribute, checkQuote, prepareSource, type Attribution, type PreparedSource, type QuoteCheck } from '../../core'

export interface CheckQuoteInput {
  id: string
  text: string
  /** Canonical name of the speaker's entity, or null. */
  speaker: string | null
  /** Institutions the speaker speaks for, from a title in apposition. */
  affiliations?: readonly string[]
}

export interface CheckSourceInput {
  id: string
  text: string
  /** Name of the author's entity, or null. */
  author: string | null
}

export interface QuoteResult {
  quoteId: string
  text: string
  checks: QuoteCheck[]
  attribution: Attribution
}

export interface CheckRound {
  results: QuoteResult[]
  /** How many quote × source pairs were aligned this round; the rest came from the cache. */
  computed: number
}

/**
 * Checks quotes against sources and remembers what it did: a source's index is built once
 * per text, and a (quote text, source) pair is aligned once. A round therefore aligns only
 * the quotes whose words changed and the sources whose text changed. Pure: runs in the
 * checks worker and in unit tests.
 */
export class IncrementalChecker {
  private readonly sources = new Map<string, { text: string; prepared: PreparedSource; results: Map<string, QuoteCheck> }>()

  run(quotes: readonly CheckQuoteInput[], sources: readonly CheckSourceInput[]): CheckRound {
    const wanted = new Set(sources.map((source) => source.id))
    for (const id of this.sources.keys()) if (!wanted.has(id)) this.sources.delete(id)
    const entries = sources.map((source) => {
      let entry = this.sources.get(source.id)
      if (!entry || entry.text !== source.text) {
        entry = { text: source.text, prepared: prepareSource({ id: source.id, text: source.text }, source.id), results: new Map() }
        this.sources.set(source.id, entry)
      }
      entry.prepared.author = source.author
      return entry
    })

    let computed = 0
    const results = quotes.map<QuoteResult>((quote) => {
      const checks = entries.map((entry) => {
        let check = entry.results.get(quote.text)
        if (!check) {
          check = checkQuote(quote.text, [entry.prepared])[0]
          entry.results.set(quote.text, check)
          computed++
        }
        return check
      })
      return { quoteId: quote.id, text: quote.text, checks, attribution: attribute(quote.speaker, checks, entries.map((entry) => entry.prepared), quote.affiliations) }
    })

    // Forget the words of quotes that are gone, so typing does not grow the cache without bound.
    const texts = new Set(quotes.map((quote) => quote.text))
    for (const entry of entries) for (const text of entry.results.keys()) if (!texts.has(text)) entry.results.delete(text)
    return { results, computed }
  }
}
