// `npm run bench`: every benchmark, one table of figures. Goals come from the issues; a benchmark
// reports, it does not fail the build (no timing assertion lives in the test suite).
import { cleanup, productsDataDir, run as runProducts } from './products.bench';
import { run as runProductsScreen } from './products-screen.bench';
import { run as runShipments } from './shipments.bench';
import { figures } from './util';

const only = process.argv[2];
if (only === 'shipments') {
  await runShipments();
  console.table(figures);
  process.exit(0);
}
const dir = productsDataDir();
try {
  if (!only) await runShipments();
  if (!only || only === 'products') await runProducts(dir);
  if (!only || only === 'screen') await runProductsScreen(dir);
} finally {
  cleanup(dir);
}
console.table(figures);
