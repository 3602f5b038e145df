import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Native and heavy Node modules stay external to the main bundle: they are loaded from
// node_modules at run time (better-sqlite3 is a native addon rebuilt for Electron).
const nodeExternal = ['better-sqlite3', 'pdfkit', 'fontkit', 'pdf-lib', 'pdfjs-dist'];

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // jobs-worker: the entry of the core's job worker threads (src/core/jobs), a second entry so
      // it is bundled next to index.js; main passes its path to openCore({ jobWorkerFile }).
      rollupOptions: {
        input: { index: resolve('src/main/index.ts'), 'jobs-worker': resolve('src/core/jobs/worker.ts') },
        external: nodeExternal,
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // One CommonJS file, since sandboxed preloads cannot load ES modules or local files.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
