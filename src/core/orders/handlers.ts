// Orders' methods (declared in src/shared/orders/methods.ts), bound to their work.
import type { ordersMethods } from '../../shared/orders/methods';
import type { HandlersOf } from '../handlers';
import { checkOrdersFile, previewOrders } from './file';
import { demoOrderFiles } from './samples';

export const ordersHandlers: HandlersOf<typeof ordersMethods> = {
  'orders.previewCsv': (input) => previewOrders(input),
  // The file is checked before the job starts (missing, empty, too large: refused with the limit).
  'orders.importCsv': (input, _ctx, jobs) => {
    checkOrdersFile(input.path);
    return jobs.start('orders.importCsv', input, { writes: !input.dryRun });
  },
  'orders.demoFiles': (_input, ctx) => demoOrderFiles(ctx.dataDir),
};
