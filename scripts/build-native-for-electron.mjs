#!/usr/bin/env node
// Builds a copy of better-sqlite3 for Electron's ABI into build/electron-native/, leaving the
// Node build in node_modules for the CLI and the tests (app/main/nativeBinding.ts loads it).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;
const out = 'build/electron-native';
const marker = `${out}/electron-${electronVersion}`;
if (existsSync(`${out}/better_sqlite3.node`) && existsSync(marker)) process.exit(0);

const work = 'build/better-sqlite3-electron';
rmSync(work, { recursive: true, force: true });
cpSync('node_modules/better-sqlite3', work, { recursive: true });
const gyp = require.resolve('node-gyp/bin/node-gyp.js');
const result = spawnSync(
  process.execPath,
  [
    gyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
);
if (result.status !== 0) {
  console.error('Could not build better-sqlite3 for Electron (see above).');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
cpSync(`${work}/build/Release/better_sqlite3.node`, `${out}/better_sqlite3.node`);
cpSync(`${out}/better_sqlite3.node`, marker);
