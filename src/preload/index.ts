// The bridge between the page and the app: window.clearpack, a typed client of the contract over
// one IPC channel, and window.clearpackDesktop, the native dialogs and the system viewer. Nothing
// else of Electron or Node is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../shared/client';
import type { Envelope } from '../shared/contract';
import { DESKTOP_CHANNELS } from '../shared/desktop';
import type { DesktopBridge, MenuAction } from '../shared/desktop';
import { IPC_CHANNEL } from '../shared/ipc';

const client = createClient((method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope>, {
  plainErrors: true,
});

contextBridge.exposeInMainWorld('clearpack', client);

// Desktop-only affordances: native dialogs and the system viewer (see shared/desktop.ts).
const desktop: DesktopBridge = {
  openPath: (path) => ipcRenderer.invoke(DESKTOP_CHANNELS.openPath, path),
  pickFile: (options) => ipcRenderer.invoke(DESKTOP_CHANNELS.pickFile, options ?? {}),
  pickSaveFile: (options) => ipcRenderer.invoke(DESKTOP_CHANNELS.pickSaveFile, options ?? {}),
  pickFolder: (options) => ipcRenderer.invoke(DESKTOP_CHANNELS.pickFolder, options ?? {}),
  onMenu: (listener) => {
    const handler = (_event: Electron.IpcRendererEvent, action: MenuAction) => listener(action);
    ipcRenderer.on(DESKTOP_CHANNELS.menu, handler);
    return () => void ipcRenderer.removeListener(DESKTOP_CHANNELS.menu, handler);
  },
  onCoreRestarted: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(DESKTOP_CHANNELS.coreRestarted, handler);
    return () => void ipcRenderer.removeListener(DESKTOP_CHANNELS.coreRestarted, handler);
  },
};
contextBridge.exposeInMainWorld('clearpackDesktop', desktop);
