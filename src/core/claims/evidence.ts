// Evidence merged after a claim letter: PDF pages appended as they are, JPEG and PNG images placed
// one per page. pdf-lib cannot embed WebP (and we take no native image converter), so a WebP file
// is listed in the index as not embeddable; an unreadable PDF is listed by name and skipped.
import { readFileSync } from 'node:fs';
import type { EvidenceEntry } from '../../shared/claims';
import type { LetterLanguage } from '../../shared/consultations';
import { appendFiles, openFile, pageLabel, pageLabelZh } from '../pdf/attached';
import type { OpenedFile } from '../pdf/attached';

export interface EvidenceSource {
  name: string;
  kind: EvidenceEntry['kind'];
  /** Where to read it; null when the file is missing. */
  path: string | null;
}

export interface OpenedEvidence {
  entry: Omit<EvidenceEntry, 'number' | 'firstPage' | 'lastPage'>;
  file: OpenedFile;
}

const FILE_TYPE = { pdf: 'PDF', png: 'PNG', jpg: 'JPEG' } as const;

/** Why a file is not merged, in the letter's language (the index prints it under the file's name). */
const REASON = {
  en: {
    missing: 'file missing from the data folder',
    corrupt: (detail: string | null) => `corrupt or unreadable PDF (${detail}): skipped`,
    webp: 'WebP image: not embeddable in a PDF; send the file alongside this letter',
    unknown: 'not a PDF, JPEG, PNG or WebP file: skipped',
  },
  zh: {
    missing: '数据文件夹中缺少该文件',
    // The parser's own (English) message is for the seller, not for the insurer: left out.
    corrupt: () => 'PDF 文件已损坏或无法读取，未附入本函',
    webp: 'WebP 图片无法嵌入 PDF，随本函另行发送',
    unknown: '非 PDF、JPEG、PNG 或 WebP 文件，未附入本函',
  },
} as const;

/** Opens every piece of evidence up front, so the index can say which ones are merged and where. */
export async function openEvidence(sources: EvidenceSource[], language: LetterLanguage = 'en'): Promise<OpenedEvidence[]> {
  const reason = REASON[language];
  const out: OpenedEvidence[] = [];
  for (const s of sources) {
    const base = { name: s.name, kind: s.kind };
    let data: Uint8Array;
    try {
      if (!s.path) throw new Error('missing');
      data = new Uint8Array(readFileSync(s.path));
    } catch {
      out.push({ file: MISSING, entry: { ...base, fileType: '?', status: 'unreadable', reason: reason.missing } });
      continue;
    }
    const file = await openFile(data);
    if (file.kind !== 'none') out.push({ file, entry: { ...base, fileType: FILE_TYPE[file.kind], status: 'merged', reason: null } });
    else if (file.problem === 'corrupt_pdf')
      out.push({ file, entry: { ...base, fileType: 'PDF', status: 'unreadable', reason: reason.corrupt(file.detail) } });
    else if (file.problem === 'webp')
      out.push({ file, entry: { ...base, fileType: 'WebP', status: 'not_embeddable', reason: reason.webp } });
    else out.push({ file, entry: { ...base, fileType: '?', status: 'unreadable', reason: reason.unknown } });
  }
  return out;
}

const MISSING: OpenedFile = { kind: 'none', pages: 0, problem: 'unknown', detail: null };

/** Page numbers of each piece, counting from the page after the letter's last. */
export function numberEvidence(opened: OpenedEvidence[], letterPages: number): EvidenceEntry[] {
  let next = letterPages + 1;
  return opened.map((o, i) => {
    const first = o.file.pages ? next : null;
    const last = o.file.pages ? next + o.file.pages - 1 : null;
    next += o.file.pages;
    return { ...o.entry, number: i + 1, firstPage: first, lastPage: last };
  });
}

/** Each merged page's foot, in the letter's language: "Evidence 2: 包裹照片.png … Page 5 of 9". */
const STAMP = {
  en: { caption: (n: number, name: string) => `Evidence ${n}: ${name}`, label: pageLabel },
  zh: { caption: (n: number, name: string) => `证据 ${n}：${name}`, label: pageLabelZh },
} as const;

export function appendEvidence(base: Uint8Array, opened: OpenedEvidence[], pageSize: [number, number], date: Date, total: number, language: LetterLanguage = 'en'): Promise<Uint8Array> {
  const t = STAMP[language];
  return appendFiles(base, opened.map((o, i) => ({ file: o.file, caption: t.caption(i + 1, o.entry.name) })), { pageSize, date, total, label: t.label });
}
