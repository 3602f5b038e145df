// `npm run bench [name]`: every benchmark (or one), one table of figures. Goals come from the
// issues; a benchmark reports, it does not fail the build (no timing assertion lives in the tests).
import { run as runBackup } from './backup.bench';
import { run as runDashboard } from './dashboard.bench';
import { run as runClaims } from './claims.bench';
import { run as runDocuments } from './documents.bench';
import { run as runHost } from './host.bench';
import { run as runHs } from './hs.bench';
import { run as runImport, runXlsx } from './import.bench';
import { run as runOrders } from './orders.bench';
import { run as runOutput } from './output.bench';
import { cleanup, productsDataDir, run as runProducts } from './products.bench';
import { run as runProductsScreen } from './products-screen.bench';
import { run as runQuality } from './quality.bench';
import { run as runReadyToPrint } from './ready-to-print.bench';
import { run as runShipments } from './shipments.bench';
import { run as runShipmentsList } from './shipments-list.bench';
import { run as runSuppliers } from './suppliers.bench';
import { run as runTodayPrint } from './today-print.bench';
import { run as runWrites } from './writes.bench';
import { figures } from './util';

const only = process.argv[2];
const wants = (name: string) => !only || only === name;

if (wants('products') || wants('screen')) {
  const dir = productsDataDir();
  try {
    if (wants('products')) await runProducts(dir);
    if (wants('screen')) await runProductsScreen(dir);
  } finally {
    cleanup(dir);
  }
}
if (wants('hs')) await runHs();
if (wants('import')) await runImport();
// The .xlsx case alone (it is also part of `import`).
if (only === 'import-xlsx') await runXlsx();
if (wants('suppliers')) await runSuppliers();
if (wants('shipments')) await runShipments();
if (wants('shipments-list')) await runShipmentsList();
if (wants('ready-to-print')) await runReadyToPrint();
if (wants('documents')) await runDocuments();
if (wants('quality')) await runQuality();
if (wants('dashboard')) await runDashboard();
if (wants('claims')) await runClaims();
if (wants('output')) await runOutput();
if (wants('writes')) await runWrites();
if (wants('backup')) await runBackup();
if (wants('host')) await runHost();
if (wants('orders')) await runOrders();
if (wants('today-print')) await runTodayPrint();
console.table(figures);
