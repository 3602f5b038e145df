// The only bridge between the page and the core: window.clearpack, a typed client of the contract
// over one IPC channel. Nothing else of Electron or Node is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../shared/client';
import type { Envelope } from '../shared/contract';
import { IPC_CHANNEL } from '../shared/ipc';

const client = createClient((method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope>, {
  plainErrors: true,
});

contextBridge.exposeInMainWorld('clearpack', client);
