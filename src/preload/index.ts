// The bridge between the page and the app, kept thin: window.clearpackInvoke(method, input), one
// IPC channel that answers the core's Envelope as plain data (the typed client is built in the
// renderer, src/renderer/src/api.ts, so this bundle carries no zod and no method table), and
// window.clearpackDesktop, the native dialogs and the system viewer. Nothing else of Electron or
// Node is exposed. Envelopes stay plain data because contextBridge copies an Error without its
// custom properties (code, details); the renderer turns an error envelope into a ClearpackError.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Envelope, Invoke } from '../shared/contract';
import { DESKTOP_CHANNELS } from '../shared/desktop';
import type { DesktopBridge, MenuAction } from '../shared/desktop';
import { IPC_CHANNEL } from '../shared/ipc';

const invoke: Invoke = (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope>;
contextBridge.exposeInMainWorld('clearpackInvoke', invoke);

// Desktop-only affordances: native dialogs and the system viewer (see shared/desktop.ts).
const desktop: DesktopBridge = {
  openPath: (path) => ipcRenderer.invoke(DESKTOP_CHANNELS.openPath, path),
  pickFile: (options) => ipcRenderer.invoke(DESKTOP_CHANNELS.pickFile, options ?? {}),
  pickSaveFile: (options) => ipcRenderer.invoke(DESKTOP_CHANNELS.pickSaveFile, options ?? {}),
  pickFolder: (options) => ipcRenderer.invoke(DESKTOP_CHANNELS.pickFolder, options ?? {}),
  setLanguage: (language) => ipcRenderer.invoke(DESKTOP_CHANNELS.setLanguage, language),
  pathForFile: (file) => webUtils.getPathForFile(file),
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
