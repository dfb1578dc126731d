/**
 * The schema as history: one entry per Dexie version. Never edit a shipped
 * entry; add a new one with an upgrade function instead.
 */
export const schemaVersions = [
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
] as const
