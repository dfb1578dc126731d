// One comparison per (translation, original) pair of texts, shared by the Translation view and
// the compare drawer: the core's compareTranslation, run once while both texts stay the same.
import { compareTranslation, type TranslationComparison } from '../../../core/translation'
import type { Source } from '../../../db'

export type ComparisonResult = { report: TranslationComparison; error: null } | { report: null; error: { language: string } | { message: string } }

const cache = new Map<string, ComparisonResult>()
const CACHE_SIZE = 8

export function comparisonOf(translation: Source, original: Source): ComparisonResult {
  const key = `${translation.language}\u0000${original.language}\u0000${translation.text}\u0000${original.text}`
  const hit = cache.get(key)
  if (hit) return hit
  let result: ComparisonResult
  try {
    const region = { start: 0, end: translation.text.length }
    result = { report: compareTranslation(translation.text, original.text, { translationLang: translation.language, originalLang: original.language, region }), error: null }
  } catch (failure) {
    const message = failure instanceof Error ? failure.message : String(failure)
    const language = /no language data for "([^"]+)"/.exec(message)?.[1]
    result = { report: null, error: language ? { language } : { message } }
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(key, result)
  return result
}

/** The source kept as the original of `translation`, if any. */
export function originalOfSource(sources: readonly Source[], translation: Source): Source | undefined {
  return sources.find((source) => source.originalOf === translation.id)
}
