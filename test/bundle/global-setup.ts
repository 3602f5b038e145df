// Vitest globalSetup: bundle what children and job workers run (see build.ts) before any test starts.
import { buildTestBundles } from './build';

export default async function setup(): Promise<void> {
  await buildTestBundles();
}
