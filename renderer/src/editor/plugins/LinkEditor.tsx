import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isSafeUrl } from '../safeUrl'

interface Props {
  initialUrl: string
  onApply: (url: string | null) => void
  onClose: () => void
}

export function LinkEditor({ initialUrl, onApply, onClose }: Props) {
  const { t } = useTranslation()
  const [url, setUrl] = useState(initialUrl)
  const invalid = url.trim() !== '' && !isSafeUrl(url)
  return (
    <form
      className="link-editor"
      onSubmit={(event) => {
        event.preventDefault()
        if (!invalid) onApply(url.trim() === '' ? null : url.trim())
      }}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <label>
        {t('toolbar.linkPrompt')}
        <input autoFocus value={url} onChange={(event) => setUrl(event.target.value)} aria-invalid={invalid} />
      </label>
      {invalid && <span role="alert">{t('toolbar.linkInvalid')}</span>}
      <button type="submit" disabled={invalid}>{t('toolbar.linkApply')}</button>
      <button type="button" onClick={() => onApply(null)}>{t('toolbar.linkRemove')}</button>
      <button type="button" onClick={onClose}>{t('articles.cancel')}</button>
    </form>
  )
}
