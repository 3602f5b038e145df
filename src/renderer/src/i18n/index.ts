import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { desktop } from '../lib/desktop';
import { localeOf } from '../lib/formatters';
import { en, zh } from './resources';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'clearpack.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
document.documentElement.lang = i18n.language === 'zh' ? 'zh-CN' : 'en';
// The native menu (built by main) follows the page's language.
void desktop?.setLanguage?.(i18n.language === 'zh' ? 'zh' : 'en');

/** Switches the UI language and remembers the choice across restarts. */
export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  await i18n.changeLanguage(lang);
  await desktop?.setLanguage?.(lang);
}

/** BCP 47 locale for Intl formatting in the current language. */
export const locale = (): string => localeOf(i18n.language);

export default i18n;
