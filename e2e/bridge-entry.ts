// Built into the page by the e2e harness: the same thin window.clearpackInvoke the preload exposes,
// over a Playwright binding instead of Electron IPC. The renderer builds its own typed client over
// it (src/renderer/src/api.ts), so e2e tests that client.
import type { Envelope, Invoke } from '../src/shared/contract';

declare global {
  interface Window {
    __clearpackInvoke(method: string, input: unknown): Promise<Envelope>;
  }
}

const invoke: Invoke = (method, input) => window.__clearpackInvoke(method, input);
Object.defineProperty(window, 'clearpackInvoke', { value: invoke, writable: false });
