// Clearpack's command line: the same core API as the desktop app, for scripting, batch work and
// support. Public interface (keep stable):
//   clearpack [--data-dir DIR] api --list              every method with its kind and input JSON Schema
//   clearpack [--data-dir DIR] api METHOD [JSON|-]     call one method, print its JSON result
//   clearpack [--data-dir DIR] demo                    fill an empty data file with the demo catalog
//   clearpack [--data-dir DIR] pack (--date D | --ids 1,2) (--out DIR | --combined FILE) [--paper A4|Letter] [--overwrite]
//                                                      batch-print document packs (documents.buildBatch);
//                                                      exit 0 when all were built, 1 when some were blocked
//   clearpack [--data-dir DIR] backup [FILE]          back up now (backup.create) to FILE or <data>/backups/
//   clearpack [--data-dir DIR] restore FILE           verify FILE and restore it (backup.restore)
//   clearpack [--data-dir DIR] backups                list the backups in <data>/backups/ (backup.list)
//   clearpack [--data-dir DIR] orders import FILE [--dry-run] [--skip-bad] [--store NAME]
//                                                      a store's order export → draft shipments, preflighted
//                                                      (orders.importCsv); exit 2 when some orders are bad
//   clearpack [--data-dir DIR] consultations [--status S]   the advance consultations (consultations.list)
//   clearpack [--data-dir DIR] consultations letter ID [--lang en|zh] [--out FILE] [--overwrite]
//                                                      the request letter: text on stdout, PDF path on stderr
//   clearpack [--data-dir DIR] claims letter ID [--lang en|zh] [--out FILE] [--overwrite]
//                                                      the claim letter to the insurer: PDF path on stdout
// A method the contract declares a job (products.importCsv, documents.buildBatch, backup.create…)
// is waited for: progress goes to stderr, the finished job is printed.
// On failure the error {code, message, details} goes to stderr as JSON; exit 2 for validation
// errors, 1 for any other. No stack trace reaches the user unless --debug is given (then the
// stack of an unexpected error follows the JSON on stderr).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isJobMethod, isMethodName, METHOD_NAMES, methods } from '../shared/api';
import type { JobMethodName, ResultOf } from '../shared/api';
import type { ErrorData } from '../shared/errors';
import { ClearpackError } from '../shared/errors';
import { openCore } from '../core';
import type { Core } from '../core';
import type { Job, JobStarted } from '../shared/jobs';
import type { BackupEntry } from '../shared/backup';
import type { Page } from '../shared/products';
import { LETTER_LANGUAGES } from '../shared/consultations';
import type { ConsultationLetter, ConsultationSummary } from '../shared/consultations';
import type { ClaimLetter } from '../shared/claims';
import { defaultDataDir, findResourcesDir } from '../core/paths';
import { errorData } from '../core/failure';

const USAGE = `Usage: clearpack [--data-dir DIR] <command>

Commands:
  api --list               print every method with its kind (query, mutation, job) and input JSON Schema
  api METHOD [JSON|-]      call METHOD with JSON input (or read it from stdin with -);
                           a method that starts a job is waited for, and the finished job printed
  demo                     fill an empty data file with a realistic demo catalog (demo.load)
  pack --date YYYY-MM-DD --out DIR
                           print the document pack of every draft or ready shipment with that ship
                           date into DIR (one PDF per shipment); or --ids 1,2,3 for given shipments,
                           --combined FILE for one merged PDF, --paper A4|Letter. Existing files are
                           kept (the batch is refused) unless --overwrite. Progress on stderr;
                           exit 1 when some shipments were blocked (listed with the reasons)

  backup [FILE]            back up the data folder now, to FILE (absolute, .clearpack-backup) or
                           into the data folder's backups/; progress on stderr, the path on stdout
  restore FILE             verify FILE, keep the current data as a backup, then restore FILE
                           (works when the data file cannot be read); progress on stderr
  backups                  list the backups in the data folder's backups/, newest first

  orders import FILE [--dry-run] [--skip-bad] [--store NAME]
                           one draft shipment per order of a store's order export (Shopify,
                           WooCommerce, Etsy, eBay, Amazon or any sheet), each preflighted; prints
                           each new shipment with ready/warned/blocked, the skipped orders and the
                           problems (order, row, column, why). --dry-run checks only; --skip-bad
                           imports the good orders when some are bad (default: none is imported);
                           --store names the store order numbers are unique in. Exit 2 when some
                           orders are bad

  consultations [--status waiting|answered|expired]
                           the advance consultations (consultations.list), waiting ones first: reference,
                           status, product or shipment, destination, carrier, request and answer dates
  consultations letter ID [--lang en|zh] [--out FILE] [--overwrite]
                           write the request letter of consultation ID (consultations.letter): the text
                           on stdout (to paste into an e-mail), the PDF's path on stderr. Record the
                           answer with api consultations.update '{"id":ID,"answer":{…}}'

  claims letter ID [--lang en|zh] [--out FILE] [--overwrite]
                           write the letter of claim ID to its insurer (claims.letter), in English
                           (default) or Chinese, with the evidence merged after it: the PDF's path on
                           stdout; pages and the evidence left out on stderr

Options:
  --data-dir DIR           data folder (default: CLEARPACK_DATA_DIR or the desktop app's folder)
  --debug                  on an unexpected (INTERNAL) error, also print its stack trace to stderr
  -h, --help               show this help
`;

