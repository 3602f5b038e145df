/** The single IPC channel the preload's client calls the core through. */
export const IPC_CHANNEL = 'clearpack:call';
