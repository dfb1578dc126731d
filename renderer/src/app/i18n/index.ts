import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { sq } from './sq'

export const languages = ['sq', 'en'] as const
export type Language = (typeof languages)[number]

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language)
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { sq: { translation: sq }, en: { translation: en } },
    lng: language,
    fallbackLng: 'sq',
    // React escapes on render; double escaping would show &lt; to the editor.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  })
  document.documentElement.lang = language
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
