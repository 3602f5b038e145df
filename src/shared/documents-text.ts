// The names of a pack's documents and why an attached file was left out, in English and Chinese.
// Shared: the documents screen shows them (packs.doc.*, packs.skippedReason.* in its language), and
// the core prints them — the English as each document's name in the pack, both on the cover.
import type { PackDocumentKind, PackPdf } from './documents';
import { fillText } from './preflight-text';

type Problem = NonNullable<PackPdf['skipped'][number]['problem']>;
interface Texts {
  /** `{{subject}}`: the product key of a product sheet, "type number (file)" of a certificate. */
  doc: Record<PackDocumentKind, string>;
  skippedReason: Record<Problem, string>;
}

export const PACK_TEXT = {
  en: {
    doc: {
      cover: 'Cover', invoice: 'Commercial invoice', cn22: 'CN22 customs declaration', cn22Label: 'CN22 as 4 × 6 in label',
      cn23: 'CN23 customs declaration', packing: 'Packing list', product: 'Product information: {{subject}}',
      batteryStatement: 'Lithium battery statement', batteryMark: 'Lithium battery mark', certificate: 'Certificate {{subject}}',
    },
    skippedReason: { corrupt_pdf: 'corrupt or unreadable PDF', unsupported: 'not a PDF, JPEG or PNG file' },
  },
  zh: {
    doc: {
      cover: '封面', invoice: '商业发票', cn22: 'CN22 海关申报单', cn22Label: 'CN22（4 × 6 英寸标签）',
      cn23: 'CN23 海关申报单', packing: '装箱单', product: '商品信息：{{subject}}',
      batteryStatement: '锂电池声明', batteryMark: '锂电池标记', certificate: '证书 {{subject}}',
    },
    skippedReason: { corrupt_pdf: 'PDF 已损坏或无法读取', unsupported: '不是 PDF、JPEG 或 PNG 文件' },
  },
} satisfies Record<'en' | 'zh', Texts>;

/** A pack document's name in `language`, e.g. ('product', 'zh', 'BT-HP-001') → "商品信息：BT-HP-001". */
export const documentName = (kind: PackDocumentKind, language: 'en' | 'zh', subject?: string): string =>
  fillText(PACK_TEXT[language].doc[kind], subject === undefined ? {} : { subject });
