import { wordTokens } from '../text/tokenize'
import { STATUS_RANK } from '../status'
import { isDocumentNoun } from '../speakers/lexicon'
import { isLinkingArticle } from '../lang/links'
import { toNominative } from '../entities/nominative'
import type { Attribution, QuoteCheck } from '../types'
import { isProperName, nameKey, stripTitles } from '../entities/names'
import { institutionNoun, isIndefiniteTitle } from '../entities/titles'
import type { BookEntity, Evidence, Relation } from './bookEntity'
import { sourceOfDocument, type AttributionContext, type SourceProfile } from './context'

// The one attribution: whether the words a quote is given to are the words of its best match's
// source. consistent: that source's author is the speaker, speaks for the speaker, or the source
// names the speaker as the one acting; mismatch: only when the author is known to be someone
// else, on another side; otherwise unknown, with the reason in words.

/** A name as an explanation writes it. */
export interface NamedEntity {
  name: string
  /** Genitive (= dative): "Shtëpisë së Bardhë", "Besa Lekës". */
  genitive: string
  english: string
  plural: boolean
}

export interface SourceRef {
  id: string
  title: string
}

export type AttributionReason =
  | { code: 'not-found' }
  | { code: 'no-speaker' }
  | { code: 'no-author'; source: SourceRef }
  | { code: 'same'; source: SourceRef; speaker: NamedEntity }
  | {
      code: 'speaks-for'
      source: SourceRef
      speaker: NamedEntity
      author: NamedEntity
      /** What both speak for, when neither speaks for the other directly. */
      through: NamedEntity | null
      /** Whether the author speaks for the speaker (a minister's statement quoted as her ministry's). */
      authorSpeaks: boolean
      evidence: Evidence
    }
  /** The source names the speaker (or, `through`, the speaker's side) as acting where the words are. */
  | { code: 'subject'; source: SourceRef; speaker: NamedEntity; through: NamedEntity | null }
  | { code: 'document'; source: SourceRef; speaker: NamedEntity }
  | { code: 'not-known'; source: SourceRef; speaker: NamedEntity; author: NamedEntity }
  | { code: 'part-of'; source: SourceRef; speaker: NamedEntity; author: NamedEntity; whole: NamedEntity }
  | { code: 'maybe-same'; source: SourceRef; speaker: NamedEntity; author: NamedEntity; through: NamedEntity }
  | { code: 'similar'; source: SourceRef; speaker: NamedEntity; author: NamedEntity; side: NamedEntity }
  | { code: 'also-own'; source: SourceRef; speaker: NamedEntity; author: NamedEntity; own: SourceRef }
  | { code: 'unrelated'; source: SourceRef; speaker: NamedEntity; author: NamedEntity }
  | { code: 'mentioned'; source: SourceRef; speaker: NamedEntity; author: NamedEntity; side: NamedEntity }
  | { code: 'quoted'; source: SourceRef; speaker: NamedEntity; author: NamedEntity }
  /** A transcript's label gives the passage to someone else ("Malësia Sot: …" in an interview). */
  | { code: 'labelled'; source: SourceRef; speaker: NamedEntity; label: NamedEntity }
  | { code: 'marked-unrelated'; source: SourceRef; speaker: NamedEntity; author: NamedEntity }

export interface AttributionResult {
  attribution: Attribution
  reason: AttributionReason
  /** The source the verdict rests on: the best match's. */
  source: string | null
  /** The speaker's name as attribution resolved it ("Leka" → "Besa Leka"), or null. */
  speaker: string | null
  /** Sources by the speaker or its own side: where the quote is expected to be found. */
  ownSources: string[]
}

/** Who the article says spoke: the entity's name, and the words as written when they differ. */
export interface SpeakerInput {
  name: string | null
  surface?: string | null
}

function named(context: AttributionContext, entity: BookEntity): NamedEntity {
  const book = context.book
  const english = entity.members ? entity.members.map((m) => book.get(m).english ?? book.get(m).name).join(' and ') : (entity.english ?? entity.name)
  return { name: entity.name, genitive: book.genitive(entity.id), english, plural: entity.members !== undefined }
}

const ref = (s: SourceProfile): SourceRef => ({ id: s.id, title: s.title })

