// Numbers as sellers' spreadsheets write them: "12.50", ".5", "1,299.50", and in the locales that
// write a decimal comma (their CSV is semicolon-separated) "12,50", "1.299,50", "1 299,50".
//
// The rule, so that no number is read two ways: when both a point and a comma appear, the last one
// is the decimal separator and the other groups thousands (in threes). When only one kind appears,
// it is the file's decimal separator, unless it groups digits in threes as thousands do
// ("1,299" in a point file, "1.299" in a comma file); one comma not followed by exactly three
// digits ("1,5") is a decimal comma in any file. Spaces (also no-break and narrow no-break) and
// apostrophes (Swiss "1'299.50") group thousands too. Anything else is not a number.

const GROUPS = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);
const POINT_GROUPS = GROUPS('.');
const COMMA_GROUPS = GROUPS(',');

/** The digits of the number `text` writes: sign, whole part, fraction (either may be empty, not both); or null. */
function digitsOf(text: string, decimal: ',' | '.'): { negative: boolean; whole: string; frac: string } | null {
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  const negative = s.startsWith('-');
  if (negative || s.startsWith('+')) s = s.slice(1);
  const point = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  let whole = s;
  let frac = '';
  if (point >= 0 && comma >= 0) {
    const [dec, group] = point > comma ? ['.', ','] : [',', '.'];
    const at = s.lastIndexOf(dec);
    [whole, frac] = [s.slice(0, at), s.slice(at + 1)];
    if (!GROUPS(group).test(whole)) return null;
    whole = whole.split(group).join('');
  } else if (comma >= 0) {
    if (COMMA_GROUPS.test(s) && (decimal === '.' || s.indexOf(',') !== comma)) whole = s.replace(/,/g, '');
    else if (s.indexOf(',') === comma) [whole, frac] = [s.slice(0, comma), s.slice(comma + 1)];
    else return null;
  } else if (point >= 0) {
    if (decimal === ',' && POINT_GROUPS.test(s)) whole = s.replace(/\./g, '');
    else if (s.indexOf('.') === point) [whole, frac] = [s.slice(0, point), s.slice(point + 1)];
    else return null;
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(frac) || whole + frac === '') return null;
  return { negative, whole, frac };
}

/** The number `text` writes (in a file whose decimal separator is `decimal`), or null. */
export function parseDecimal(text: string, decimal: ',' | '.' = '.'): number | null {
  const d = digitsOf(text, decimal);
  return d ? Number(`${d.negative ? '-' : ''}${d.whole || '0'}.${d.frac || '0'}`) : null;
}

/** The same number as a plain decimal string ("1.299,50" → "1299.50"), digits kept, for exact money arithmetic; or null. */
export function decimalText(text: string, decimal: ',' | '.' = '.'): string | null {
  const d = digitsOf(text, decimal);
  return d ? `${d.negative ? '-' : ''}${d.whole || '0'}${d.frac ? `.${d.frac}` : ''}` : null;
}
