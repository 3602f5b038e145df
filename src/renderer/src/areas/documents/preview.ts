// Page thumbnails of a PDF, drawn in the window by pdf.js (its worker is bundled with the renderer;
// the CSP allows same-origin scripts and workers). Each page becomes a <canvas> in `into`.
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

// Vite bundles the worker as a .js module of our own origin (a .mjs URL is not served as script everywhere).
let port: Worker | null = null;
function ensureWorker(): void {
  if (!port) {
    port = new PdfWorker();
    GlobalWorkerOptions.workerPort = port;
  }
}

const THUMB_WIDTH = 220;

export async function renderPages(base64: string, into: HTMLElement, max: number, label: (n: number, total: number) => string): Promise<void> {
  ensureWorker();
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const doc = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    into.replaceChildren();
    const count = Math.min(doc.numPages, max);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: THUMB_WIDTH / base.width });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', label(n, doc.numPages));
      const figure = document.createElement('figure');
      const caption = document.createElement('figcaption');
      caption.textContent = label(n, doc.numPages);
      figure.append(canvas, caption);
      into.append(figure);
      await page.render({ canvas, viewport }).promise;
    }
  } finally {
    await doc.destroy();
  }
}
