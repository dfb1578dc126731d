import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../db'
import type { Backup, BackupProblem, Progress, RestorePlan, RestorePolicy } from '../../db/backup'
import { Dialog } from '../../panes/Dialog'

const MAX_TITLES = 8

/** A few titles, then "and N more". */
function Titles({ articles }: { articles: Article[] }) {
  const { t } = useTranslation()
  if (articles.length === 0) return null
  const shown = articles.slice(0, MAX_TITLES)
  return (
    <ul className="backup-titles">
      {shown.map((article) => (
        <li key={article.id}>{article.title || t('articles.untitled')}</li>
      ))}
      {articles.length > shown.length && <li className="backup-more">{t('backup.more', { count: articles.length - shown.length })}</li>}
    </ul>
  )
}

/** Names what each policy will change, and restores only after the editor picks one and confirms. */
export function RestoreDialog({ backup, plans, onConfirm, onClose }: { backup: Backup; plans: Record<RestorePolicy, RestorePlan>; onConfirm: (policy: RestorePolicy) => void; onClose: () => void }) {
  const { t } = useTranslation()
  const [policy, setPolicy] = useState<RestorePolicy>('merge')
  const { merge, replace } = plans
  return (
    <Dialog
      title={t('backup.confirmTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose} autoFocus>{t('backup.cancel')}</button>
          <button type="button" className={policy === 'replace' ? 'danger' : 'primary'} data-testid="confirm-restore" onClick={() => onConfirm(policy)}>
            {policy === 'replace' ? t('backup.confirmReplace') : t('backup.confirmMerge')}
          </button>
        </>
      }
    >
      <div className="backup-restore" data-testid="restore-plan">
        <p>
          {t('backup.summary', {
            name: backup.fileName,
            articles: t('backup.articles', { count: backup.rows.articles.length }),
            versions: t('backup.versions', { count: backup.rows.revisions.length }),
          })}
        </p>
        <fieldset className="backup-policies">
          <legend>{t('backup.policy')}</legend>
          <label className={`backup-policy${policy === 'merge' ? ' chosen' : ''}`}>
            <input type="radio" name="restore-policy" value="merge" checked={policy === 'merge'} onChange={() => setPolicy('merge')} />
            <span>
              <strong>{t('backup.merge')}</strong>
              {merge.added.length > 0 && <span className="backup-detail">{t('backup.mergeAdded', { count: merge.added.length })}</span>}
              {merge.replaced.length > 0 && <span className="backup-detail">{t('backup.mergeReplaced', { count: merge.replaced.length })}</span>}
              {merge.onlyHere.length > 0 && <span className="backup-detail">{t('backup.mergeKept', { count: merge.onlyHere.length })}</span>}
              {merge.replaced.length > 0 && (
                <>
                  <span className="backup-detail">{t('backup.replacedTitles')}</span>
                  <Titles articles={merge.replaced} />
                </>
              )}
            </span>
          </label>
          <label className={`backup-policy${policy === 'replace' ? ' chosen' : ''}`}>
            <input type="radio" name="restore-policy" value="replace" checked={policy === 'replace'} onChange={() => setPolicy('replace')} />
            <span>
              <strong>{t('backup.replace')}</strong>
              <span className="backup-detail">
                {replace.onlyHere.length === 0 ? t('backup.replaceDetail_zero') : t('backup.replaceDetail', { count: replace.onlyHere.length })}
              </span>
              {replace.onlyHere.length > 0 && <Titles articles={replace.onlyHere} />}
            </span>
          </label>
        </fieldset>
        {merge.unchanged.length > 0 && <p className="backup-detail">{t('backup.unchanged', { count: merge.unchanged.length })}</p>}
        <p className="backup-detail">{t('backup.settingsKept')}</p>
      </div>
    </Dialog>
  )
}

export function RefusedDialog({ fileName, problem, limitMb, onClose }: { fileName: string; problem: BackupProblem | { code: 'too-large' }; limitMb: number; onClose: () => void }) {
  const { t } = useTranslation()
  const values = { name: fileName, limit: limitMb, ...problem, database: 'name' in problem ? problem.name : '', index: 'index' in problem ? problem.index + 1 : 0 }
  return (
    <Dialog title={t('backup.refusedTitle')} onClose={onClose} actions={<button type="button" onClick={onClose} autoFocus>{t('backup.close')}</button>}>
      <div role="alert" className="backup-refused" data-testid="backup-refused" data-problem={problem.code}>
        <p>{t(`backup.problems.${problem.code}`, values)}</p>
        <p>{t('backup.nothingChanged')}</p>
      </div>
    </Dialog>
  )
}

export function ProgressDialog({ progress }: { progress: Progress }) {
  const { t } = useTranslation()
  const known = progress.total > 0
  return (
    <Dialog title={t(`backup.phases.${progress.phase}`)} onClose={() => undefined} actions={null}>
      <div className="backup-progress" data-testid="backup-progress">
        <progress max={known ? progress.total : undefined} value={known ? progress.done : undefined} aria-label={t(`backup.phases.${progress.phase}`)} />
        <span>{known ? t('backup.progress', { done: progress.done, total: progress.total }) : t('backup.starting')}</span>
      </div>
    </Dialog>
  )
}