class UsageError extends Error {}

function fail(error: ErrorData): number {
  process.stderr.write(`${JSON.stringify(error, null, 2)}\n`);
  return error.code === 'VALIDATION' ? 2 : 1;
}

function readInput(arg: string | undefined): unknown {
  if (arg === undefined) return undefined;
  const text = arg === '-' ? readFileSync(0, 'utf8') : arg;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ClearpackError('VALIDATION', `Input is not valid JSON: ${(err as Error).message}`, {
      issues: [{ path: '', key: 'bad_json', message: 'Input is not valid JSON' }],
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      list: { type: 'boolean' },
      date: { type: 'string' },
      ids: { type: 'string' },
      out: { type: 'string' },
      combined: { type: 'string' },
      paper: { type: 'string' },
      overwrite: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'skip-bad': { type: 'boolean' },
      store: { type: 'string' },
      status: { type: 'string' },
      lang: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 1;
  }
  if (!['api', 'demo', 'pack', 'backup', 'restore', 'backups', 'orders', 'consultations', 'claims'].includes(command)) throw new UsageError(`Unknown command "${command}"`);
  if ((command === 'demo' || command === 'pack' || command === 'backups') && rest.length) throw new UsageError(`Unexpected arguments: ${rest.join(' ')}`);
  if (command === 'pack') return pack(values);
  if (command === 'orders') return ordersCommand(rest, values);
  if (command === 'consultations') return consultationsCommand(rest, values);
  if (command === 'claims') return claimsCommand(rest, values);
  if (command === 'backup' || command === 'restore' || command === 'backups') return backupCommand(command, rest, values['data-dir']);

  if (command === 'api' && values.list) {
    const list = METHOD_NAMES.map((name) => ({
      name,
      kind: methods[name].kind,
      input: z.toJSONSchema(methods[name].input, { io: 'input', unrepresentable: 'any' }),
    }));
    process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const [method, json, ...extra] = command === 'demo' ? ['demo.load', '{}'] : rest;
  if (!method) throw new UsageError('api needs a METHOD (or --list)');
  if (extra.length) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}`);

  let input: unknown;
  try {
    input = readInput(json);
  } catch (err) {
    return fail(errorData(err, 'input'));
  }
  let core;
  try {
    core = open(values['data-dir']);
  } catch (err) {
    if (err instanceof ClearpackError) return fail(err.toData());
    throw err;
  }
  try {
    const result = await core.api.call(method, input);
    if (!result.ok) return fail(result.error);
    // The contract says which methods start a job (the answer's shape is not asked).
    if (!isMethodName(method) || !isJobMethod(method)) {
      process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
      return 0;
    }
    const job = await waitForJob(core, method, result.value as JobStarted);
    if (job.state === 'failed' && job.error) return fail(job.error);
    process.stdout.write(`${JSON.stringify(job, null, 2)}\n`);
    // An import that found bad rows, or a cancelled job, did not do what was asked.
    if (job.state !== 'done') return 1;
    return (job.result as { errorCount?: number } | undefined)?.errorCount ? 2 : 0;
  } finally {
    core.close();
  }
}

function open(dataDir: string | undefined): Core {
  const resourcesDir = findResourcesDir();
  const { version } = JSON.parse(readFileSync(join(resourcesDir, '..', 'package.json'), 'utf8')) as { version: string };
  return openCore({ dataDir: dataDir ?? defaultDataDir(), resourcesDir, version, onError: (err) => debugStack(err) });
}

// Read before parsing, so that even a failure of the parser or of opening the data file honours it.
const DEBUG = process.argv.includes('--debug');

/** The stack of an unexpected error, on stderr, only when --debug was given. */
function debugStack(err: unknown): void {
  if (DEBUG) process.stderr.write(`${err instanceof Error && err.stack ? err.stack : String(err)}
`);
}

/** `pack`: documents.buildBatch with progress on stderr and a summary; blocked shipments → exit 1. */
async function pack(values: Record<string, string | boolean | undefined>): Promise<number> {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const ids = str('ids');
  const input: Record<string, unknown> = {
    ...(str('date') !== undefined ? { date: str('date') } : {}),
    ...(ids !== undefined ? { shipmentIds: ids.split(',').map((x) => Number(x.trim())) } : {}),
    ...(str('out') !== undefined ? { outDir: resolve(str('out')!) } : {}),
    ...(str('combined') !== undefined ? { combinedPath: resolve(str('combined')!) } : {}),
    ...(str('paper') !== undefined ? { paper: str('paper') } : {}),
    ...(values.overwrite === true ? { overwrite: true } : {}),
  };
  if (input.date === undefined && input.shipmentIds === undefined) throw new UsageError('pack needs --date YYYY-MM-DD or --ids 1,2,3');
  if (input.outDir === undefined && input.combinedPath === undefined) throw new UsageError('pack needs --out DIR or --combined FILE');
  return withCore(str('data-dir'), async (core) => {
    const started = await core.api.call('documents.buildBatch', input);
    if (!started.ok) return fail(started.error);
    const job = await waitForJob(core, 'documents.buildBatch', started.value as JobStarted, true);
    if (job.state === 'failed' && job.error) return fail(job.error);
    if (job.state !== 'done' || !job.result) {
      process.stderr.write(`Batch ${job.state}\n`);
      return 1;
    }
    const r = job.result;
    for (const b of r.built) process.stdout.write(`${b.reference}\t${b.form}\t${b.pages} pages\t${b.sha256.slice(0, 12)}\t${b.path}\n`);
    if (r.combinedPath) process.stdout.write(`combined: ${r.combinedPath}\n`);
    for (const b of r.built) for (const sk of b.skipped) process.stderr.write(`${b.reference}: attachment ${sk.name} left out: ${sk.reason}\n`);
    for (const b of r.blocked) process.stderr.write(`BLOCKED ${b.reference}: ${b.findings.join(' ')}\n`);
    for (const f of r.failed) process.stderr.write(`FAILED ${f.reference ?? f.shipmentId}: ${f.message}\n`);
    process.stderr.write(`${r.built.length} of ${r.total} pack(s) built, ${r.blocked.length} blocked, ${r.failed.length} failed (${r.workers} thread(s))\n`);
    return r.blocked.length || r.failed.length ? 1 : 0;
  });
}

/** `orders import FILE`: orders.importCsv with progress on stderr; each new shipment on stdout; bad orders → exit 2. */
async function ordersCommand(rest: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const [sub, path, ...extra] = rest;
  if (sub !== 'import' || !path) throw new UsageError('orders needs: import FILE');
  if (extra.length) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}`);
  return withCore(typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined, async (core) => {
    const input = {
      // A relative FILE is the shell's, as for `pack`.
      path: resolve(path), dryRun: values['dry-run'] === true, onError: values['skip-bad'] === true ? 'skip' : 'stop',
      ...(typeof values.store === 'string' ? { store: values.store } : {}),
    };
    const started = await core.api.call('orders.importCsv', input);
    if (!started.ok) return fail(started.error);
    const job = await waitForJob(core, 'orders.importCsv', started.value as JobStarted, true);
    if (job.state === 'failed' && job.error) return fail(job.error);
    if (job.state !== 'done' || !job.result) {
      process.stderr.write(`Import ${job.state}\n`);
      return 1;
    }
    const r = job.result;
    for (const s of r.shipments) {
      const why = s.findings.map((f) => f.text).join(' ');
      process.stdout.write(`${s.reference}\t${s.orderNumber}\t${s.verdict}\t${s.consigneeName}\t${s.country}${why ? `\t${why}` : ''}\n`);
    }
    for (const p of r.problems)
      process.stderr.write(`PROBLEM ${p.orderNumber ? `order ${p.orderNumber} ` : ''}${p.row !== null ? `row ${p.row} ` : ''}${p.column ? `column "${p.column}" ` : ''}(${p.key}): ${p.message}\n`);
    const skipped = Object.entries(r.skipped).filter(([, n]) => n > 0).map(([why, n]) => `${n} ${why.replace('_', ' ')}`);
    process.stderr.write(
      `${r.orders} order(s) in the ${r.format} file (store "${r.store}"): ${r.good} to ship, ${r.badOrders} with problems${skipped.length ? `, skipped: ${skipped.join(', ')}` : ''}` +
        `${r.linesLeftOut ? `; ${r.linesLeftOut} line(s) need no shipping` : ''}.\n`,
    );
    if (r.committed) process.stderr.write(`${r.created} draft shipment(s) created: ${r.verdicts.ready} ready, ${r.verdicts.warned} with warnings, ${r.verdicts.blocked} blocked.\n`);
    else process.stderr.write(r.dryRun ? 'Dry run: nothing was written.\n' : 'Nothing was written.\n');
    return r.problemCount ? 2 : 0;
  });
}