type Finding =
  | { kind: 'consistent'; reason: AttributionReason }
  | { kind: 'mismatch'; reason: AttributionReason }
  | { kind: 'unknown'; reason: AttributionReason }

/**
 * Whom the source names as acting where the words are, when that is the speaker ('speaker') or
 * its side as the texts or the editor tell it (that entity); null when neither.
 */
function namedBySource(context: AttributionContext, speaker: BookEntity, source: SourceProfile, at: number): 'speaker' | BookEntity | null {
  const book = context.book
  const subjects = new Set(source.subjects.at(at).map((id) => book.get(id).id))
  if (subjects.size === 0) return null
  const members = (speaker.members ?? [speaker.id]).map((m) => book.get(m).id)
  if (members.every((id) => subjects.has(id))) return 'speaker'
  let side: BookEntity | null = null
  for (const id of members) {
    if (subjects.has(id)) continue
    // Through what the texts or the editor say it speaks for, not through the built-in data.
    const via = book.side(id, false).find((x) => subjects.has(x.id)) ?? [...subjects].map((s) => book.get(s)).find((s) => book.side(s.id, false).some((x) => x.id === id))
    if (!via) return null
    side ??= book.get(via.id)
  }
  return side
}

/** Whom a transcript's label over `at` names, when the texts know it to be another side than the speaker's, or a medium (an interview's questions). */
function labelledOther(context: AttributionContext, speaker: BookEntity, source: SourceProfile, at: number): BookEntity | null {
  const labels = source.subjects.labelled(at).map((id) => context.book.get(id))
  const other = (label: BookEntity) => label.kind === 'media' || context.book.relate(speaker.id, label.id).kind === 'unrelated'
  return labels.length > 0 && labels.every(other) ? labels[0] : null
}

// Everyone a source names as acting, by their ids in the frozen book: the same for every quote.
const actingIn = new WeakMap<SourceProfile, Set<string>>()

/** The speaker, or what the texts say it speaks for, among those the source names as acting anywhere. */
function mentionedSide(context: AttributionContext, speaker: BookEntity, source: SourceProfile): BookEntity | null {
  const book = context.book
  let named = actingIn.get(source)
  if (!named) {
    named = new Set(source.subjects.all().map((id) => book.get(id).id))
    actingIn.set(source, named)
  }
  for (const m of speaker.members ?? [speaker.id]) {
    for (const x of book.side(m, false)) if (named.has(x.id)) return book.get(x.id)
    // "ZËVENDËSMINISTRJA ELONA RAMA: …" for a ministry: someone who speaks for the speaker.
    const member = book.get(m).id
    for (const id of named) if (book.side(id, false).some((x) => x.id === member)) return book.get(id)
  }
  return null
}

function judgeSource(context: AttributionContext, speaker: BookEntity, check: QuoteCheck, source: SourceProfile): Finding {
  const who = named(context, speaker)
  const subject = check.match ? namedBySource(context, speaker, source, check.match.start) : null
  if (subject === 'speaker') return { kind: 'consistent', reason: { code: 'subject', source: ref(source), speaker: who, through: null } }
  const byVoices = judgeVoices(context, speaker, source)
  // "Malësia Sot: …, bashkia ka humbur …" in an interview with the mayor: a transcript's label
  // gives the passage to another side, whoever the source's heading names.
  const labelled = !subject && check.match ? labelledOther(context, speaker, source, check.match.start) : null
  // Not where the speaker is the source's author (their own record), nor where it has none.
  const ownOrNone = byVoices.reason.code === 'same' || byVoices.reason.code === 'no-author'
  if (labelled && !ownOrNone) return { kind: 'unknown', reason: { code: 'labelled', source: ref(source), speaker: who, label: named(context, labelled) } }
  // The source names the speaker's side as acting: say whom, unless its author already settles it.
  if (subject && byVoices.kind !== 'consistent') return { kind: 'consistent', reason: { code: 'subject', source: ref(source), speaker: who, through: named(context, subject) } }
  // "Edhe operatorët turistikë … kanë shprehur shqetësim: «…»": words the source quotes from
  // someone it does not name are not known to be its author's.
  if (byVoices.reason.code === 'unrelated' && check.match && source.subjects.quotedFromUnnamed(check.match.start)) {
    return { kind: 'unknown', reason: { code: 'quoted', source: ref(source), speaker: who, author: byVoices.reason.author } }
  }
  return byVoices
}

