import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, nameRevision, takeRevision, type Revision } from '../../db'
import { flushAllWrites } from '../../editor/pendingWrite'
import { Dialog } from '../../panes/Dialog'
import { storageMessage } from '../../panes/storageMessage'
import type { ShowNotice } from '../notices'
import { restoreWithUndo } from './restore'
import { RevisionsDialog } from './RevisionsDialog'

interface Props {
  articleId: string
  /** The stored article changed under the editor: show it again. */
  onRestored: () => void
  onNotice: ShowNotice
}

/** "Save a version" and "History", beside the save state. */
export function RevisionControls({ articleId, onRestored, onNotice }: Props) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const [taken, setTaken] = useState<Revision | null>(null)
  const [busy, setBusy] = useState(false)

  const take = async () => {
    setBusy(true)
    try {
      if (!(await flushAllWrites())) return onNotice({ kind: 'error', text: t('revisions.pendingRefused') })
      setTaken(await takeRevision(database(), articleId, 'manual'))
    } catch (error) {
      onNotice({ kind: 'error', text: t('revisions.failed', { message: storageMessage(t, error) }) })
    } finally {
      setBusy(false)
    }
  }

  const restore = async (revision: Revision) => {
    if (await restoreWithUndo(revision.id, t, i18n.language, onRestored, onNotice)) setOpen(false)
  }

  return (
    <>
      <button type="button" className="status-button" data-testid="take-snapshot" disabled={busy} onClick={() => void take()} title={t('revisions.takeSnapshotHint')}>
        {t('revisions.takeSnapshot')}
      </button>
      <button type="button" className="status-button" data-testid="revisions" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('revisions.history')}
      </button>
      {taken && <NameDialog revision={taken} onDone={() => setTaken(null)} onNotice={onNotice} />}
      {open && <RevisionsDialog articleId={articleId} onRestore={(revision) => void restore(revision)} onClose={() => setOpen(false)} />}
    </>
  )
}

/** Right after "Save a version": the version is kept already; a name is optional. */
function NameDialog({ revision, onDone, onNotice }: { revision: Revision; onDone: () => void; onNotice: ShowNotice }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const save = async () => {
    onDone()
    if (!name.trim()) return
    try {
      await nameRevision(database(), revision.id, name)
    } catch (error) {
      onNotice({ kind: 'error', text: t('revisions.failed', { message: storageMessage(t, error) }) })
    }
  }
  return (
    <Dialog
      title={t('revisions.taken')}
      onClose={onDone}
      actions={
        <>
          <button type="button" onClick={onDone}>{t('revisions.skipName')}</button>
          <button type="submit" form="revision-name-form" className="primary">{t('revisions.saveName')}</button>
        </>
      }
    >
      <form
        id="revision-name-form"
        className="stacked"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <label className="stacked">
          {t('revisions.nameOptional')}
          <input autoFocus value={name} placeholder={t('revisions.namePlaceholder')} maxLength={200} onChange={(event) => setName(event.target.value)} />
        </label>
      </form>
    </Dialog>
  )
}
