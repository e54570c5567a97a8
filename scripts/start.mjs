#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run, browser mode otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { electronStatus } from './electronStatus.mjs';

const status = electronStatus();
if (status.ok) {
  run('node scripts/build-electron.mjs');
  run('node scripts/build-native-for-electron.mjs');
  const child = spawn(status.binary, ['dist/app/main.mjs'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron cannot start here: ${status.reason}. Serving browser mode instead.`);
  const args = ['tsx', 'app/server/cli.ts', ...process.argv.slice(2)];
  const child = spawn('npx', args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function run(cmd) {
  const result = spawnSync(cmd, { shell: true, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
