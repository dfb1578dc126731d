import type { RedaktorDatabase } from './database'

/** Every setting the app stores, with its type. */
export interface Settings {
  language: 'sq' | 'en'
  currentArticleId: string
  seeded: boolean
  /** The newsroom that signs ClaimReview exports. */
  newsroom: string
  /** The server shared articles sync through, and the workspace's token. */
  syncServer: { url: string; token: string }
  /** Who this editor is to the others: shown at their cursor and on their verdicts. */
  syncUser: { name: string; color: string }
}

export async function getSetting<K extends keyof Settings>(db: RedaktorDatabase, key: K): Promise<Settings[K] | undefined> {
  return (await db.settings.get(key))?.value as Settings[K] | undefined
}

export async function setSetting<K extends keyof Settings>(db: RedaktorDatabase, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value })
}
