import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 must be compiled for Electron's ABI, which differs from Node's. In a checkout,
 * `npm start` builds a copy into build/electron-native/ and Electron loads that one, so the Node
 * copy in node_modules keeps working for the CLI and the tests. A packaged app is rebuilt for
 * Electron by electron-builder and needs no override.
 */
export function electronNativeBinding(projectRoot: string): string | undefined {
  const candidate = join(projectRoot, 'build', 'electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
