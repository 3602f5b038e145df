import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'clearpack.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

// Each area of the app keeps its own strings beside its screens, in areas/<area>/i18n.ts exporting
// `en` and `zh` (zh typed from en, so a missing translation does not compile). They are gathered
// here at build time, each under its own top-level key(s).
const areaStrings = import.meta.glob<{ en: Record<string, unknown>; zh: Record<string, unknown> }>('../areas/*/i18n.ts', { eager: true });
const merged = { en: { ...en } as Record<string, unknown>, zh: { ...zh } as Record<string, unknown> };
for (const mod of Object.values(areaStrings)) {
  Object.assign(merged.en, mod.en);
  Object.assign(merged.zh, mod.zh);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: merged.en }, zh: { translation: merged.zh } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
document.documentElement.lang = i18n.language === 'zh' ? 'zh-CN' : 'en';

/** Switches the UI language and remembers the choice across restarts. */
export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  await i18n.changeLanguage(lang);
}

/** BCP 47 locale for Intl formatting in the current language. */
export const locale = (): string => (i18n.language === 'zh' ? 'zh-CN' : 'en-US');

export default i18n;
