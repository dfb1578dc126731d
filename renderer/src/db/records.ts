import { z } from 'zod'

// What a stored row of each table looks like, checked at run time when rows come from outside
// (a backup). Objects are loose: a field this version does not know is kept, not refused, so a
// row written by a version with more optional fields survives the round trip.

// zod compiles object parsers with new Function unless told not to; the CSP forbids eval, and
// merely probing for it files a violation report at startup.
z.config({ jitless: true })

const text = z.string()
const time = z.number().finite()
const id = z.string().min(1).max(500)

const article = z.looseObject({
  id,
  title: text,
  language: text,
  editorState: text.nullable(),
  plainText: text,
  createdAt: time,
  updatedAt: time,
})

const source = z.looseObject({
  id,
  articleId: id,
  title: text,
  author: id.nullable(),
  language: text,
  text,
  origin: z.enum(['embedded', 'file', 'pasted']),
  createdAt: time,
  deletedAt: time.optional(),
  originalOf: id.nullable().optional(),
})

const quote = z.looseObject({
  id,
  articleId: id,
  markId: z.string(),
  text,
  speaker: id.nullable(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  state: z.enum(['suggested', 'confirmed', 'rejected']),
  note: text,
  start: z.number().int().nonnegative().optional(),
  orphaned: z.boolean().optional(),
  createdAt: time,
  updatedAt: time,
  confirmedBy: text.optional(),
  confirmedAt: time.optional(),
})

const diffOp = z.looseObject({ op: z.enum(['equal', 'changed', 'added', 'omitted']), quote: text, source: text, kind: z.string().optional() })
const verdict = z.enum(['confirmed', 'misquote', 'acceptable-paraphrase', 'follow-up'])
const status = z.enum(['verbatim', 'near-verbatim', 'paraphrase', 'not-found'])
const attribution = z.enum(['consistent', 'mismatch', 'unknown'])

const check = z.looseObject({
  id,
  articleId: id,
  quoteId: id,
  sourceId: id,
  status,
  score: z.number().finite(),
  match: z.looseObject({ text, start: z.number().int(), end: z.number().int() }).nullable(),
  diff: z.array(diffOp),
  verdict: verdict.nullable(),
  verdictNote: text,
  verdictQuoteText: text.nullable(),
  checkedAt: time,
  quoteText: text.optional(),
  attribution: attribution.optional(),
  missingNumbers: z.array(text).optional(),
  deletedAt: time.optional(),
  verdictBy: text.optional(),
  verdictAt: time.optional(),
  verdictHistory: z.array(z.looseObject({ verdict: verdict.nullable(), note: text, by: text, at: time })).optional(),
})

const revision = z.looseObject({
  id,
  articleId: id,
  editorState: text.nullable(),
  plainText: text,
  note: text,
  createdAt: time,
  kind: z.enum(['auto', 'manual', 'before-restore', 'before-delete', 'before-import']),
  title: text,
  detail: text,
  quotes: z.array(quote),
  sources: z.array(source),
  checks: z.array(check),
})

const entity = z.looseObject({
  id,
  name: text,
  aliases: z.array(text),
  kind: z.enum(['person', 'organisation', 'government', 'media']),
  members: z.array(id).optional(),
  affiliations: z.array(text).optional(),
  genitive: text.optional(),
})

const link = z.looseObject({
  id,
  from: id,
  to: id,
  relation: z.enum(['speaks-for', 'unrelated']),
  createdAt: time,
})

const briefNote = z.looseObject({ id, text, quoteKey: id.nullable() })
const briefStatus = z.enum(['verbatim', 'near-verbatim', 'paraphrase', 'not-found', 'not-checked'])

// The brief as the pane last composed it (what the print view prints); rebuilt from the checks.
const composedBrief = z.looseObject({
  headline: text,
  lede: z.array(z.array(z.looseObject({ text, bold: z.boolean().optional(), italic: z.boolean().optional() }))),
  keyPoints: z.array(text),
  quotes: z.array(
    z.looseObject({
      key: id,
      text,
      speaker: text.nullable(),
      status: briefStatus,
      verdict: verdict.nullable(),
      attribution,
      sourceId: id.nullable(),
      sourceTitle: text.nullable(),
      passage: text.nullable(),
      included: z.boolean(),
    }),
  ),
  notes: z.array(briefNote),
  sources: z.array(z.looseObject({ id, title: text, author: text.nullable(), origin: z.enum(['embedded', 'file', 'pasted']) })),
  omissions: z.array(z.looseObject({ sourceTitle: text, language: text, sentences: z.array(text) })).optional(),
  language: z.enum(['sq', 'en']),
  article: z.looseObject({ title: text, language: text }),
})

// Since version 5 a brief holds only the editor's overrides; null means "as the article says".
const brief = z.looseObject({
  id,
  articleId: id,
  headline: text.nullable(),
  lede: text.nullable(),
  ledeState: text.nullable(),
  keyPoints: z.array(text).nullable(),
  notes: z.array(briefNote),
  quotes: z.array(z.looseObject({ key: id, text, included: z.boolean(), line: z.looseObject({ text, basis: text }).nullable() })),
  omissions: z.boolean(),
  language: z.enum(['sq', 'en']),
  pageSize: z.enum(['A4', 'Letter']),
  composed: composedBrief.nullable(),
  updatedAt: time,
})

const setting = z.looseObject({ key: id, value: z.unknown() })

/** A verdict given on a check of a shared article (the Y.Doc's `verdicts` log). */
export const verdictEventSchema = z.looseObject({ id, checkId: id, verdict: verdict.nullable(), note: text, quoteText: text.nullable(), by: text, at: time })

/** Every table of the current schema, with the shape of its rows. */
export const recordSchemas = {
  articles: article,
  revisions: revision,
  sources: source,
  entities: entity,
  quotes: quote,
  checks: check,
  briefs: brief,
  settings: setting,
  links: link,
} as const

export type TableName = keyof typeof recordSchemas
export const TABLE_NAMES = Object.keys(recordSchemas) as TableName[]
