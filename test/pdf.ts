// Reading PDFs back for tests: text per page (joined in reading order), page sizes, and the
// rectangles drawn on a page. Built on pdfjs-dist's legacy build (the one meant for Node).
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** All text items joined with spaces (line breaks where pdf.js reports them). */
  text: string;
}

async function open(bytes: Uint8Array) {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

/** Text and size of every page. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await open(bytes);
  const pages: PdfPage[] = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join('');
      pages.push({ number: i, width: +(x1 - x0).toFixed(2), height: +(y1 - y0).toFixed(2), text: text.replace(/[ \t]+/g, ' ') });
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

/** Bounding boxes (width × height, in points) of the paths drawn on a page. */
export async function pathBoxes(bytes: Uint8Array, pageNumber: number): Promise<{ width: number; height: number }[]> {
  const doc = await open(bytes);
  try {
    const page = await doc.getPage(pageNumber);
    const ops = await page.getOperatorList();
    const boxes: { width: number; height: number }[] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.constructPath) return;
      const args = ops.argsArray[i] as unknown[];
      const minMax = args[args.length - 1] as ArrayLike<number> | null;
      if (!minMax || minMax.length < 4) return;
      boxes.push({ width: +(minMax[2]! - minMax[0]!).toFixed(2), height: +(minMax[3]! - minMax[1]!).toFixed(2) });
    });
    return boxes;
  } finally {
    await doc.destroy();
  }
}
