import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { buildMainBundle } from './mainDriver';

/**
 * `npm start` (scripts/start.mjs) with an Electron that dies as it starts (a stand-in binary
 * that exits 1): it says so, serves browser mode instead, and exits non-zero when stopped.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tickmark-start-'));
const argsFile = join(dir, 'electron-args.txt');
const fakeElectron = join(dir, 'electron');

beforeAll(() => {
  buildMainBundle();
  writeFileSync(
    fakeElectron,
    `#!/bin/sh\necho "$@" > '${argsFile}'\necho 'stand-in Electron: cannot start' >&2\nexit 1\n`,
  );
  chmodSync(fakeElectron, 0o755);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start when Electron dies while starting', () => {
  it('falls back to browser mode, says why, and exits non-zero', async () => {
    const ws = join(dir, 'Deal.tickmark');
    createWorkspace(ws, { sample: true }).close();
    const child = spawn(process.execPath, ['scripts/start.mjs', '--workspace', ws], {
      cwd: root,
      env: { ...process.env, TICKMARK_ELECTRON: fakeElectron, DISPLAY: ':99', TICKMARK_HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /Open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(stdout);
        if (found) resolve(found[1]!);
      });
      void exited.then((code) => reject(new Error(`start exited (${code}): ${stdout}${stderr}`)));
    });

    expect(stderr).toContain('stand-in Electron: cannot start');
    expect(stderr).toContain('Electron exited with code 1 while starting. Serving browser mode');
    // Electron was given the main bundle and the workspace (and --no-sandbox only as root).
    const electronArgs = readFileSync(argsFile, 'utf8').trim().split(' ');
    expect(electronArgs).toEqual([
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'dist/app/main.mjs',
      '--workspace',
      ws,
    ]);
    expect(stdout).toContain(`Tickmark (browser mode) on workspace ${ws}`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Tickmark</title>');

    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    // The server went with it: nothing answers any more.
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000);
});
