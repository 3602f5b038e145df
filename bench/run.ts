// `npm run bench`: every benchmark, one table of figures. Goals come from the issues; a benchmark
// reports, it does not fail the build (no timing assertion lives in the test suite).
import { cleanup, productsDataDir, run as runProducts } from './products.bench';
import { run as runProductsScreen } from './products-screen.bench';
import { run as runSuppliers } from './suppliers.bench';
import { figures } from './util';

const only = process.argv[2];
if (!only || only === 'products' || only === 'screen') {
  const dir = productsDataDir();
  try {
    if (!only || only === 'products') await runProducts(dir);
    if (!only || only === 'screen') await runProductsScreen(dir);
  } finally {
    cleanup(dir);
  }
}
if (!only || only === 'suppliers') await runSuppliers();
console.table(figures);