/** `consultations [--status S]` lists; `consultations letter ID` writes the letter (text on stdout, PDF path on stderr). */
async function consultationsCommand(rest: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const [sub, idText, ...extra] = rest;
  if (sub !== undefined && sub !== 'letter') throw new UsageError(`consultations: unknown subcommand "${sub}" (letter ID, or none to list)`);
  if (sub === 'letter' && (!idText || !/^\d+$/.test(idText))) throw new UsageError('consultations letter needs the consultation ID (a number)');
  if (extra.length || (sub === undefined && idText !== undefined)) throw new UsageError(`Unexpected arguments: ${[...(sub === undefined ? [idText] : []), ...extra].join(' ')}`);
  return withCore(typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined, async (core) => {
    if (sub === 'letter') {
      const input = {
        id: Number(idText), ...langOption(values),
        // A relative FILE is the shell's, as for `pack`.
        ...(typeof values.out === 'string' ? { outPath: resolve(values.out) } : {}), overwrite: values.overwrite === true,
      };
      const r = await core.api.call('consultations.letter', input);
      if (!r.ok) return fail(r.error);
      const letter = r.value as ConsultationLetter;
      process.stdout.write(letter.text);
      process.stderr.write(`${letter.path} (${letter.pages} page(s), ${letter.questions.length} question(s))\n`);
      return 0;
    }
    const r = await core.api.call('consultations.list', { ...(typeof values.status === 'string' ? { status: values.status } : {}), limit: 500 });
    if (!r.ok) return fail(r.error);
    const page = r.value as Page<ConsultationSummary>;
    for (const c of page.items)
      process.stdout.write(`${c.reference}\t${c.id}\t${c.status}\t${c.productSku ?? c.shipmentReference ?? ''}\t${c.destination}\t${c.carrier}\t${c.requestDate}\t${c.answer?.date ?? ''}\n`);
    process.stderr.write(`${page.total} consultation(s)\n`);
    return 0;
  });
}

