// Helpers of the backup tests: the data folder's stored files by hash, rows of the main tables,
// and a way to rebuild a backup file with one thing changed (to prove each change is refused).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as tar from 'tar';
import type { TestCore } from '../helpers';
import { tempDir } from '../helpers';
import { runJob } from '../jobs';
import type { BackupCreated, RestoreReport } from '../../src/shared/backup';
import type { Job } from '../../src/shared/jobs';

export const sha = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every file under the stored areas (files/, packs/, documents/) → its SHA-256. */
export function storedState(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dataDir, p)] = sha(readFileSync(p));
    }
  };
  for (const area of ['files', 'packs', 'documents']) walk(join(dataDir, area));
  return out;
}

export const TABLES = ['products', 'suppliers', 'certificates', 'attachments', 'shipments', 'shipment_items', 'document_packs', 'settings'];

export async function backupNow(core: TestCore, path?: string): Promise<BackupCreated> {
  const job = await runJob<BackupCreated>(core, 'backup.create', path ? { path } : {});
  if (job.state !== 'done') throw new Error(`backup failed: ${JSON.stringify(job.error)}`);
  return job.result!;
}

export async function restore(core: TestCore, path: string): Promise<Job<RestoreReport>> {
  return runJob<RestoreReport>(core, 'backup.restore', { path });
}

/** Extracts a backup, lets `change` edit the folder, and packs it again (manifest first) as a new file. */
export async function rebuilt(backup: string, change: (dir: string) => void): Promise<string> {
  const dir = join(tempDir(), 'x');
  mkdirSync(dir);
  tar.x({ file: backup, cwd: dir, sync: true });
  change(dir);
  const out = join(tempDir(), 'changed.clearpack-backup');
  const entries: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else entries.push(relative(dir, p));
    }
  };
  walk(dir);
  const ordered = [...entries.filter((e) => e === 'manifest.json'), ...entries.filter((e) => e !== 'manifest.json')];
  tar.c({ file: out, cwd: dir, sync: true, portable: true, noDirRecurse: true }, ordered);
  return out;
}
