import type { Page } from '@playwright/test';
import { test as appTest, expect } from './appTest';
import { startServer, type RunningServer } from '../../../app/server/startServer';
import type { Memo } from '../../../shared/memo/memoTypes';
import { buildEditorHarness, HARNESS_DIR } from './buildEditorHarness';

export interface EditorHarness {
  server: RunningServer;
  /** Creates a memo through the API (empty unless `memo` is given) and returns its id. */
  createMemo(title: string, memo?: Memo): Promise<number>;
  /** Opens the editor on memo `id` and waits until its text is editable. */
  open(page: Page, id: number): Promise<void>;
  /** The memo as stored. */
  stored(id: number): Promise<{ version: number; memo: Memo }>;
}

/**
 * The app fixture plus an editor-only page (test/e2e/support/editorHarness) served by a
 * second browser-mode server on the same backend: the editor's tests run against the real
 * API, the real events and the real build, without the app shell around the editor.
 */
export const test = appTest.extend<{ editor: EditorHarness }, { harness: string }>({
  harness: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await buildEditorHarness();
      await use(HARNESS_DIR);
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  editor: async ({ app, harness }, use) => {
    const server = await startServer({ backend: app.backend, staticDir: harness });
    const editor: EditorHarness = {
      server,
      async createMemo(title, memo) {
        const created = await app.call('memos:create', memo ? { title, memo } : { title });
        return created.id;
      },
      async open(page, id) {
        await page.goto(`${server.url}&memo=${id}`);
        // The editor takes the focus when a memo opens.
        await expect(page.getByTestId('memo-doc')).toBeFocused();
      },
      async stored(id) {
        return await app.call('memos:get', { id });
      },
    };
    await use(editor);
    await server.close();
  },
});

export { expect };
