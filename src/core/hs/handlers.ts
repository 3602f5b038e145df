// The HS nomenclature (declared in src/shared/hs/methods.ts).
import type { hsMethods } from '../../shared/hs/methods';
import type { HandlersOf } from '../handlers';
import { getHs, searchHs } from './search';

export const hsHandlers: HandlersOf<typeof hsMethods> = {
  'hs.search': (input, ctx) => searchHs(ctx.resourcesDir, input),
  'hs.get': (input, ctx) => getHs(ctx.resourcesDir, input.code),
};
