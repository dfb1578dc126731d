import type { Transaction } from 'dexie'
import type { Revision } from './types'

/**
 * Version 3 revisions say why they were taken and carry the article's tags, sources and checks.
 * Older rows (none were ever written by the app, but a backup may hold some) become named
 * versions of their text alone.
 */
export async function upgradeRevisionsToV3(tx: Transaction): Promise<void> {
  await tx
    .table('revisions')
    .toCollection()
    .modify((row: Partial<Revision> & Record<string, unknown>) => {
      row.kind ??= 'manual'
      row.title ??= ''
      row.detail ??= ''
      row.note = typeof row.note === 'string' ? row.note : ''
      row.editorState ??= null
      row.plainText = typeof row.plainText === 'string' ? row.plainText : ''
      row.quotes ??= []
      row.sources ??= []
      row.checks ??= []
    })
}
