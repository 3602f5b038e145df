// Evidence merged after a claim letter: PDF pages appended as they are, JPEG and PNG images placed
// one per page. pdf-lib cannot embed WebP (and we take no native image converter), so a WebP file
// is listed in the index as not embeddable; an unreadable PDF is listed by name and skipped.
import { readFileSync } from 'node:fs';
import type { EvidenceEntry } from '../../shared/claims';
import { appendFiles, openFile } from '../pdf/attached';
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

/** Opens every piece of evidence up front, so the index can say which ones are merged and where. */
export async function openEvidence(sources: EvidenceSource[]): Promise<OpenedEvidence[]> {
  const out: OpenedEvidence[] = [];
  for (const s of sources) {
    const base = { name: s.name, kind: s.kind };
    let data: Uint8Array;
    try {
      if (!s.path) throw new Error('missing');
      data = new Uint8Array(readFileSync(s.path));
    } catch {
      out.push({ file: MISSING, entry: { ...base, fileType: '?', status: 'unreadable', reason: 'file missing from the data folder' } });
      continue;
    }
    const file = await openFile(data);
    if (file.kind !== 'none') out.push({ file, entry: { ...base, fileType: FILE_TYPE[file.kind], status: 'merged', reason: null } });
    else if (file.problem === 'corrupt_pdf')
      out.push({ file, entry: { ...base, fileType: 'PDF', status: 'unreadable', reason: `corrupt or unreadable PDF (${file.detail}): skipped` } });
    else if (file.problem === 'webp')
      out.push({ file, entry: { ...base, fileType: 'WebP', status: 'not_embeddable', reason: 'WebP image: not embeddable in a PDF; send the file alongside this letter' } });
    else out.push({ file, entry: { ...base, fileType: '?', status: 'unreadable', reason: 'not a PDF, JPEG, PNG or WebP file: skipped' } });
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

export function appendEvidence(base: Uint8Array, opened: OpenedEvidence[], pageSize: [number, number], date: Date, total: number): Promise<Uint8Array> {
  return appendFiles(base, opened.map((o, i) => ({ file: o.file, caption: `Evidence ${i + 1}: ${o.entry.name}` })), { pageSize, date, total });
}
