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
      // core-host: the worker thread the core runs in (src/core/host); jobs-worker: the entry of the
      // core's job worker threads (src/core/jobs). Entries of their own so they are bundled next to
      // index.js; main passes both paths to startCoreHost({ hostWorkerFile, jobWorkerFile }).
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'core-host': resolve('src/core/host/worker.ts'),
          'jobs-worker': resolve('src/core/jobs/worker.ts'),
        },
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
