// Which backups in backups/ are kept: the newest automatic backup of each of the last 7 days that
// have one (daily), then the newest of each of the 4 ISO weeks before those (weekly); the newest 3
// "before migration" and 3 "before restore" backups; every manual backup; and always the newest
// backup of all. Days and weeks are the machine's local calendar.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_EXTENSION } from '../../shared/backup';
import type { BackupKind, BackupListKind } from '../../shared/backup';
import { readManifestHead } from './manifest';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_BEFORE = 3;

export interface Candidate {
  path: string;
  kind: BackupKind;
  createdAt: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** ISO 8601 week of the local date, e.g. '2026-W49'. */
export function isoWeek(d: Date): string {
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const dow = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - dow); // the Thursday of this week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

/** The list kind of every kept backup, and the paths to delete. */
export function planRetention(all: readonly Candidate[]): { keep: Map<string, BackupListKind>; remove: string[] } {
  const newestFirst = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.path.localeCompare(a.path));
  const keep = new Map<string, BackupListKind>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  const before: Record<string, number> = {};
  for (const b of newestFirst) {
    const at = new Date(b.createdAt);
    if (b.kind === 'manual') keep.set(b.path, 'manual');
    else if (b.kind === 'before-migration' || b.kind === 'before-restore') {
      before[b.kind] = (before[b.kind] ?? 0) + 1;
      if (before[b.kind]! <= KEEP_BEFORE) keep.set(b.path, b.kind);
    } else if (days.size < KEEP_DAILY && !days.has(localDay(at))) {
      days.add(localDay(at));
      keep.set(b.path, 'daily');
    } else if (days.size >= KEEP_DAILY && !days.has(localDay(at)) && weeks.size < KEEP_WEEKLY && !weeks.has(isoWeek(at))) {
      weeks.add(isoWeek(at));
      keep.set(b.path, 'weekly');
    }
  }
  // Never the newest, whatever its kind.
  if (newestFirst[0] && !keep.has(newestFirst[0].path)) keep.set(newestFirst[0].path, newestFirst[0].kind === 'auto' ? 'daily' : newestFirst[0].kind as BackupListKind);
  return { keep, remove: newestFirst.filter((b) => !keep.has(b.path)).map((b) => b.path) };
}

/** The backups in `dir` that have a readable manifest (others are left alone, and not listed). */
export function scanBackups(dir: string): (Candidate & { appVersion: string; schemaVersion: number; counts: Record<string, number> })[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(BACKUP_EXTENSION) && !n.startsWith('.'))
    .flatMap((n) => {
      const path = join(dir, n);
      const m = readManifestHead(path);
      return m ? [{ path, kind: m.kind, createdAt: m.createdAt, appVersion: m.appVersion, schemaVersion: m.schemaVersion, counts: m.counts }] : [];
    });
}

/**
 * Removes what a backup cut off by a crash left (hidden .work-* folders and .*.partial files) once
 * it is an hour old: a younger one may belong to a backup another process is writing now.
 */
export function removeLeftovers(dir: string, now: Date): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!(n.startsWith('.work-') || (n.startsWith('.') && n.endsWith('.partial')))) continue;
    const p = join(dir, n);
    try {
      if (now.getTime() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
    } catch {
      /* gone already */
    }
  }
}

/** Applies the rule to backups/; returns the deleted paths. */
export function pruneBackups(dir: string): string[] {
  const { remove } = planRetention(scanBackups(dir));
  for (const p of remove) rmSync(p, { force: true });
  return remove;
}
