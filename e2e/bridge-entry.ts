// Built into the page by the e2e harness: the same createClient the preload uses, over a
// Playwright binding instead of Electron IPC.
import { createClient } from '../src/shared/client';
import type { Envelope } from '../src/shared/contract';

declare global {
  interface Window {
    __clearpackInvoke(method: string, input: unknown): Promise<Envelope>;
  }
}

Object.defineProperty(window, 'clearpack', {
  value: createClient((method, input) => window.__clearpackInvoke(method, input), { plainErrors: true }),
  writable: false,
});
