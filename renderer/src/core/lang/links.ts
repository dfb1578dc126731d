import { foldDiacritics } from '../text/normalise'

// The small words that join the parts of an Albanian name and change with its case
// ("Shtëpia e Bardhë" / "Shtëpisë së Bardhë", "Departamenti i Shtetit" / "Departamentit të Shtetit").
// They decide nothing when two names are compared. One list for the whole app.

/** Linking articles. */
export const LINKING_ARTICLES: ReadonlySet<string> = new Set(['e', 'i', 'të', 'së'])

/** Particles inside foreign names ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'von', 'van', 'der', 'al', 'bin', 'el', 'di'])

const FOLDED = new Set([...LINKING_ARTICLES].map((w) => foldDiacritics(w)))

/**
 * A linking article in a name, also typed without diacritics ("Shtepise se Bardhe"). In running
 * text "se" and "te" are other words ("that", "at"): there use isNameConnector.
 */
export function isLinkingArticle(word: string): boolean {
  // Most words start with an ASCII letter that starts no article: no string is made for them.
  const first = word.charCodeAt(0) | 0x20
  if (first < 0x80 && first !== 0x65 && first !== 0x69 && first !== 0x73 && first !== 0x74) return false
  return FOLDED.has(foldDiacritics(word.toLowerCase()))
}

/** What can sit between the words of one name in running text: a linking article, "dhe", a particle. */
export function isNameConnector(word: string): boolean {
  const w = word.toLowerCase()
  return LINKING_ARTICLES.has(w) || w === 'dhe' || NAME_PARTICLES.has(w)
}
