// The HS nomenclature (implemented in src/core/hs/handlers.ts).
import { query } from '../contract';
import type { MethodTable } from '../contract';
import { hsGetInput, hsSearchInput } from '../hs';
import type { HsDetail, HsSearchResult } from '../hs';

export const hsMethods = {
  'hs.search': query<HsSearchResult>()(hsSearchInput),
  'hs.get': query<HsDetail>()(hsGetInput),
} satisfies MethodTable;