/** `--lang en|zh` of a letter, as the input's `language`; another value is a usage error naming the option. */
function langOption(values: Record<string, string | boolean | undefined>): { language?: (typeof LETTER_LANGUAGES)[number] } {
  const lang = values.lang;
  if (typeof lang !== 'string') return {};
  const known = LETTER_LANGUAGES.find((l) => l === lang);
  if (!known) throw new UsageError(`--lang must be one of ${LETTER_LANGUAGES.join(', ')} (not "${lang}")`);
  return { language: known };
}

/** `claims letter ID`: the claim letter (claims.letter); its path on stdout, pages and the evidence left out on stderr. */
async function claimsCommand(rest: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const [sub, idText, ...extra] = rest;
  if (sub !== 'letter') throw new UsageError(sub === undefined ? 'claims needs: letter ID' : `claims: unknown subcommand "${sub}" (letter ID)`);
  if (!idText || !/^\d+$/.test(idText)) throw new UsageError('claims letter needs the claim ID (a number)');
  if (extra.length) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}`);
  const input = {
    claimId: Number(idText), ...langOption(values),
    // A relative FILE is the shell's, as for `pack`.
    ...(typeof values.out === 'string' ? { outPath: resolve(values.out) } : {}), overwrite: values.overwrite === true,
  };
  return withCore(typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined, async (core) => {
    const r = await core.api.call('claims.letter', input);
    if (!r.ok) return fail(r.error);
    const letter = r.value as ClaimLetter;
    process.stdout.write(`${letter.path}\n`);
    for (const e of letter.evidence) if (e.status !== 'merged') process.stderr.write(`evidence ${e.number} ${e.name} left out: ${e.reason ?? e.status}\n`);
    const merged = letter.evidence.filter((e) => e.status === 'merged').length;
    process.stderr.write(`${letter.pages} page(s) in ${letter.language}, ${merged} of ${letter.evidence.length} evidence file(s) merged\n`);
    return 0;
  });
}

/** Runs one command on the data folder of --data-dir (one that cannot be opened is the command's failure), then closes it. */
async function withCore(dataDir: string | undefined, run: (core: Core) => Promise<number>): Promise<number> {
  let core: Core;
  try {
    core = open(dataDir);
  } catch (err) {
    if (err instanceof ClearpackError) return fail(err.toData());
    throw err;
  }
  try {
    return await run(core);
  } finally {
    core.close();
  }
}

/** `backup [FILE]`, `restore FILE`, `backups`: the backup methods with progress on stderr. */
async function backupCommand(command: 'backup' | 'restore' | 'backups', rest: string[], dataDir: string | undefined): Promise<number> {
  if (command === 'backup' && rest.length > 1) throw new UsageError(`Unexpected arguments: ${rest.slice(1).join(' ')}`);
  if (command === 'restore' && rest.length !== 1) throw new UsageError('restore needs exactly one FILE');
  return withCore(dataDir, async (core) => {
    if (command === 'backups') {
      const r = await core.api.call('backup.list', { limit: 200 });
      if (!r.ok) return fail(r.error);
      const page = r.value as Page<BackupEntry>;
      for (const b of page.items) process.stdout.write(`${b.createdAt}\t${b.kind}\t${b.size}\t${b.path}\n`);
      process.stderr.write(`${page.total} backup(s)\n`);
      return 0;
    }
    // A relative FILE is the shell's: resolve it against the working folder, as `pack` does.
    const file = rest[0] === undefined ? undefined : resolve(rest[0]);
    const method = command === 'backup' ? 'backup.create' : 'backup.restore';
    const started = await core.api.call(method, command === 'backup' ? (file ? { path: file } : {}) : { path: file });
    if (!started.ok) return fail(started.error);
    const job = await waitForJob(core, method, started.value as JobStarted, true);
    if (job.state === 'failed' && job.error) return fail(job.error);
    if (job.state !== 'done' || !job.result) {
      process.stderr.write(`${command} ${job.state}\n`);
      return 1;
    }
    if (command === 'backup') {
      const r = job.result as ResultOf<'backup.create'>;
      process.stdout.write(`${r.path}\n`);
      process.stderr.write(`Backed up ${r.files} stored file(s), ${r.size} bytes${r.pruned.length ? `; ${r.pruned.length} old backup(s) removed` : ''}\n`);
    } else {
      const r = job.result as ResultOf<'backup.restore'>;
      // The replaced data is packed into its "before restore" backup by a job of its own: the
      // process stays until it is written (stopped early, the next start packs it).
      if (r.keepingJobId) await waitForJob(core, 'backup.create', { jobId: r.keepingJobId }, true);
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      process.stderr.write(`Restored the backup of ${r.createdAt}${r.previousKeptAt ? `; the replaced data is kept in ${r.previousKeptAt}` : ''}\n`);
    }
    return 0;
  });
}

/** Waits for the job `method` started; its result is the one the contract declares for it. */
async function waitForJob<M extends JobMethodName>(core: Core, _method: M, { jobId }: JobStarted, always = false): Promise<Job<ResultOf<M>>> {
  const tty = process.stderr.isTTY;
  let last = '';
  for (;;) {
    const r = await core.api.call('jobs.get', { jobId });
    if (!r.ok) throw new ClearpackError(r.error.code, r.error.message, r.error.details);
    const job = r.value as Job<ResultOf<M>>;
    const line = `${job.progress.phase} ${job.progress.done}/${job.progress.total}`;
    if (tty) process.stderr.write(`\r${line}   `);
    else if (always && line !== last) process.stderr.write(`${line}\n`);
    last = line;
    if (job.state !== 'running') {
      if (tty) process.stderr.write('\n');
      return job;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError || (err as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
      process.exitCode = 1;
    } else {
      // Unexpected: the same JSON shape as every other failure, a short message, no stack (--debug).
      process.exitCode = fail(errorData(err, 'clearpack'));
      debugStack(err);
    }
  },
);
