import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../panes/Dialog'

interface Props {
  onCreate: (text: string) => void
  onClose: () => void
}

export function PasteDialog({ onCreate, onClose }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [error, setError] = useState(false)
  return (
    <Dialog
      title={t('articles.pasteTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>{t('articles.cancel')}</button>
          <button
            type="button"
            className="primary"
            onClick={() => (text.trim() === '' ? setError(true) : onCreate(text.replace(/\r\n?/g, '\n')))}
          >
            {t('articles.create')}
          </button>
        </>
      }
    >
      <label className="stacked">
        {t('articles.pasteLabel')}
        <textarea autoFocus rows={14} value={text} onChange={(event) => { setText(event.target.value); setError(false) }} />
      </label>
      {error && <p role="alert" className="error">{t('articles.emptyText')}</p>}
    </Dialog>
  )
}
