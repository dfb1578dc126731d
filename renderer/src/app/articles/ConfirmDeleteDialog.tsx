import { useTranslation } from 'react-i18next'
import { Dialog } from '../../panes/Dialog'

interface Props {
  title: string
  onConfirm: () => void
  onClose: () => void
}

export function ConfirmDeleteDialog({ title, onConfirm, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Dialog
      title={t('articles.deleteTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" autoFocus onClick={onClose}>{t('articles.cancel')}</button>
          <button type="button" className="danger" onClick={onConfirm}>{t('articles.confirmDelete')}</button>
        </>
      }
    >
      <p>{t('articles.deleteBody', { title })}</p>
    </Dialog>
  )
}
