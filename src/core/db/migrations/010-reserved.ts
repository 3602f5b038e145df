import type { Migration } from './types';

// Version 10 is h-formats' (supplier columns, #13/#14), made in parallel with 011. This no-op keeps
// the list without a gap on the h-forms branch. At the merge: if h-formats added a 010, keep theirs
// and drop this file; if not, keep this one (it changes nothing).
export const migration010: Migration = {
  version: 10,
  name: 'reserved-010',
  up() {},
};
