import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { articleForSharedDoc, database } from '../../db'
import { docFromLink } from '../../collab/link'
import { Dialog } from '../../panes/Dialog'
import { storageMessage } from '../../panes/storageMessage'

/** Opens an article a colleague shared, by its link or id: a local copy, filled from the document. */
export function OpenSharedButton({ onOpen }: { onOpen: (articleId: string) => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [input, setInput] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const confirm = async () => {
    const doc = docFromLink(input)
    if (!doc) return setProblem(t('sync.badLink'))
    try {
      const article = await articleForSharedDoc(database(), doc)
      setOpen(false)
      setInput('')
      onOpen(article.id)
    } catch (error) {
      setProblem(storageMessage(t, error))
    }
  }

  return (
    <>
      <button type="button" data-testid="open-shared" onClick={() => (setProblem(null), setOpen(true))}>{t('sync.open')}</button>
      {open && (
        <Dialog
          title={t('sync.open')}
          onClose={() => setOpen(false)}
          actions={
            <>
              <button type="button" onClick={() => setOpen(false)}>{t('sync.cancel')}</button>
              <button type="button" className="primary" data-testid="open-shared-confirm" onClick={() => void confirm()}>{t('sync.openConfirm')}</button>
            </>
          }
        >
          <form onSubmit={(event) => (event.preventDefault(), void confirm())}>
            <label>
              {t('sync.openLabel')}
              <input data-testid="open-shared-input" value={input} spellCheck={false} placeholder="redaktor://shared/…" onChange={(event) => setInput(event.target.value)} />
            </label>
            {problem && <p role="alert" className="error">{problem}</p>}
          </form>
        </Dialog>
      )}
    </>
  )
}
