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

/**
 * Text items of a page with their position (PDF user space: x from the left, y of the baseline from
 * the bottom), their advance width and their font size, in points.
 */
export async function textItems(bytes: Uint8Array, pageNumber: number): Promise<{ str: string; x: number; y: number; width: number; size: number }[]> {
  const doc = await open(bytes);
  try {
    const page = await doc.getPage(pageNumber);
    const content = await page.getTextContent();
    return content.items.flatMap((it) =>
      'str' in it && it.str.trim()
        ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, size: Math.hypot(it.transform[0] as number, it.transform[1] as number) }]
        : [],
    );
  } finally {
    await doc.destroy();
  }
}

/**
 * The bars of a barcode drawn as filled rectangles on a page: each run of at least `min`
 * rectangles of the same height on the same baseline, as bar and space widths from left to right
 * (bar, space, bar, …), in points. For reading a Code 128 symbol back.
 */
export async function barcodeRuns(bytes: Uint8Array, pageNumber: number, min = 20): Promise<number[][]> {
  const doc = await open(bytes);
  try {
    const page = await doc.getPage(pageNumber);
    const ops = await page.getOperatorList();
    const rects: { x0: number; x1: number; y0: number; y1: number }[] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.constructPath) return;
      const args = ops.argsArray[i] as unknown[];
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) return;
      // pdf.js 5 path data: an op code (0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath) then its coordinates.
      let k = 0;
      let pts: [number, number][] = [];
      const flush = () => {
        if (pts.length >= 4) {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          rects.push({ x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) });
        }
        pts = [];
      };
      while (k < data.length) {
        const op = data[k++]!;
        if (op === 0) {
          flush();
          pts.push([data[k]!, data[k + 1]!]);
          k += 2;
        } else if (op === 1) {
          pts.push([data[k]!, data[k + 1]!]);
          k += 2;
        } else if (op === 2) k += 6;
        else if (op === 3) k += 4;
        else if (op === 4) flush();
      }
      flush();
    });
    const key = (r: (typeof rects)[number]) => `${r.y0.toFixed(2)}|${r.y1.toFixed(2)}`;
    const groups = new Map<string, typeof rects>();
    for (const r of rects) if (r.y1 - r.y0 > 5 && r.x1 - r.x0 < 6) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups.values()]
      .filter((g) => g.length >= min)
      .map((g) => {
        const bars = [...g].sort((a, b) => a.x0 - b.x0);
        const out: number[] = [];
        bars.forEach((b, i) => {
          if (i > 0) out.push(b.x0 - bars[i - 1]!.x1);
          out.push(b.x1 - b.x0);
        });
        return out;
      });
  } finally {
    await doc.destroy();
  }
}
