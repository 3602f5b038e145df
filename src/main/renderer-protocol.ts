// How the window's page is served: the built renderer (out/renderer) over our own privileged scheme
// app://clearpack/, never over file:// (which Chromium gives extra powers and a shared origin), with
// the Content-Security-Policy as a response header on every answer. No Electron import: the e2e
// harness serves the page under test through this same function, so it gets the same CSP and types.
// fs.promises looked up at call time: Electron patches its functions to read inside app.asar.
import { promises as fs } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'clearpack';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The page's policy. Scripts only from our own origin (no inline script, no eval); styles only
 * from our own stylesheet: React sets style={} through the CSSOM and Vite emits one .css file, so
 * no 'unsafe-inline' is needed for styles either. pdf.js thumbnails run in a same-origin worker
 * (worker-src falls back to script-src) and decode fonts from data: URLs; canvases export blob:/data:.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers every answer carries, a refusal included. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/** The file types the build emits (and a few it may); anything else is refused, not sniffed. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

function refuse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/**
 * The file under `rendererDir` a URL path names, or null when the path tries to leave it (`..`,
 * encoded or not, an encoded slash or backslash, a NUL) or names something without a known type.
 */
export function rendererFile(pathname: string, rendererDir: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null; // malformed %-escape
  }
  // An encoded separator or NUL in the raw path is never a real asset name: refuse before joining.
  if (/%2f|%5c|%00/i.test(pathname) || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const file = join(rendererDir, ...(segments.length ? segments : ['index.html']));
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  if (!MIME_TYPES[extname(file).toLowerCase()]) return null;
  return file;
}

export interface ServeOptions {
  /** The host the page is served under: app://clearpack in the app, the loopback host in e2e. */
  host?: string;
}

/**
 * Answers one request for the page (Electron's protocol.handle hands us a web Request): the file
 * from `rendererDir` with its MIME type and the CSP, or 404 (outside the folder, unknown type,
 * missing), 405 (anything but GET/HEAD), 400 (a foreign host: another origin on our scheme).
 */
export async function serveRenderer(request: Request, rendererDir: string, options: ServeOptions = {}): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refuse(400);
  }
  if (url.host !== (options.host ?? APP_HOST)) return refuse(400);
  // The URL parser has already folded `..` and `%2e%2e` into the root; what is left is checked
  // once more after decoding (an encoded slash could otherwise rebuild a `../`).
  const file = rendererFile(url.pathname, rendererDir);
  if (!file) return refuse(404);
  try {
    // A link inside the folder that points outside it is refused like a `..`.
    const [real, root] = await Promise.all([fs.realpath(file), fs.realpath(rendererDir)]);
    const rel = relative(root, real);
    if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return refuse(404);
    if (!(await fs.stat(real)).isFile()) return refuse(404);
    const body = request.method === 'HEAD' ? null : await fs.readFile(real);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': MIME_TYPES[extname(real).toLowerCase()]! },
    });
  } catch {
    return refuse(404);
  }
}
