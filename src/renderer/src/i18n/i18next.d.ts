// Words as a closed type: `t()` and <Trans i18nKey> accept only keys of the English tree (and
// their plural forms through `count`); a misspelt or removed key fails to compile. Keys made up
// at run time are typed as unions of the real keys (see i18n/keys.ts), never cast.
import 'i18next';
import type { Words } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Words };
  }
}
