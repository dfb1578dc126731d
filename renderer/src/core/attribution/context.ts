import type { Token } from '../text/tokenize'
import { isCapitalised, tokenize, tokensOf } from '../text/tokenize'
import { sameStem, stem } from '../lang/stem'
import { AFFILIATIONS, DEFAULT_ENTITIES } from '../entities/wellKnown'
import type { Entity } from '../entities/types'
import { isDocumentNoun } from '../speakers/lexicon'
import { institutionNoun, pluralInstitution } from '../entities/titles'
import { isLinkingArticle } from '../lang/links'
import { pairMarks } from '../quotes/pair'
import { firstIndexAfter } from '../text/sorted'
import { EntityBook } from './book'
import type { EditorKnowledge } from './knowledge'
import { headingAuthor, headingLead, learnAuthor, learnFromText, letterhead, openingHeading, properStems, signatureLines } from './learn'
import { indexSubjects, type SubjectIndex } from './subjects'

/** A source as attribution needs it. */
export interface AttributionSource {
  id: string
  title: string
  /** The author as given or as its heading names it, in any form ("Besa Leka, ministre e …"). */
  author: string | null
  text: string
  /** For a source embedded in the article: where its text starts there. */
  start?: number | null
  end?: number | null
}

export interface SourceProfile {
  id: string
  title: string
  /** Entities that speak through this source: its author, heading and signature. */
  voices: string[]
  /** The author as given, for explanations. */
  author: string | null
  subjects: SubjectIndex
  /** The first word of its title when that is a document noun ("Raporti"): for "sipas raportit". */
  document: string | null
}

export interface AttributionContext {
  book: EntityBook
  sources: ReadonlyMap<string, SourceProfile>
}

export interface ContextOptions {
  knowledge?: EditorKnowledge
  /** The built-in data; an empty list shows what the texts alone teach. */
  wellKnown?: readonly Entity[]
  groups?: readonly (readonly string[])[]
}

/**
 * Everything attribution knows for one article: who is who according to the editor, the
 * sources, the article, and last the built-in data; and who each source speaks for.
 */
export function attributionContext(articleText: string, sources: readonly AttributionSource[], options: ContextOptions = {}): AttributionContext {
  // The same texts and knowledge teach the same things: like a source's index, learned once.
  const knowledge = JSON.stringify(options.knowledge ?? null)
  const hit = recent.find(
    (r) =>
      r.articleText === articleText &&
      r.knowledge === knowledge &&
      r.wellKnown === options.wellKnown &&
      r.groups === options.groups &&
      r.sources.length === sources.length &&
      r.sources.every((x, i) => x.id === sources[i].id && x.title === sources[i].title && x.author === sources[i].author && x.text === sources[i].text),
  )
  if (hit) return hit.context
  const context = learnContext(articleText, sources, options)
  recent.unshift({ articleText, knowledge, wellKnown: options.wellKnown, groups: options.groups, sources: sources.map(({ id, title, author, text }) => ({ id, title, author, text })), context })
  if (recent.length > RECENT) recent.pop()
  return context
}

const RECENT = 4
const recent: Array<{
  articleText: string
  knowledge: string
  wellKnown: ContextOptions['wellKnown']
  groups: ContextOptions['groups']
  sources: AttributionSource[]
  context: AttributionContext
}> = []

