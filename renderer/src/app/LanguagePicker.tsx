import { useTranslation } from 'react-i18next'
import { database, setSetting } from '../db'
import { changeLanguage, isLanguage } from './i18n'

const names = { sq: 'Shqip', en: 'English' } as const

export function LanguagePicker() {
  const { t, i18n } = useTranslation()
  return (
    <label className="language-picker">
      {t('app.language')}
      <select
        value={i18n.language}
        onChange={async (event) => {
          const language = event.target.value
          if (!isLanguage(language)) return
          await changeLanguage(language)
          await setSetting(database(), 'language', language)
        }}
      >
        {Object.entries(names).map(([code, name]) => (
          <option key={code} value={code} lang={code}>{name}</option>
        ))}
      </select>
    </label>
  )
}