function judgeVoices(context: AttributionContext, speaker: BookEntity, source: SourceProfile): Finding {
  const book = context.book
  const who = named(context, speaker)
  if (source.voices.length === 0) return { kind: 'unknown', reason: { code: 'no-author', source: ref(source) } }
  const relations = source.voices.map((v) => ({ voice: book.get(v), relation: book.relate(speaker.id, v) }))
  // The voices of one source are one side: one known to be another side is enough.
  const order: Relation['kind'][] = ['same', 'speaks-for', 'marked-unrelated', 'part-of', 'maybe-same', 'similar', 'unrelated', 'unknown']
  relations.sort((a, b) => order.indexOf(a.relation.kind) - order.indexOf(b.relation.kind))
  const { voice, relation } = relations[0]
  const author = named(context, voice)
  switch (relation.kind) {
    case 'same':
      return { kind: 'consistent', reason: { code: 'same', source: ref(source), speaker: who } }
    case 'speaks-for':
      return {
        kind: 'consistent',
        reason: {
          code: 'speaks-for',
          source: ref(source),
          speaker: who,
          author,
          through: relation.through && relation.through.id !== voice.id && relation.through.id !== speaker.id ? named(context, relation.through) : null,
          authorSpeaks: relation.direction === 'author-for-speaker',
          evidence: relation.evidence ?? 'article',
        },
      }
    case 'marked-unrelated':
      return { kind: 'mismatch', reason: { code: 'marked-unrelated', source: ref(source), speaker: who, author } }
    case 'part-of':
      return { kind: 'unknown', reason: { code: 'part-of', source: ref(source), speaker: who, author, whole: named(context, relation.through as BookEntity) } }
    case 'maybe-same':
      return { kind: 'unknown', reason: { code: 'maybe-same', source: ref(source), speaker: who, author, through: named(context, relation.through as BookEntity) } }
    case 'similar':
      return { kind: 'unknown', reason: { code: 'similar', source: ref(source), speaker: who, author, side: named(context, relation.through as BookEntity) } }
    case 'unrelated': {
      // A statement that names the speaker's side as acting may be stating that side's words.
      const side = mentionedSide(context, speaker, source)
      if (side) return { kind: 'unknown', reason: { code: 'mentioned', source: ref(source), speaker: who, author, side: named(context, side) } }
      // Another side only if the texts set the author up as one, or the speaker's own statement is among the sources.
      if (!book.establishedSide(voice.id) && !hasOwnSource(context, speaker)) return { kind: 'unknown', reason: { code: 'not-known', source: ref(source), speaker: who, author } }
      return { kind: 'mismatch', reason: { code: 'unrelated', source: ref(source), speaker: who, author } }
    }
    default:
      return { kind: 'unknown', reason: { code: 'not-known', source: ref(source), speaker: who, author } }
  }
}

/** A name and nothing else ("Berisha", "Drita Berisha"): no title, no institution. */
function isPlainName(surface: string): boolean {
  const key = nameKey(surface)
  return key.length >= 1 && key.length <= 4 && isProperName(key) && stripTitles(key).length === key.length && !institutionNoun(key[0])
}

/** One of the sources is the speaker's own: by the speaker or by a side it speaks for. */
function hasOwnSource(context: AttributionContext, speaker: BookEntity): boolean {
  const own = (kind: Relation['kind']) => kind === 'same' || kind === 'speaks-for'
  return [...context.sources.values()].some((s) => s.voices.some((v) => own(context.book.relate(speaker.id, v).kind)))
}

/** "sipas raportit", "Raporti thekson": a bare document noun speaks for the document's author. */
function documentSpeaker(speaker: SpeakerInput): string | null {
  for (const text of [speaker.surface, speaker.name]) {
    if (!text) continue
    const words = wordTokens(text)
    if (words.length === 1 && isDocumentNoun(words[0].text)) return words[0].text
  }
  return null
}

