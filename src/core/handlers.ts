// How the core runs each kind of method (the kind is declared in the contract, src/shared/<area>/
// methods.ts; a handler's type follows from it, so a handler of the wrong kind does not compile):
// - query: gets a QueryContext, whose db is the read-only connection (ReadDb by type; opened
//   `readonly`, so a write fails at run time too). Runs as it is.
// - mutation: writes. By default the handler is synchronous and runs inside one IMMEDIATE
//   transaction (all or nothing), refused while a job writes (an import holds the write lock until
//   it commits; waiting for it would freeze the calling thread). A mutation whose work is on the
//   disk (a PDF, a stored copy) or outside the database (jobs.cancel raises a flag) is bound with
//   `ownTransactions`: it runs outside any transaction, so the PDF work never holds the write lock,
//   and writes the rows it has (an archive row, an attachment row) in short transactions of its own.
// - job: starts long work (after checking its input) and returns JobStarted at once; see core/jobs.
import type { KindOf, MethodName, OutputOf, ParsedInputOf } from '../shared/api';
import type { MethodTable } from '../shared/contract';
import type { JobStarted } from '../shared/jobs';
import type { CoreContext, QueryContext } from './context';
import type { JobRunner } from './jobs/runner';
import { checkCsvOutput } from './tables/common';
import { checkCsvFile } from './tables/read';

type Answer<M extends MethodName> = OutputOf<M> | Promise<OutputOf<M>>;

export type QueryHandler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: QueryContext) => Answer<M>;
/** Synchronous: a transaction cannot span an await. */
export type MutationHandler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: CoreContext) => OutputOf<M>;
export interface OwnTransactions<M extends MethodName> {
  readonly ownTransactions: true;
  run(input: ParsedInputOf<M>, ctx: CoreContext): Answer<M>;
}
export type JobHandler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: CoreContext, jobs: JobRunner) => JobStarted;

/** The handler a method of this kind must have. */
export type HandlerOf<M extends MethodName> = KindOf<M> extends 'query'
  ? QueryHandler<M>
  : KindOf<M> extends 'mutation'
    ? MutationHandler<M> | OwnTransactions<M>
    : JobHandler<M>;

/** An area's handler table: one handler per method its contract table declares, of that kind. */
export type HandlersOf<T extends MethodTable> = { [M in keyof T & MethodName]: HandlerOf<M> };

/** A mutation that runs outside any transaction: files, a flag; its rows (if any) in short transactions of its own. */
export const ownTransactions = <M extends MethodName>(run: OwnTransactions<M>['run']): OwnTransactions<M> => ({ ownTransactions: true, run });

/** A CSV import job: the file is checked before the job starts; only a real import (not a dry run) writes. */
export const csvImportJob =
  <M extends 'products.importCsv' | 'suppliers.importCsv'>(kind: M): JobHandler<M> =>
  (input, _ctx, jobs) => {
    checkCsvFile(input.path);
    return jobs.start(kind, input, { writes: !input.dryRun });
  };
/** A CSV export job: the output path is checked before the job starts. */
export const csvExportJob =
  <M extends 'products.exportCsv' | 'suppliers.exportCsv'>(kind: M): JobHandler<M> =>
  (input, ctx, jobs) => {
    checkCsvOutput(ctx, input);
    return jobs.start(kind, input, { writes: false });
  };
