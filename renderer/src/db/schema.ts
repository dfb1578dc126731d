import type { Transaction } from 'dexie'
import { upgradeBriefsToV2, upgradeBriefsToV5 } from './briefs-upgrade'
import { upgradeRevisionsToV3 } from './revisions-upgrade'

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
    // Revisions say why they were taken (auto, manual, before-restore…) and keep the article's
    // tags, sources and checks with the text. Sources and checks gain an optional deletedAt.
    version: 3,
    stores: {},
    upgrade: upgradeRevisionsToV3,
  },
  {
    // The editor's links between speakers and authors: "speaks for" or "not the same side".
    // A new table: nothing to carry over.
    version: 4,
    stores: { links: 'id, from, to' },
  },
  {
    // Briefs keep only the editor's overrides (headline, lede, key points, notes, order, include
    // flags, re-worded attribution lines); the checks' facts are merged in when shown.
    version: 5,
    stores: {},
    upgrade: upgradeBriefsToV5,
  },
]
