// Types for keys that code puts together (a field's label from its name, a status's word from
// its value): unions over the real English tree, so a key that does not exist fails to compile
// instead of showing the raw key (or English) on the seller's screen.
import type { ParseKeys, TFunction } from 'i18next';

/** Any key of the app's words. */
export type WordKey = ParseKeys;

/** The `t` of useTranslation(), for helpers that translate on a screen's behalf. */
export type Translate = TFunction;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

/** The names of the strings in one group of keys, plural forms folded: KeysIn<typeof en.claims.status>. */
export type KeysIn<G> = Base<Extract<keyof G, string>>;