/** "sipas vendimit të gjykatës": a document of a body speaks for that body ("gjykata"). */
function documentBody(speaker: SpeakerInput): string | null {
  const words = wordTokens(speaker.surface ?? '')
  if (words.length < 3 || !isDocumentNoun(words[0].text) || !isLinkingArticle(words[1].text)) return null
  return toNominative(speaker.surface!.slice(words[2].start)) || null
}

/**
 * The attribution of one quote: of its best match (the best status over all sources), judged
 * by what the context knows about the speaker and that source's author.
 */
export function attributeQuote(context: AttributionContext, speaker: SpeakerInput | null, checks: readonly QuoteCheck[]): AttributionResult {
  context.book.beginQuery()
  const name = speaker?.name?.trim() || speaker?.surface?.trim() || ''
  const noun = speaker ? documentSpeaker(speaker) : null
  const document = noun ? sourceOfDocument(context, noun) : null
  // The words the article used, as the texts taught them ("Berisha", the Drita Berisha it introduced),
  // before a name found without the article's context.
  const taught = speaker?.surface && isPlainName(speaker.surface) ? context.book.find(speaker.surface) : null
  const body = speaker && !document ? documentBody(speaker) : null
  const entity = document ? context.book.get(document.voices[0]) : (taught ?? (body ? context.book.resolve(body, 'article') : name !== '' ? context.book.resolve(name, 'article') : null))
  const ownSources = entity ? [...context.sources.values()].filter((s) => ownSource(context, entity, s)).map((s) => s.id) : []
  const result = (attribution: Attribution, reason: AttributionReason, source: string | null): AttributionResult => ({ attribution, reason, source, speaker: entity?.name ?? null, ownSources })

  const found = checks.filter((c) => c.status !== 'not-found' && context.sources.has(c.source))
  if (found.length === 0) return result('unknown', { code: 'not-found' }, null)
  const bestRank = Math.min(...found.map((c) => STATUS_RANK[c.status]))
  const best = found.filter((c) => STATUS_RANK[c.status] === bestRank)
  if (!entity) return result('unknown', { code: 'no-speaker' }, best[0].source)

  if (document) {
    const hit = best.find((c) => c.source === document.id)
    if (hit) return result('consistent', { code: 'document', source: ref(document), speaker: named(context, entity) }, document.id)
  }

  const findings = best.map((c) => ({ check: c, finding: judgeSource(context, entity, c, context.sources.get(c.source) as SourceProfile) }))
  const consistent = findings.find((f) => f.finding.kind === 'consistent')
  if (consistent) return result('consistent', consistent.finding.reason, consistent.check.source)
  const unknown = findings.find((f) => f.finding.kind === 'unknown')
  if (unknown) return result('unknown', unknown.finding.reason, unknown.check.source)
  // Found best in someone else's source: still not a misattribution when its own source has it too.
  const mismatch = findings[0]
  const reason = mismatch.finding.reason
  if (reason.code === 'unrelated') {
    const own = found.find((c) => !best.includes(c) && judgeSource(context, entity, c, context.sources.get(c.source) as SourceProfile).kind === 'consistent')
    if (own) return result('unknown', { ...reason, code: 'also-own', own: ref(context.sources.get(own.source) as SourceProfile) }, mismatch.check.source)
  }
  // "Një zyrtar i Bashkisë …", "zyrtar i Bashkisë …": someone unnamed is no side the texts set up.
  if (reason.code === 'unrelated' && speaker && namesNoOne(speaker, entity)) return result('unknown', { ...reason, code: 'not-known' }, mismatch.check.source)
  return result('mismatch', reason, mismatch.check.source)
}

/** A speaker the article leaves unnamed: "një …", or an indefinite title with no name ("zyrtar i bashkisë"). */
function namesNoOne(speaker: SpeakerInput, entity: BookEntity): boolean {
  const first = wordTokens(speaker.surface ?? '')[0]
  return first !== undefined && (first.norm === 'një' || (isIndefiniteTitle(first.text) && entity.titleOnly === true))
}

/** A source by the speaker or by someone the texts or the editor say it speaks for. */
function ownSource(context: AttributionContext, speaker: BookEntity, source: SourceProfile): boolean {
  return source.voices.some((v) => {
    const kind = context.book.relate(speaker.id, v).kind
    return kind === 'same' || kind === 'speaks-for'
  })
}
