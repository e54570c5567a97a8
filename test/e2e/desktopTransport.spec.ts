import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { test, expect, type RunningApp } from './support/appTest';
import { EXPORT_WAIT } from './support/exportWait';

/**
 * The renderer over the Electron transport: a stand-in `window.tickmark` (the preload's two
 * functions) that forwards calls to browser mode's HTTP API and its events from SSE, so
 * renderer/api/bridgeTransport.ts and the desktop-only paths (menu commands, the save dialog
 * export, the flush hook) run in Chromium. The desktop-only calls the main process answers
 * are played by the stand-in: `export:save-pdf` as a save dialog that is cancelled first,
 * then answered with a path.
 */
async function openOverBridge(page: Page, app: RunningApp): Promise<void> {
  await page.addInitScript(
    ({ token }) => {
      const calls: { name: string; args: unknown }[] = [];
      const listeners = new Set<(message: unknown) => void>();
      let saveAnswers = [null as string | null, '/home/analyst/Exports/Memo.pdf'];
      const http = async (name: string, args: unknown): Promise<unknown> => {
        const response = await fetch(`/api/invoke/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tickmark-token': token },
          body: JSON.stringify(args ?? {}),
        });
        return response.json();
      };
      const desktop: Record<string, (args: unknown) => Promise<unknown>> = {
        'export:save-pdf': async (args) => {
          const path = saveAnswers[0] ?? null;
          saveAnswers = saveAnswers.slice(1);
          if (!path) return { ok: true, value: { path: null, pages: 0, version: 0 } };
          const result = (await http('export:pdf', args)) as {
            ok: boolean;
            value: { pages: number; version: number };
          };
          return result.ok
            ? {
                ok: true,
                value: { path, pages: result.value.pages, version: result.value.version },
              }
            : result;
        },
        'desktop:show-in-folder': async () => ({ ok: true, value: {} }),
        'desktop:set-edited': async () => ({ ok: true, value: {} }),
      };
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (event: MessageEvent<string>) => {
        for (const listener of [...listeners]) listener(JSON.parse(event.data));
      };
      Object.assign(window, {
        tickmark: {
          invoke(name: string, args: unknown) {
            calls.push({ name, args });
            return desktop[name] ? desktop[name](args) : http(name, args);
          },
          on(_event: string, listener: (message: unknown) => void) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        },
        /** What the main process sends on the event channel (a menu command). */
        __mainSends(name: string, payload: unknown) {
          for (const listener of [...listeners]) listener({ name, payload });
        },
        __bridgeCalls: calls,
      });
    },
    { token: app.server.token },
  );
  // The bridge is picked when window.tickmark exists: no token in the URL.
  await page.goto(new URL('/', app.server.url).toString());
  await expect(page.getByTestId('workspace-path')).toHaveText(app.workspacePath);
}

const bridgeCalls = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __bridgeCalls: { name: string }[] }).__bridgeCalls.map((c) => c.name),
  );
const mainSends = (page: Page, name: string, payload: unknown) =>
  page.evaluate(
    ([n, p]) =>
      (window as unknown as { __mainSends(n: string, p: unknown): void }).__mainSends(
        n as string,
        p,
      ),
    [name, payload] as const,
  );

test('the renderer runs over the Electron bridge: calls, events, menu commands', async ({
  page,
  app,
}) => {
  await openOverBridge(page, app);
  expect(await bridgeCalls(page)).toEqual(expect.arrayContaining(['app:info', 'memos:list']));
  await expect(page).toHaveTitle("Amazon's $50B bet on OpenAI — test — Tickmark");

  // An event pushed by the backend reaches the page through the bridge's `on`.
  await app.call('memos:create', { title: 'Created elsewhere' });
  await expect(
    page.getByTestId('memo-item').filter({ hasText: 'Created elsewhere' }),
  ).toBeVisible();

  // File > New Memo and Help > Keyboard Shortcuts arrive as app:command events.
  await mainSends(page, 'app:command', { command: 'new-memo' });
  await expect(page.getByTestId('new-memo-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await mainSends(page, 'app:command', { command: 'import-csv' });
  await expect(page.getByRole('dialog')).toContainText(/CSV/);
});

test('before a window closes, the flush hook writes the pending save', async ({ page, app }) => {
  await openOverBridge(page, app);
  const memo = page.getByTestId('memo-doc');
  await memo.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Flushed on quit.');
  // What app/main runs on Cmd+Q, File > Quit, SIGTERM or the window's close button.
  await page.evaluate(() =>
    (
      globalThis as unknown as { tickmarkFlushPendingSaves(): Promise<void> }
    ).tickmarkFlushPendingSaves(),
  );
  const list = await app.call('memos:list', {});
  const record = await app.call('memos:get', { id: list.memos[0]!.id });
  expect(JSON.stringify(record.memo)).toContain('Flushed on quit.');
  // The window was marked edited while the change waited, and saved once it landed.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __bridgeCalls: { name: string; args: unknown }[] }).__bridgeCalls
          .filter((c) => c.name === 'desktop:set-edited')
          .map((c) => (c.args as { edited: boolean }).edited),
      ),
    )
    .toEqual([true, false]);
});

test('export in the desktop app: a cancelled save dialog keeps no version; a saved one names the path', async ({
  page,
  app,
}) => {
  await openOverBridge(page, app);
  const list = await app.call('memos:list', {});
  const id = list.memos[0]!.id;
  const versions = async () => (await app.call('memos:versions', { id })).versions.length;
  const before = await versions();

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  expect(await versions()).toBe(before);

  await mainSends(page, 'app:command', { command: 'export-pdf' });
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Export PDF' }).click();
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('Exported /home/analyst/Exports/Memo.pdf', EXPORT_WAIT);
  expect(await versions()).toBe(before + 1);
  await toast.getByRole('button', { name: 'Show in folder' }).click();
  expect(await bridgeCalls(page)).toContain('desktop:show-in-folder');
});

test('browser mode: with no workspace open, the start screen opens one by path and shows a refusal', async ({
  page,
  app,
}) => {
  app.backend.workspace.close();
  const notes = join(dirname(app.workspacePath), 'Notes.tickmark');
  writeFileSync(notes, 'plain text, not a workspace\n'.repeat(100));
  await page.goto(app.server.url);
  const start = page.getByTestId('start-screen');
  await expect(start).toBeVisible();
  await start.getByRole('button', { name: /Open/ }).click();
  const dialog = page.getByTestId('workspace-path-dialog');
  await dialog.getByLabel('Path of the workspace file').fill(notes);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Notes.tickmark');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('start-failure')).toContainText('Notes.tickmark');
  await page.screenshot({ path: 'test-results/start-screen.png' });

  await page.keyboard.press('Control+o');
  await dialog.getByLabel('Path of the workspace file').fill(app.workspacePath);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('workspace-path')).toHaveText(app.workspacePath);
});

test('browser mode: the start screen and Open list the recent workspaces, kept by the server', async ({
  page,
  app,
}) => {
  const second = join(dirname(app.workspacePath), 'Second.tickmark');
  await app.call('workspace:create', { path: second, sample: false });
  app.backend.workspace.close();
  await page.goto(app.server.url);
  const recent = page
    .getByTestId('start-screen')
    .getByRole('region', { name: 'Recent workspaces' });
  await expect(recent.locator('.start-recent-name')).toHaveText(['Second', 'test']);
  await page.screenshot({ path: 'test-results/start-screen-recent.png' });
  await recent.getByRole('button', { name: /test/ }).click();
  await expect(page.getByTestId('workspace-path')).toHaveText(app.workspacePath);

  // Ctrl+O: the path dialog offers the same list, newest first; a click fills the path.
  await page.keyboard.press('Control+o');
  const dialog = page.getByTestId('workspace-path-dialog');
  const picks = dialog.getByRole('region', { name: 'Recent workspaces' });
  await expect(picks.locator('.start-recent-name')).toHaveText(['test', 'Second']);
  await picks.getByRole('button', { name: /Second/ }).click();
  await expect(dialog.getByLabel('Path of the workspace file')).toHaveValue(second);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('workspace-path')).toHaveText(second);
});
