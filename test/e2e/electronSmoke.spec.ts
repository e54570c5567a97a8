import { _electron as electron, test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore: a plain .mjs helper shared with scripts/start.mjs
import { electronLaunchArgs, electronStatus } from '../../scripts/electronStatus.mjs';

const status = electronStatus() as { ok: boolean; reason?: string; binary?: string };
const launchArgs = electronLaunchArgs() as string[];

test('the desktop app starts with a locked-down window', async () => {
  if (!status.ok) console.log(`Electron smoke test skipped: ${status.reason}.`);
  test.skip(!status.ok, `Electron cannot run here: ${status.reason}`);

  // The main bundle, and better-sqlite3 built for Electron's ABI (the Node build in
  // node_modules cannot load in Electron).
  for (const script of ['scripts/build-electron.mjs', 'scripts/build-native-for-electron.mjs']) {
    expect(spawnSync('node', [script], { stdio: 'inherit' }).status).toBe(0);
  }
  const home = mkdtempSync(join(tmpdir(), 'tickmark-electron-'));
  const app = await electron.launch({
    args: [...launchArgs, 'dist/app/main.mjs'],
    env: { ...process.env, TICKMARK_HOME: home },
  });
  const window = await app.firstWindow();
  await expect(window.getByTestId('workspace-path')).toContainText('Sample.tickmark');
  expect(window.url()).toMatch(/^tickmark-app:\/\/app\//);

  // No Node in the page (nodeIntegration off, sandboxed, isolated): no require, no process.
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
    'undefined',
  );
  // Navigation away from the app is denied.
  await window.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await window.waitForTimeout(500);
  expect(window.url()).toMatch(/^tickmark-app:\/\/app\//);
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  expect(
    await window.evaluate(() =>
      Object.keys((window as unknown as { tickmark: object }).tickmark).sort(),
    ),
  ).toEqual(['invoke', 'on']);
  await app.close();
});
