import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database } from '../../db'
import { exportWorkspace, planRestore, readBackup, restoreBackup, type Backup, type BackupProblem, type Progress, type RestorePlan, type RestorePolicy } from '../../db/backup'
import { flushAllWrites } from '../../editor/pendingWrite'
import { storageMessage } from '../../panes/storageMessage'
import { platform } from '../../platform'
import { FileButton } from '../FileButton'
import type { ShowNotice } from '../notices'
import { ProgressDialog, RefusedDialog, RestoreDialog } from './RestoreDialog'
import './backup.css'

/** Larger files are refused before they are read into memory. */
const MAX_BACKUP_MB = 500

interface Props {
  /** The workspace was replaced from a backup: show it again, on this article when it is still there. */
  onRestored: (preferredArticleId: string | null) => void
  onNotice: ShowNotice
}

type Step =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'refused'; fileName: string; problem: BackupProblem | { code: 'too-large' } }
  | { kind: 'confirm'; backup: Backup; plans: Record<RestorePolicy, RestorePlan> }

const today = () => new Date().toISOString().slice(0, 10)

/**
 * Back up the whole workspace to one file (the save dialog in Electron, a download in web mode),
 * and restore one (checked first, confirmed, all or nothing).
 */
export function BackupControls({ onRestored, onNotice }: Props) {
  const { t } = useTranslation()
  const db = database()
  const [step, setStep] = useState<Step | null>(null)
  const web = platform().kind === 'web'
  const showProgress = (progress: Progress) => setStep({ kind: 'progress', progress })

  const backUp = async () => {
    showProgress({ phase: 'export', done: 0, total: 0 })
    try {
      if (!(await flushAllWrites())) return onNotice({ kind: 'error', text: t('backup.pendingRefused') })
      const blob = await exportWorkspace(db, showProgress)
      const articles = await db.articles.count()
      const suggestedName = `redaktor-backup-${today()}.json`
      const result = await platform().saveFile({ suggestedName, data: await blob.text(), filters: [{ name: t('backup.fileType'), extensions: ['json'] }] })
      if (result.error) onNotice({ kind: 'error', text: t('backup.exportFailed', { message: result.error }) })
      else if (result.saved) onNotice({ kind: 'info', text: t(web ? 'backup.downloaded' : 'backup.savedTo', { name: suggestedName, path: result.path ?? suggestedName, articles: t('backup.articles', { count: articles }) }) })
    } catch (error) {
      onNotice({ kind: 'error', text: t('backup.exportFailed', { message: storageMessage(t, error) }) })
    } finally {
      setStep((current) => (current?.kind === 'progress' ? null : current))
    }
  }

  const check = async (fileName: string, read: () => Promise<string>) => {
    showProgress({ phase: 'check', done: 0, total: 0 })
    try {
      const reading = await readBackup(await read(), fileName, showProgress)
      if (!reading.ok) return setStep({ kind: 'refused', fileName, problem: reading.problem })
      const [merge, replace] = await Promise.all([planRestore(db, reading.backup, 'merge'), planRestore(db, reading.backup, 'replace')])
      setStep({ kind: 'confirm', backup: reading.backup, plans: { merge, replace } })
    } catch (error) {
      setStep({ kind: 'refused', fileName, problem: { code: 'unreadable', message: storageMessage(t, error) } })
    }
  }

  const restore = async (backup: Backup, policy: RestorePolicy) => {
    showProgress({ phase: 'apply', done: 0, total: 0 })
    try {
      // Restoring replaces stored rows: what the editor still holds is stored first, or nothing happens.
      if (!(await flushAllWrites())) return onNotice({ kind: 'error', text: t('backup.pendingRefused') })
      const plan = await restoreBackup(db, backup, policy, showProgress)
      const restoredIds = backup.rows.articles.map((article) => article.id)
      onRestored(restoredIds[0] ?? null)
      onNotice({ kind: 'info', text: t('backup.restored', { count: restoredIds.length, name: backup.fileName, replaced: plan.replaced.length }) })
    } catch (error) {
      onNotice({ kind: 'error', text: t('backup.restoreFailed', { message: storageMessage(t, error) }) })
    } finally {
      setStep(null)
    }
  }

  return (
    <div className="backup-controls">
      <button type="button" data-testid="export-workspace" title={t('backup.exportHint')} disabled={step !== null} onClick={() => void backUp()}>
        {t('backup.export')}
      </button>
      {/* In Electron too: the file chooser is the system's open dialog, and needs no IPC channel. */}
      <FileButton
        label={t('backup.import')}
        hint={t('backup.importHint')}
        testId="import-workspace"
        accept=".json,application/json"
        disabled={step !== null}
        onFile={(file) => {
          if (file.size > MAX_BACKUP_MB * 1024 * 1024) return setStep({ kind: 'refused', fileName: file.name, problem: { code: 'too-large' } })
          void check(file.name, () => file.text())
        }}
      />
      {step?.kind === 'progress' && <ProgressDialog progress={step.progress} />}
      {step?.kind === 'refused' && <RefusedDialog fileName={step.fileName} problem={step.problem} limitMb={MAX_BACKUP_MB} onClose={() => setStep(null)} />}
      {step?.kind === 'confirm' && <RestoreDialog backup={step.backup} plans={step.plans} onConfirm={(policy) => void restore(step.backup, policy)} onClose={() => setStep(null)} />}
    </div>
  )
}
