import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../../../app/backend/createBackend';
import { startServer, type RunningServer } from '../../../app/server/startServer';
import type { ArgsOf, HandlerName, ResultOf } from '../../../shared/api/contract';
import { callOverHttp } from './callOverHttp';
import { test as base, expect } from './offlineGuard';

export interface RunningApp {
  backend: Backend;
  server: RunningServer;
  workspacePath: string;
  /** Opens the app in `page` and waits until it shows the workspace. */
  open(page: Page): Promise<void>;
  /** Calls the API the way the renderer does, over HTTP with the token; typed from the contract. */
  call<K extends HandlerName>(name: K, args?: ArgsOf<K>): Promise<ResultOf<K>>;
}

const STATIC_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/**
 * Each test gets its own browser-mode server on a fresh workspace (the sample, unless
 * `workspaceKind` is 'empty'); every page runs under the offline guard (./offlineGuard.ts).
 */
export const test = base.extend<{
  workspaceKind: 'sample' | 'empty';
  app: RunningApp;
}>({
  workspaceKind: ['sample', { option: true }],
  app: async ({ workspaceKind }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-e2e-'));
    const workspacePath = join(dir, 'test.tickmark');
    const backend = createBackend({ mode: 'test' });
    backend.workspace.create(workspacePath, { sample: workspaceKind === 'sample' });
    const server = await startServer({ backend, staticDir: STATIC_DIR });
    const app: RunningApp = {
      backend,
      server,
      workspacePath,
      async open(page) {
        await page.goto(server.url);
        await expect(page.getByTestId('workspace-path')).toHaveText(workspacePath);
      },
      call: (name, args) => callOverHttp(server.port, server.token, name, args),
    };
    await use(app);
    await server.close();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
