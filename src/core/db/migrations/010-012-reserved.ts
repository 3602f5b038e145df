import type { Migration } from './types';

// PLACEHOLDERS FOR THE MERGE, NOT SCHEMA: versions 10–12 belong to the parallel branches (010
// supplier columns, 011 carrier and item number on shipments, 012 order fields). The runner wants
// versions without gaps, so this branch (h-rules, 013) carries empty steps in their place. At merge,
// delete this file and list the real 010–012 before migration013 in index.ts.
const reserved = (version: number, name: string): Migration => ({ version, name: `reserved-${name}`, up() {} });
export const migration010 = reserved(10, 'suppliers');
export const migration011 = reserved(11, 'shipment-carrier');
export const migration012 = reserved(12, 'shipment-orders');
