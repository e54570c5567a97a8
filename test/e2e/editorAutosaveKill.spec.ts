import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/editorTest';
import { createBackend } from '../../app/backend/createBackend';
import { spawnServer, type SpawnedServer } from './support/spawnServer';

const TOKEN = 'kill-test-token';

async function openMemo(page: Page, server: SpawnedServer, id: number) {
  await page.goto(`${server.url}&memo=${id}`);
  await expect(page.getByTestId('memo-doc')).toBeFocused();
}

async function storedText(server: SpawnedServer, id: number): Promise<string> {
  const record = await server.call('memos:get', { id });
  return JSON.stringify(record.memo.doc);
}

test.describe('autosave survives kill -9 of the server', () => {
  test.setTimeout(120_000);
  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tickmark-kill-'));
    const backend = createBackend({ mode: 'test' });
    backend.workspace.create(join(dir, 'ws.tickmark'), { sample: true });
    backend.close();
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('text typed a second before the kill is there after a restart', async ({
    page,
    harness,
  }) => {
    const workspace = join(dir, 'ws.tickmark');
    let server = await spawnServer({ workspace, staticDir: harness, token: TOKEN });
    try {
      const { id } = await server.call('memos:create', { title: 'Crash' });
      await openMemo(page, server, id);
      await page.keyboard.type('Typed just before the crash.', { delay: 30 });
      await page.waitForTimeout(1000);
      await server.kill9();
      await expect(page.getByTestId('save-state')).not.toHaveText('saving');

      server = await spawnServer({ workspace, staticDir: harness, token: TOKEN });
      expect(await storedText(server, id)).toContain('Typed just before the crash.');
      await openMemo(page, server, id);
      await expect(page.locator('.memo-doc')).toContainText('Typed just before the crash.');
    } finally {
      await server.kill9();
    }
  });

  test('while typing goes on, a kill loses at most about the last second', async ({
    page,
    harness,
  }) => {
    const workspace = join(dir, 'ws.tickmark');
    let server = await spawnServer({ workspace, staticDir: harness, token: TOKEN });
    const text =
      'Continuous typing for a few seconds, never pausing long enough for an idle save to run.';
    const delay = 40;
    try {
      const { id } = await server.call('memos:create', { title: 'Crash while typing' });
      await openMemo(page, server, id);
      await page.keyboard.type(text, { delay });
      await server.kill9();

      server = await spawnServer({ workspace, staticDir: harness, token: TOKEN });
      const stored = await server.call('memos:get', { id });
      const first = stored.memo.doc.content[0];
      const saved =
        first && 'content' in first && first.content?.[0]?.type === 'text'
          ? first.content[0].text
          : '';
      expect(text.startsWith(saved), `saved ${JSON.stringify(saved)}`).toBe(true);
      // At most ~1.2 s of typing (1 s autosave window plus the save's own round trip) is lost.
      const lostChars = text.length - saved.length;
      expect(lostChars).toBeLessThanOrEqual(Math.ceil(1200 / delay));
      expect(saved.length).toBeGreaterThan(0);
    } finally {
      await server.kill9();
    }
  });
});
