// Copying a file the user picked into the data folder, once, safely. The path is opened once;
// everything after (type, size, content) is read from that one open file, so a path swapped or
// renamed afterwards changes nothing. The copy goes to a temporary name in files/ and is renamed
// to its SHA-256 only when complete and synced: files/<sha256> is always a whole file.
import { createHash, randomUUID } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../shared/attachments';
import type { AttachmentType } from '../../shared/attachments';
import { ValidationError } from '../../shared/errors';
import { sniffType } from '../pdf/attached';

export const filesDir = (dataDir: string): string => join(dataDir, 'files');

const refuse = (key: string, message: string, params?: Record<string, string | number>): never => {
  throw new ValidationError([{ path: 'path', key, message, ...(params ? { params } : {}) }]);
};

export interface StoredFile {
  sha256: string;
  size: number;
  mime: AttachmentType;
  /** Display text only. */
  fileName: string;
  /** False when an identical file was already stored. */
  isNew: boolean;
}

/** Test seam: called after each chunk is copied (to prove a file changing mid-copy is caught). */
export interface CopyHooks {
  afterChunk?(copied: number): void | Promise<void>;
}

const CHUNK = 1 << 20;

export async function storeFile(dataDir: string, path: string, hooks: CopyHooks = {}): Promise<StoredFile> {
  // Only what a file dialog gives: an absolute path. "../../etc/passwd" is not something a person picked.
  if (!isAbsolute(path)) refuse('path_not_absolute', 'Give the full path of the file (as chosen in the file dialog)');
  let src: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO must not hang waiting for a writer; it is refused below anyway.
    src = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('file_not_found', `No file at ${path}`);
    if (code === 'EACCES' || code === 'EPERM') return refuse('file_unreadable', `The file ${path} cannot be read (permission denied)`);
    return refuse('file_unreadable', `The file ${path} cannot be read (${code ?? String(err)})`);
  }
  const dir = filesDir(dataDir);
  const temp = join(dir, `.incoming-${randomUUID()}`);
  let dst: FileHandle | null = null;
  try {
    const stat = await src.stat();
    if (!stat.isFile()) refuse('not_regular_file', 'Only a regular file can be attached (not a folder, device or pipe)');
    if (stat.size > MAX_ATTACHMENT_BYTES)
      refuse('file_too_large', `The file is ${Math.ceil(stat.size / 1048576)} MB; at most 50 MB can be attached`, { max: 50, size: Math.ceil(stat.size / 1048576) });
    if (stat.size === 0) refuse('file_type', 'The file is empty');
    const head = Buffer.alloc(16);
    const { bytesRead } = await src.read(head, 0, 16, 0);
    const mime = sniffType(head.subarray(0, bytesRead));
    if (!mime) refuse('file_type', 'Only PDF, PNG, JPEG and WebP files can be attached (checked by content, not by name)');

    await mkdir(dir, { recursive: true });
    dst = await open(temp, 'wx');
    const hash = createHash('sha256');
    const buf = Buffer.alloc(CHUNK);
    let copied = 0;
    for (;;) {
      const { bytesRead: n } = await src.read(buf, 0, CHUNK, copied);
      if (n === 0) break;
      if (copied === 0 && sniffType(buf.subarray(0, Math.min(n, 16))) !== mime) refuse('file_changed', 'The file changed while it was being copied');
      hash.update(buf.subarray(0, n));
      await dst.write(buf, 0, n);
      copied += n;
      if (copied > MAX_ATTACHMENT_BYTES) refuse('file_changed', 'The file grew beyond 50 MB while it was being copied');
      await hooks.afterChunk?.(copied);
    }
    if (copied !== stat.size) refuse('file_changed', `The file changed while it was being copied (${copied} of ${stat.size} bytes read)`);
    await dst.sync();
    await dst.close();
    dst = null;
    const sha256 = hash.digest('hex');
    const final = join(dir, sha256);
    let isNew = false;
    if (existsSync(final)) await unlink(temp);
    else {
      await rename(temp, final);
      isNew = true;
    }
    // eslint-disable-next-line no-control-regex
    const fileName = basename(path).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255) || 'file';
    return { sha256, size: copied, mime: mime!, fileName, isNew };
  } catch (err) {
    await dst?.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw err;
  } finally {
    await src.close().catch(() => {});
  }
}
