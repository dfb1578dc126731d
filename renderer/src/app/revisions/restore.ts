import type { TFunction } from 'i18next'
import { database, restoreRevision } from '../../db'
import { flushAllWrites } from '../../editor/pendingWrite'
import { storageMessage } from '../../panes/storageMessage'
import { formatDateTime } from '../formatDate'
import type { ShowNotice } from '../notices'

/**
 * Restores a revision and offers to take it back: the restore kept the text it replaced as a
 * 'before-restore' revision, and Undo restores that one (which keeps the other, so Redo works too).
 */
export async function restoreWithUndo(revisionId: string, t: TFunction, language: string, reload: () => void, notify: ShowNotice, undoing = false): Promise<boolean> {
  // The restore replaces the stored article: what the editor still holds must be stored first.
  if (!(await flushAllWrites())) {
    notify({ kind: 'error', text: t('revisions.pendingRefused') })
    return false
  }
  try {
    const { restored, before } = await restoreRevision(database(), revisionId)
    reload()
    notify({
      kind: 'info',
      text: undoing ? t('revisions.undone') : t('revisions.restored', { date: formatDateTime(restored.createdAt, language, { seconds: true }) }),
      action: { label: undoing ? t('revisions.redo') : t('revisions.undo'), run: () => void restoreWithUndo(before.id, t, language, reload, notify, !undoing) },
    })
    return true
  } catch (error) {
    notify({ kind: 'error', text: t('revisions.restoreFailed', { message: storageMessage(t, error) }) })
    return false
  }
}
