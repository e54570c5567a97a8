import { spawnSync } from 'node:child_process';

/**
 * vitest global setup: builds the `tickmark` bundle (dist/cli) once per run, so the tests that
 * run bin/tickmark.js as a user would always run the code of this checkout, on a fresh clone too.
 */
export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error('scripts/build-cli.mjs failed: the CLI bundle is not built.');
}
