// The language a letter is written in (the claim letter, the carrier consultation letter): one of
// the letter languages, each named in its own language. A screen starts it at the UI's language.
import { useTranslation } from 'react-i18next';
import { LETTER_LANGUAGES } from '../../../shared/consultations';
import type { LetterLanguage } from '../../../shared/consultations';

export function LetterLanguageSelect({ label, value, onChange }: { label: string; value: LetterLanguage; onChange(language: LetterLanguage): void }) {
  const { t } = useTranslation();
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as LetterLanguage)}>
        {LETTER_LANGUAGES.map((l) => <option key={l} value={l}>{t(`languages.${l}`)}</option>)}
      </select>
    </label>
  );
}
