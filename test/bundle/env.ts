// Vitest setupFile (each test worker): job workers started by a core opened in a test, and by the
// children tests spawn (they inherit the environment), run the bundled worker instead of loading
// worker.ts through tsx in every thread.
import { bundled } from './build';

process.env.CLEARPACK_JOB_WORKER_FILE = bundled('jobs-worker');
