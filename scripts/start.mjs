#!/usr/bin/env node
// `npm start [-- --workspace FILE]`: the desktop app where Electron can run, browser mode
// otherwise, and browser mode too when Electron starts but dies (a crash, a missing library).
// TICKMARK_ELECTRON=<binary> runs that Electron instead of the npm package's, and builds no
// better-sqlite3 for it (build/electron-native/ is used as it is).
import { spawn, spawnSync } from 'node:child_process';
import { electronLaunchArgs, electronStatus } from './electronStatus.mjs';

const args = process.argv.slice(2);
const status = electronStatus();
if (status.ok) {
  run('node scripts/build-electron.mjs');
  if (!status.own) run('node scripts/build-native-for-electron.mjs');
  const startedAt = Date.now();
  const child = spawn(status.binary, [...electronLaunchArgs(), 'dist/app/main.mjs', ...args], {
    stdio: 'inherit',
  });
  forwardSignals(child);
  child.on('exit', (code, signal) => {
    if (code === 0) process.exit(0);
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    // A quick death is Electron failing to start, not the user quitting: fall back.
    if (Date.now() - startedAt < 15_000 && signal !== 'SIGINT' && signal !== 'SIGTERM') {
      console.error(`Electron ${how} while starting. Serving browser mode instead.`);
      browserMode(1);
    } else {
      console.error(`Electron ${how}.`);
      process.exit(code ?? 1);
    }
  });
} else {
  console.log(`Electron cannot start here: ${status.reason}. Serving browser mode instead.`);
  browserMode(0);
}

/** Browser mode; `failedCode` is the exit code to keep when the desktop app could not start. */
function browserMode(failedCode) {
  // One process (node with tsx's loader), so a stop signal reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/server/cli.ts', ...args], {
    stdio: 'inherit',
  });
  forwardSignals(child);
  child.on('exit', (code) => process.exit(code || failedCode));
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function run(cmd) {
  const result = spawnSync(cmd, { shell: true, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
