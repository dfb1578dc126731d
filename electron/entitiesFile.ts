// The command line's --entities FILE: what the editor knows about who is who, as JSON.
// {
//   "entities": [{ "name": "Besa Leka", "aliases": ["Leka"], "kind": "person", "genitive": "Besa Lekës" }],
//   "links": [{ "from": "Besa Leka", "to": "Ministria e Drejtësisë", "relation": "speaks-for" },
//             { "from": "Gent Dushku", "to": "Ministria e Drejtësisë", "relation": "unrelated" }]
// }
import { z } from 'zod'
import type { EditorKnowledge } from '../renderer/src/core/index'

const name = z.string().trim().min(1).max(300)

const schema = z
  .object({
    entities: z
      .array(
        z.object({
          name,
          aliases: z.array(name).max(100).optional(),
          kind: z.enum(['person', 'organisation', 'government', 'media']).optional(),
          genitive: name.optional(),
        }),
      )
      .max(10_000)
      .optional(),
    links: z.array(z.object({ from: name, to: name, relation: z.enum(['speaks-for', 'unrelated']) })).max(10_000).optional(),
  })
  .strict()

/** Parses the file's text; throws an Error with one line saying what is wrong. */
export function parseEntitiesFile(text: string): EditorKnowledge {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new Error(`is not valid JSON (${(e as Error).message.split('\n')[0]})`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the top level'
    throw new Error(`does not describe entities: ${where}: ${issue.message}`)
  }
  return parsed.data
}
