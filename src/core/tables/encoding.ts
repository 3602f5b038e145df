// Which text encoding a table file is in, decided once from the whole file, so that the preview and
// the import always agree (a preview that sniffed the first 64 KB passed a file whose one
// Windows-1252 byte came later, and the import then failed).
//
// In order: a byte-order mark (UTF-8, UTF-16 LE/BE) is certain; then a file that is valid UTF-8 is
// UTF-8 (ASCII included: a strict check, native and fast); then chardet looks at the lines that hold
// non-ASCII bytes. Its guesses between single-byte Latin code pages are unreliable on a few accented
// words (it calls "Café crème" Romanian ISO-8859-2), while its multi-byte guesses (GB18030, Big5,
// Shift_JIS, EUC-KR) are sharp, so: a multi-byte guess that decodes the sample without a
// replacement character is taken, else the file is Windows-1252, the code page spreadsheet apps on
// Western Windows save "CSV" in. The seller sees the encoding in the preview and can choose another.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { TextEncoding } from '../../shared/imports';

/** Bytes of lines with non-ASCII bytes handed to the detector (enough for a sure guess, cheap on 100 MB). */
const SAMPLE_BYTES = 64 * 1024;

/** chardet's names of the multi-byte encodings we take from it, as our names. */
const MULTI_BYTE: Record<string, TextEncoding> = {
  GB18030: 'gb18030', Big5: 'big5', Shift_JIS: 'shift_jis', 'EUC-JP': 'euc-jp', 'EUC-KR': 'euc-kr',
};

export interface Decided {
  encoding: TextEncoding;
  /** Bytes at the start that are a byte-order mark (not text). */
  bomBytes: number;
}

function bomOf(bytes: Uint8Array): Decided | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return null;
}

/** The lines that hold a non-ASCII byte, up to SAMPLE_BYTES (cut at line ends, which no multi-byte encoding uses inside a character). */
function nonAsciiLines(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  let from = 0;
  while (size < SAMPLE_BYTES) {
    let i = from;
    while (i < bytes.length && bytes[i]! < 0x80) i++;
    if (i >= bytes.length) break;
    const start = bytes.lastIndexOf(0x0a, i) + 1;
    let end = bytes.indexOf(0x0a, i);
    if (end < 0) end = bytes.length;
    parts.push(bytes.subarray(start, end + 1));
    size += end + 1 - start;
    from = end + 1;
  }
  return Buffer.concat(parts);
}

/** A file's encoding (see the top of this file). `bytes` is the whole file. */
export function decideEncoding(bytes: Buffer): Decided {
  const bom = bomOf(bytes);
  if (bom) return bom;
  if (isUtf8(bytes)) return { encoding: 'utf-8', bomBytes: 0 };
  const sample = nonAsciiLines(bytes);
  for (const guess of chardet.analyse(sample)) {
    const ours = MULTI_BYTE[guess.name];
    if (ours && guess.confidence >= 50 && !iconv.decode(sample, ours).includes('\uFFFD')) return { encoding: ours, bomBytes: 0 };
  }
  return { encoding: 'windows-1252', bomBytes: 0 };
}

/** A file is binary, not text, when it holds NUL bytes (UTF-16, whose ASCII has them, aside). */
export function looksBinary(bytes: Uint8Array, encoding: TextEncoding): boolean {
  return !encoding.startsWith('utf-16') && bytes.includes(0);
}

/**
 * The text of `bytes` in `encoding`, without a byte-order mark; null when they are not valid in it
 * (UTF-8 is checked strictly: a seller who chose UTF-8 for a Windows-1252 file is told, not given
 * replacement characters; single-byte code pages accept every byte).
 */
export function decodeText(bytes: Buffer, encoding: TextEncoding): string | null {
  const bom = bomOf(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.bomBytes) : bytes;
  if (encoding === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return null;
    }
  }
  return iconv.decode(body, encoding, { stripBOM: false });
}
