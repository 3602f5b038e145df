import { describe, expect, it } from 'vitest';
import { countryCode } from './countries';

describe('countryCode', () => {
  it.each([
    ['GB', 'GB'], ['gb', 'GB'], ['UK', 'GB'], ['United Kingdom', 'GB'], ['Great Britain', 'GB'], ['England', 'GB'], ['英国', 'GB'], ['Royaume-Uni', 'GB'],
    ['USA', 'US'], ['U.S.A.', 'US'], ['United States', 'US'], ['Vereinigte Staaten', 'US'], ['美国', 'US'], ['États-Unis', 'US'], ['Etats-Unis', 'US'],
    ['Deutschland', 'DE'], ['DEU', 'DE'], ['Germany', 'DE'], ['Allemagne', 'DE'], ['Niemcy', 'DE'],
    ['中国', 'CN'], ['China', 'CN'], ['CHN', 'CN'], ['Mainland China', 'CN'], ['中华人民共和国', 'CN'], ['Chine', 'CN'],
    ['Japan', 'JP'], ['Japon', 'JP'], ['日本', 'JP'], ['Giappone', 'JP'],
    ['Italia', 'IT'], ['España', 'ES'], ['Espana', 'ES'], ['Nederland', 'NL'], ['Holland', 'NL'], ['Österreich', 'AT'], ['Schweiz', 'CH'],
    ['South Korea', 'KR'], ['대한민국', 'KR'], ['Hong Kong', 'HK'], ['Taiwan', 'TW'], ['Viet Nam', 'VN'], ['  france  ', 'FR'],
  ])('%s → %s', (text, code) => expect(countryCode(text)).toBe(code));

  it.each(['', '   ', 'XX', 'Atlantis', 'ZZZ', 'Europe', 'EU', '123'])('%j is not a country', (text) => expect(countryCode(text)).toBeNull());
});