function learnContext(articleText: string, sources: readonly AttributionSource[], options: ContextOptions): AttributionContext {
  const book = new EntityBook(options.wellKnown ?? DEFAULT_ENTITIES, options.groups ?? (options.wellKnown ? [] : AFFILIATIONS))
  const knowledge = options.knowledge ?? {}
  for (const e of knowledge.entities ?? []) {
    const entity = book.resolve(e.name, 'editor')
    for (const alias of e.aliases ?? []) {
      const other = book.find(alias)
      if (other && other.id !== entity.id) book.merge(entity.id, other.id)
      else book.alias(entity.id, alias)
    }
    if (e.kind) entity.kind = e.kind
    if (e.genitive) book.setGenitive(entity.id, e.genitive)
  }

  // "Dy partitë …": which party a bare "zëdhënësja e partisë" means, the texts do not say.
  book.noteSeveral(kindsNamedSeveral(articleText))

  // Sources first: their authors are the names the article's short forms refer to.
  const proper = new Set<string>()
  const voices = new Map<string, string[]>()
  const texts: Array<{ source: AttributionSource; tokens: Token[] }> = []
  for (const source of sources) {
    const found: string[] = []
    if (source.author) found.push(...learnAuthor(book, source.author, 'source'))
    for (const heading of [source.title, openingHeading(source.text)]) {
      const named = heading ? headingAuthor(heading) : null
      if (!named) continue
      // "Deklarata e Dhomës së Tregtisë": the author, and how the texts write its genitive.
      const entity = book.resolve(named.name, 'source')
      book.attestGenitive(entity.id, named.written)
      found.push(entity.id)
    }
    for (const line of signatureLines(source.text)) found.push(...learnAuthor(book, line, 'source'))
    for (const head of [letterhead(source.text), headingLead(source.title)]) if (head) found.push(...learnAuthor(book, head, 'source'))
    voices.set(source.id, found)
    texts.push({ source, tokens: learnFromText(book, source.text, 'source') })
  }
  // The article, outside the sources embedded in it.
  let at = 0
  const embedded = sources.filter((s) => s.start != null && s.end != null).sort((a, b) => (a.start as number) - (b.start as number))
  const articleWords: string[] = []
  const readArticle = (tokens: Token[]) => {
    properStems(articleText, tokens, proper)
    for (const t of tokens) if (t.kind !== 'punct') articleWords.push(t.text)
  }
  for (const s of embedded) {
    const headingStart = articleText.lastIndexOf('\n', (s.start as number) - 2) + 1
    if (headingStart > at) readArticle(learnFromText(book, articleText, 'article', at, headingStart))
    at = Math.max(at, s.end as number)
  }
  if (at < articleText.length) readArticle(learnFromText(book, articleText, 'article', at))
  book.readArticle(articleWords)
  for (const { source, tokens } of texts) properStems(source.text, tokens, proper)

  book.settleTitles()
  for (const link of knowledge.links ?? []) {
    const a = book.resolve(link.from, 'editor')
    const b = book.resolve(link.to, 'editor')
    if (link.relation === 'speaks-for') book.link(a.id, b.id, 'editor')
    else book.markUnrelated(a.id, b.id)
  }

  const profiles = new Map<string, SourceProfile>()
  const tokensById = new Map(texts.map(({ source, tokens }) => [source.id, tokens]))
  for (const { source } of texts) {
    const ids = [...new Set((voices.get(source.id) ?? []).map((id) => book.get(id).id))]
    // The voices of one document are one side: the ministry and the minister who signs for it.
    for (const a of ids) for (const b of ids) if (a !== b) book.link(a, b, 'source')
    const first = tokenize(source.title).find((t) => t.kind !== 'punct')
    profiles.set(source.id, {
      id: source.id,
      title: source.title,
      voices: ids,
      author: source.author,
      subjects: indexSubjects(book, source.text, tokensById.get(source.id) as Token[], proper),
      document: first && isDocumentNoun(first.text) ? first.text : null,
    })
  }
  book.freeze()
  return { book, sources: profiles }
}

/**
 * The kinds of body of which the article's own words, outside its quotations, name several: in
 * the plural ("dy partitë") or by two names ("Bashkia e Gramshit", "Bashkia e Cërrikut"). A bare
 * "zëdhënësi i bashkisë" then does not say whose. A speaker's "për kompanitë ajrore" speaks in general.
 */
function kindsNamedSeveral(text: string): string[] {
  const quoted = pairMarks(text, 0, text.length).pairs.filter((p) => p.depth === 0).sort((a, b) => a.open.start - b.open.start)
  const inside = (at: number) => {
    const k = firstIndexAfter(quoted.length, (i) => quoted[i].open.start <= at) - 1
    return k >= 0 && at < quoted[k].close.end
  }
  const tokens = tokensOf(text)
  const out: string[] = []
  const names = new Map<string, Set<string>>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    // "në rrjetet sociale" are no bodies.
    const plural = pluralInstitution(t.text)
    if (plural && !inside(t.start) && tokens[i + 1]?.norm !== 'sociale') out.push(plural)
    // "Bashkia e Gramshit": a kind, its article, a capitalised name.
    const name = tokens[i + 2]
    if (!name || !isCapitalised(t.text) || !isCapitalised(name.text) || !isLinkingArticle(tokens[i + 1].text)) continue
    const noun = institutionNoun(t.text)
    if (!noun || inside(t.start)) continue
    const seen = names.get(noun) ?? new Set<string>()
    seen.add(stem(name.text))
    names.set(noun, seen)
  }
  for (const [noun, seen] of names) if (seen.size >= 2) out.push(noun)
  return out
}

/** The one source whose title names this kind of document ("sipas raportit" → "Raporti i …"). */
export function sourceOfDocument(context: AttributionContext, noun: string): SourceProfile | null {
  const matching = [...context.sources.values()].filter((s) => s.document !== null && s.voices.length > 0 && sameStem(s.document, noun))
  return matching.length === 1 ? matching[0] : null
}
