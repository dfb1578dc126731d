import type { Transaction } from 'dexie'
import { upgradeBriefsToV2 } from './briefs-upgrade'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

/**
 * The schema as history: one entry per Dexie version. Never edit a shipped
 * entry; add a new one with an upgrade function instead.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'id, updatedAt, title',
      revisions: 'id, articleId, [articleId+createdAt]',
      sources: 'id, articleId, author',
      entities: 'id, name, *aliases',
      quotes: 'id, articleId, [articleId+state], markId, speaker',
      checks: 'id, articleId, quoteId, sourceId, [quoteId+sourceId]',
      briefs: 'id, articleId',
      settings: 'key',
    },
  },
  {
    // Briefs keep their quotes with include flags and order, the lede's rich text, notes that
    // point at their quote, the sources appendix, the language and the paper size.
    version: 2,
    stores: {},
    upgrade: upgradeBriefsToV2,
  },
  {
    // The editor's links between speakers and authors: "speaks for" or "not the same side".
    // A new table: nothing to carry over.
    version: 3,
    stores: { links: 'id, from, to' },
  },
]
