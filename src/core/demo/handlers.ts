// The demo catalog (declared in src/shared/demo/methods.ts).
import type { demoMethods } from '../../shared/demo/methods';
import type { HandlersOf } from '../handlers';
import { loadDemo } from './index';

export const demoHandlers: HandlersOf<typeof demoMethods> = {
  'demo.load': (_input, ctx) => loadDemo(ctx),
};
