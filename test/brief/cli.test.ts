// The command line's `export --format md` writes what the app writes for an untouched draft:
// this compares exportBriefMarkdown with the app's own path (stored draft → model → writer).
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, expect, it } from 'vitest'
import { briefMarkdown, exportBriefMarkdown } from '../../renderer/src/core/brief'
import { importArticle } from '../../renderer/src/db/articles'
import { modelOfBrief, openBrief } from '../../renderer/src/db/briefs'
import { RedaktorDatabase } from '../../renderer/src/db/database'

const seed = readFileSync(new URL('../fixtures/seed/article.sq.txt', import.meta.url), 'utf8')

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

it.each(['sq', 'en'] as const)('gives the Markdown of the app’s untouched draft of the seed (%s)', async (language) => {
  const db = new RedaktorDatabase(`redaktor-cli-parity-${language}`)
  const article = await importArticle(db, { plainText: seed, language: 'sq' })
  const brief = await openBrief(db, article.id, language)
  const app = briefMarkdown(modelOfBrief(brief), { date: '2025-03-19' })
  const cli = exportBriefMarkdown(seed, [], { date: '2025-03-19', language })
  expect(cli).toBe(app)
  expect(cli.match(/^> /gm)).toHaveLength(5)
  db.close()
})
