// Textiles on a US entry: the invoice states the fibre content by weight for goods of HS chapters
// 50–63 (19 CFR 141.89, "textile fiber products"). Read from the product's fibre content or its
// material, whichever states percentages ("60% cotton, 40% polyester").

/** HS chapters 50 to 63: textiles and textile articles. */
export function isTextileHs(hsCode: string | null | undefined): boolean {
  const chapter = Number((hsCode ?? '').replace(/\D/g, '').slice(0, 2));
  return chapter >= 50 && chapter <= 63;
}

const PERCENT_OF_FIBRE = /\d{1,3}(?:[.,]\d+)?\s*%\s*\p{L}/u;

/** The first text that states a fibre content by percentage, or null. */
export function statedFibreContent(...texts: (string | null | undefined)[]): string | null {
  for (const t of texts) if (t && PERCENT_OF_FIBRE.test(t)) return t.trim();
  return null;
}
