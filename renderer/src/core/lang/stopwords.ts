import { foldWord as key } from '../text/normalise'

// Albanian stopwords as published in spaCy's `sq` language data
// (spacy/lang/sq/stop_words.py, MIT), itself taken from
// https://github.com/andrixh/index-albanian. stopwords-iso has no Albanian list.
// The published list is written without diacritics, so words are compared folded:
// "të" → "te", "që" → "qe", "në" → "ne".
const PUBLISHED = `
a afert ai ajo andej anes aq as asaj ashtu ata ate atij atje ato aty atyre b be behem behet bej beje
bejne ben bene bere beri bie c ca cdo cfare cila cilat cilave cilen ciles cilet cili cilin cilit deri dhe
dic dicka dickaje dike dikujt dikush disa do dot drejt duke dy e edhe ende eshte etj fare gjate gje
gjitha gjithcka gjithe gjithnje here i ia ishin ishte iu ja jam jane jap je jemi jo ju k ka kam kane
kem kemi keq kesaj keshtu kete ketej ketij keto ketu ketyre kishin kishte kjo krejt kryer kryesisht
kryhet ku kudo kundrejt kur kurre kush ky la le lloj m ma madhe marr marre mban mbi me menjehere merr
merret mes mi midis mire mjaft mori mos mua mund na ndaj nder ndermjet ndersa ndonje ndryshe ne nen
neper nepermjet nese nga nje njera nuk ose pa pak papritur para pas pasi pasur per perbashket perpara
po por prane prapa prej pse qe qene qenet rralle rreth rri s sa saj sapo se secila sepse sh shih shume
si sic sikur sipas siper sone t ta tani te tej tek teper tere ti tij tilla tille tjera tjeret tjeter
tjetren to tone ty tyre u ua une vazhdimisht vend vet veta vete vetem veten vetes vjen yne zakonisht`

// Function words the published list lacks: "sesa" (than), the longer form of "se"; "apo" (or), as
// "ose" is; "të" with an object clitic, elided ("t'i", "t'u", "t'ia", "t'ua").
const ADDED = "sesa apo t'i t'u t'ia t'ua"

const STOPWORDS: ReadonlySet<string> = new Set(`${PUBLISHED} ${ADDED}`.split(/\s+/).filter(Boolean))

/** Words that flip or fix meaning: dropping or swapping them is never a "function word" change. */
const NEVER_SOFT: ReadonlySet<string> = new Set([
  'nuk', 'mos', 'jo', 'as', 's', 'kurre', 'pa', 'asnje', 'dy', 'tre', 'kater', 'gjithe', 'gjitha',
  'madhe', 'mire', 'keq', 'vetem', 'shume', 'pak', 'menjehere', 'papritur', 'vend',
  // Verbs the published list holds: "të bëhet" and "të kryhet" are two verbs, not two function words.
  'behem', 'behet', 'bej', 'beje', 'bejne', 'ben', 'bene', 'bere', 'beri', 'kryer', 'kryhet', 'marr', 'marre',
  'merr', 'merret', 'mori', 'mban', 'jap', 'vjen', 'rri', 'bie',
])

/** Negations and quantifiers: they change what is said, but say nothing about which passage is meant. */
const NEGATIONS_AND_QUANTIFIERS: ReadonlySet<string> = new Set(['nuk', 'mos', 'jo', 'as', 's', 'kurre', 'pa', 'asnje', 'gjithe', 'gjitha', 'vetem', 'cdo'])

export function isStopword(word: string): boolean {
  return stopwordKey(key(word))
}

/** The same for a word already folded (foldWord). */
export const stopwordKey = (folded: string): boolean => STOPWORDS.has(folded)

/** A stopword whose swap, addition or omission does not change what was said. */
export function isFunctionWord(word: string): boolean {
  return functionWordKey(key(word))
}

/** The same for a word already folded (foldWord). */
export const functionWordKey = (folded: string): boolean => STOPWORDS.has(folded) && !NEVER_SOFT.has(folded)

export const stopwords: ReadonlySet<string> = STOPWORDS

/** "nuk", "asnjë", "vetëm": matching them is no sign that a passage is the one quoted. */
export function isNegationOrQuantifier(word: string): boolean {
  return NEGATIONS_AND_QUANTIFIERS.has(key(word))
}
