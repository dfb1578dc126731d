import { attributeQuote, attributionContext, type AttributionContext, type AttributionReason, type EditorKnowledge, type SpeakerInput } from '../../core/attribution'
import { checkQuote, prepareSource, type PreparedSource } from '../../core/check'
import type { Attribution, QuoteCheck } from '../../core/types'

export interface CheckQuoteInput {
  id: string
  text: string
  /** Who the article (or the editor) says spoke. */
  speaker: SpeakerInput | null
}

export interface CheckSourceInput {
  id: string
  title: string
  text: string
  /** The author as stored (an entity's name), or null. */
  author: string | null
}

export interface QuoteResult {
  quoteId: string
  text: string
  checks: QuoteCheck[]
  attribution: Attribution
  attributionReason: AttributionReason
  /** The source the attribution rests on (its best match), or null. */
  attributionSource: string | null
  /** Sources by the speaker's own side: where the quote is expected. */
  ownSources: string[]
}

export interface CheckRound {
  results: QuoteResult[]
  /** How many quote × source pairs were aligned this round; the rest came from the cache. */
  computed: number
}

export interface CheckContextInput {
  /** The article's text: what attribution learns appositions and titles from. */
  articleText?: string
  knowledge?: EditorKnowledge
}

/**
 * The Quotes pane's rows as the checker takes them: a row's speaker is the one the editor chose;
 * a suggestion's is the one the core found, with the words the article used.
 */
export function checkInputs(items: ReadonlyArray<{ id: string; text: string; row: { speaker: string | null } | null; suggestion: { speaker: { entity: string; surface: string } | null } | null }>, entityName: (id: string) => string | null): CheckQuoteInput[] {
  return items.map((item) => {
    if (item.row) {
      const name = item.row.speaker ? entityName(item.row.speaker) : null
      return { id: item.id, text: item.text, speaker: name ? { name } : null }
    }
    const found = item.suggestion?.speaker
    return { id: item.id, text: item.text, speaker: found ? { name: found.entity, surface: found.surface } : null }
  })
}

/**
 * Checks quotes against sources and remembers what it did: a source's index is built once
 * per text, and a (quote text, source) pair is aligned once. A round therefore aligns only
 * the quotes whose words changed and the sources whose text changed. Attribution is the core's
 * (attributeQuote). Pure: runs in the checks worker and in unit tests.
 */
export class IncrementalChecker {
  private readonly sources = new Map<string, { text: string; prepared: PreparedSource; results: Map<string, QuoteCheck> }>()

  run(quotes: readonly CheckQuoteInput[], sources: readonly CheckSourceInput[], input: CheckContextInput = {}): CheckRound {
    const wanted = new Set(sources.map((source) => source.id))
    for (const id of this.sources.keys()) if (!wanted.has(id)) this.sources.delete(id)
    const entries = sources.map((source) => {
      let entry = this.sources.get(source.id)
      if (!entry || entry.text !== source.text) {
        entry = { text: source.text, prepared: prepareSource({ id: source.id, text: source.text }, source.id), results: new Map() }
        this.sources.set(source.id, entry)
      }
      entry.prepared.author = source.author
      entry.prepared.title = source.title
      return entry
    })
    const context = this.contextFor(sources, input)

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
      const result = attributeQuote(context, quote.speaker, checks)
      return { quoteId: quote.id, text: quote.text, checks, attribution: result.attribution, attributionReason: result.reason, attributionSource: result.source, ownSources: result.ownSources }
    })

    // Forget the words of quotes that are gone, so typing does not grow the cache without bound.
    const texts = new Set(quotes.map((quote) => quote.text))
    for (const entry of entries) for (const text of entry.results.keys()) if (!texts.has(text)) entry.results.delete(text)
    return { results, computed }
  }

  private contextFor(sources: readonly CheckSourceInput[], input: CheckContextInput): AttributionContext {
    // The core keeps the contexts of the last few inputs: only a changed text or link rebuilds it.
    return attributionContext(input.articleText ?? '', sources, { knowledge: input.knowledge })
  }
}
