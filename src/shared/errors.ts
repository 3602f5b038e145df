// Typed errors of the contract. They cross every door (IPC, CLI, e2e binding) as plain data
// `{ code, message, details }` and are turned back into a ClearpackError on the other side.

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BLOCKED'
  | 'UNKNOWN_METHOD'
  | 'DB_TOO_NEW'
  /** The file where the database should be is not a whole SQLite database; details: file, reason, newestBackup. */
  | 'DATABASE_UNREADABLE'
  /** The data file or folder is read-only, locked by another program, or cannot be opened; details: file, reason. */
  | 'DATABASE_UNAVAILABLE'
  /** The core host crashed during this call and was restarted: the call may not have happened (details: reason). */
  | 'CORE_RESTARTED'
  /** The core host crashed too often, or is closing: no call is answered any more. */
  | 'CORE_STOPPED'
  | 'INTERNAL';

/** One bad field: `path` is the dotted field path ('hsCode', 'items.2.quantity'). */
export interface FieldIssue {
  path: string;
  /** Stable key the UI translates (errors.<key>), e.g. 'required', 'hs_chapter'. */
  key: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ErrorDetails {
  issues?: FieldIssue[];
  [extra: string]: unknown;
}

export interface ErrorData {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

export class ClearpackError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'ClearpackError';
    this.code = code;
    this.details = details;
  }
  toData(): ErrorData {
    return { code: this.code, message: this.message, details: this.details };
  }
  /** The issues of this error that concern one field (exact path or below it). */
  issuesFor(path: string): FieldIssue[] {
    return (this.details.issues ?? []).filter((i) => i.path === path || i.path.startsWith(`${path}.`));
  }
}

export class ValidationError extends ClearpackError {
  constructor(issues: FieldIssue[], message = summarize(issues)) {
    super('VALIDATION', message, { issues });
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends ClearpackError {
  constructor(what: string, id: string | number) {
    super('NOT_FOUND', `${what} ${id} was not found`, { what, id });
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends ClearpackError {
  constructor(message: string, issues: FieldIssue[] = []) {
    super('CONFLICT', message, { issues });
    this.name = 'ConflictError';
  }
}

export class BlockedError extends ClearpackError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('BLOCKED', message, details);
    this.name = 'BlockedError';
  }
}

function summarize(issues: FieldIssue[]): string {
  if (issues.length === 0) return 'Invalid input';
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}

export function isErrorData(value: unknown): value is ErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorData).code === 'string' &&
    typeof (value as ErrorData).message === 'string'
  );
}

export function fromErrorData(data: ErrorData): ClearpackError {
  return new ClearpackError(data.code, data.message, data.details ?? {});
}
