// The manifest is the first entry of every backup, so listing a backup reads one tar header and one
// small JSON (not the whole file). A file written by something else, or damaged, answers null here
// and is refused by the full verification of a restore.
import { closeSync, openSync, readSync } from 'node:fs';
import { backupManifest } from '../../shared/backup';
import type { BackupManifest } from '../../shared/backup';

export const MANIFEST_ENTRY = 'manifest.json';
const MAX_MANIFEST = 64 * 1024 * 1024;

/** Reads the manifest from the head of a backup file; null when the head is not one. */
export function readManifestHead(file: string): BackupManifest | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const header = Buffer.alloc(512);
    if (readSync(fd, header, 0, 512, 0) !== 512) return null;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (name !== MANIFEST_ENTRY) return null;
    const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim(), 8);
    if (!Number.isFinite(size) || size <= 0 || size > MAX_MANIFEST) return null;
    const body = Buffer.alloc(size);
    if (readSync(fd, body, 0, size, 512) !== size) return null;
    return parseManifest(body.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

export function parseManifest(text: string): BackupManifest | null {
  try {
    const parsed = backupManifest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Rows in the main tables (those that exist in this schema). */
export const COUNTED_TABLES = ['products', 'suppliers', 'certificates', 'lots', 'inspections', 'shipments', 'holds', 'cases', 'claims', 'attachments', 'document_packs'] as const;
