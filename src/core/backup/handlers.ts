// Backups and restore (declared in src/shared/backup/methods.ts).
import type { backupMethods } from '../../shared/backup/methods';
import type { HandlersOf } from '../handlers';
import { inspectBackup, listBackups, startBackup, startRestore } from './host';

export const backupHandlers: HandlersOf<typeof backupMethods> = {
  'backup.create': (input, ctx, jobs) => startBackup(ctx, jobs, input?.path, input?.overwrite ?? false),
  'backup.list': (input, ctx) => listBackups(ctx, input ?? { offset: 0, limit: 20 }),
  'backup.inspect': (input, ctx) => inspectBackup(ctx, input.path),
  'backup.restore': (input, ctx, jobs) => startRestore(ctx, jobs, input.path),
};
