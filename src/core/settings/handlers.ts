// The seller profile (declared in src/shared/settings/methods.ts).
import type { settingsMethods } from '../../shared/settings/methods';
import type { HandlersOf } from '../handlers';
import { getProfile, updateProfile } from './profile';

export const settingsHandlers: HandlersOf<typeof settingsMethods> = {
  'settings.get': (_input, ctx) => getProfile(ctx),
  'settings.update': (input, ctx) => updateProfile(ctx, input),
};
