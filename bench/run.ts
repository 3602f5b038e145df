// `npm run bench`: every benchmark, one table of figures. Goals come from the issues; a benchmark
// reports, it does not fail the build (no timing assertion lives in the test suite).
import { cleanup, productsDataDir, run as runProducts } from './products.bench';
import { run as runProductsScreen } from './products-screen.bench';
import { run as runImport } from './import.bench';
import { figures } from './util';

const only = process.argv[2];
if (!only || only === 'import') await runImport();
const dir = only === 'import' ? null : productsDataDir();
try {
  if (dir && (!only || only === 'products')) await runProducts(dir);
  if (dir && (!only || only === 'screen')) await runProductsScreen(dir);
} finally {
  if (dir) cleanup(dir);
}
console.table(figures);
