import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A test's own bundle of backend code reads the migrations' .sql files beside itself, as the
 * CLI and Electron bundles do (scripts/runtimeAssets.mjs): copy them into the bundle's folder.
 */
export function copyMigrationsBeside(dir: string): void {
  for (const folder of ['app/backend/db/migrations', 'app/backend/desk/migrations']) {
    for (const name of readdirSync(join(repo, folder))) {
      if (name.endsWith('.sql')) cpSync(join(repo, folder, name), join(dir, name));
    }
  }
}
