// How a weight is shown to the seller, in the UI and on the pack's cover alike: grams below a
// kilogram ("850 g"), kilograms with up to two decimals from there ("1.25 kg"). Customs forms keep
// their own rule (kilograms with three decimals, as the forms ask).
const formats = new Map<string, Intl.NumberFormat>();

/** A weight in grams as the seller reads it, in a BCP 47 locale ('en-US', 'zh-CN'). */
export function displayWeight(grams: number, locale: string): string {
  let nf = formats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formats.set(locale, nf);
  }
  return grams < 1000 ? `${nf.format(Math.round(grams))} g` : `${nf.format(grams / 1000)} kg`;
}
