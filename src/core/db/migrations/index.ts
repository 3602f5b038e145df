import { migration001 } from './001-products';
import { migration002 } from './002-product-compliance';
import { migration003 } from './003-suppliers';
import { migration004 } from './004-certificates';
import { migration005 } from './005-shipments';
import { migration006 } from './006-quality';
import { migration007 } from './007-aftersales';
import { migration008 } from './008-claims';
import { migration009 } from './009-document-packs';
import { migration010 } from './010-supplier-address';
import { migration011 } from './011-postal-operator';
import { migration012 } from './012-order-numbers';
import { migration013 } from './013-product-tariffs';
import { migration014 } from './014-packaging';
import { migration015 } from './015-consultations';
import { migration016 } from './016-product-manufacturer';
import type { Migration } from './types';

/** Every migration, in order. Add a file per migration and list it here. */
export const migrations: readonly Migration[] = [
  migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011,
  migration012, migration013, migration014,
  migration015, migration016,
];

/** The last migration's version (the list may skip a number: each branch has its own). */
export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;
