// The seller profile (implemented in src/core/settings/handlers.ts).
import { z } from 'zod';
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { settingsUpdateInput } from '../settings';
import type { SellerProfile } from '../settings';

export const settingsMethods = {
  'settings.get': query<SellerProfile>()(z.strictObject({}).optional()),
  'settings.update': mutation<SellerProfile>()(settingsUpdateInput),
} satisfies MethodTable;
