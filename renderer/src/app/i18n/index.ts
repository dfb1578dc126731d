import i18next, { type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { sq } from './sq'

export const languages = ['sq', 'en'] as const
export type Language = (typeof languages)[number]

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language)
}

// Albanian, the default and the fallback, comes with the app; another language is fetched when chosen.
type Translation = Resource[string]['translation']
const translations: Record<Language, () => Promise<Translation>> = {
  sq: async () => sq,
  en: () => import('./en').then((module) => module.en),
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { sq: { translation: sq }, [language]: { translation: await translations[language]() } },
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
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await translations[language]())
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
