import { foldWord as fold } from '../../core/text/normalise'
import { isLinkingArticle } from '../../core/lang/links'
import { sameStem, stem } from '../../core/lang/stem'
import { wordTokens } from '../../core/text/tokenize'
import type { Entity } from '../../db'

// The core's words, and each part of a hyphenated one, so that "Claude" finds Jean-Claude Juncker.
const words = (text: string) => wordTokens(text).flatMap((token) => token.text.split('-')).filter(Boolean)

/**
 * Whether what the editor typed names this entity: every typed word starts a word of one of its
 * names, or is the same word inflected ("Shtëpisë" finds Shtëpia e Bardhë).
 */
export function matchesQuery(entity: Pick<Entity, 'name' | 'aliases'>, query: string): boolean {
  // Linking articles change with the case ("Shtëpia e" / "Shtëpisë së"): they decide nothing.
  const typed = words(query).filter((word) => !isLinkingArticle(word))
  if (typed.length === 0) return words(query).length === 0
  return [entity.name, ...entity.aliases].some((form) => {
    const formWords = words(form)
    return typed.every((word) => formWords.some((candidate) => fold(candidate).startsWith(fold(word)) || sameStem(candidate, word) || fold(candidate).startsWith(stem(word))))
  })
}

