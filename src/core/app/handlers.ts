// The app itself (declared in src/shared/app/methods.ts).
import type { appMethods } from '../../shared/app/methods';
import { schemaVersion } from '../db/open';
import type { HandlersOf } from '../handlers';

export const appHandlers: HandlersOf<typeof appMethods> = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: ctx.state?.recovery ? 0 : schemaVersion(ctx.db),
    recovery: ctx.state?.recovery ?? null,
    check: ctx.state?.check ?? 'ok',
    timeZone: ctx.timeZone(),
    today: ctx.today(),
  }),
};
