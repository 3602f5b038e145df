// Native dialogs and the system viewer, when the page runs in the desktop app. Elsewhere (the e2e
// harness) `desktop` is null and screens fall back to typing a path.
import type { DesktopBridge } from '../../../shared/desktop';

declare global {
  interface Window {
    clearpackDesktop?: DesktopBridge;
  }
}

export const desktop: DesktopBridge | null = window.clearpackDesktop ?? null;
