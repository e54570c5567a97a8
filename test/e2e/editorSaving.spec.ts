import type { Page } from '@playwright/test';
import { test, expect, type EditorHarness } from './support/editorTest';
import type { RunningApp } from './support/appTest';
import { memo, p } from './support/memoBuilders';

/**
 * A memo 'Original.' open here with ' Mine.' typed and not yet saved, when another window saves
 * 'Theirs.' first: this window's save is refused as stale. Returns the memo's id.
 */
async function conflictWithAnotherWindow(
  page: Page,
  app: RunningApp,
  editor: EditorHarness,
  title: string,
): Promise<number> {
  const id = await editor.createMemo(title, memo(p('Original.')));
  await editor.open(page, id);
  const theirs = await editor.stored(id);
  await page.locator('.memo-doc p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mine.');
  // The other window saves the same memo (its title block too) with other text.
  await app.call('memos:save', {
    id,
    baseVersion: theirs.version,
    memo: { ...theirs.memo, doc: memo(p('Theirs.')).doc },
  });
  return id;
}

test('the status goes unsaved, saving, saved; blur saves at once', async ({ page, editor }) => {
  const id = await editor.createMemo('Status');
  await editor.open(page, id);
  const state = page.getByTestId('save-state');
  await page.keyboard.type('One');
  await expect(state).toHaveText(/unsaved|saving/);
  await expect(state).toHaveText('saved');
  await page.keyboard.type(' two');
  await page.getByTestId('memo-author').click();
  await expect(state).toHaveText('saved');
  expect(JSON.stringify((await editor.stored(id)).memo.doc)).toContain('One two');
  await page.keyboard.type('A. Analyst');
  await expect(state).toHaveText('saved');
  expect((await editor.stored(id)).memo.meta.author).toBe('A. Analyst');
});

test('a save refused as stale is shown, and keeping my version saves it on top', async ({
  page,
  app,
  editor,
}) => {
  const id = await conflictWithAnotherWindow(page, app, editor, 'Conflict');
  const banner = page.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('conflict');
  await expect(page.locator('.memo-doc')).toContainText('Original. Mine.');

  await banner.getByRole('button', { name: 'Keep my version' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  expect(JSON.stringify((await editor.stored(id)).memo.doc)).toContain('Original. Mine.');
});

test('opening their version after a conflict keeps mine as a copy', async ({
  page,
  app,
  editor,
}) => {
  await conflictWithAnotherWindow(page, app, editor, 'Conflict B');
  const banner = page.getByTestId('conflict-banner');
  await banner.getByRole('button', { name: /Open theirs/ }).click();
  await expect(banner).toBeHidden();
  await expect(page.locator('.memo-doc')).toHaveText('Theirs.');
  const list = await app.call('memos:list', {});
  const copy = list.memos.find((m) => m.title === 'Conflict B (my version)');
  expect(copy).toBeDefined();
  expect(JSON.stringify((await editor.stored(copy!.id)).memo.doc)).toContain('Original. Mine.');
});

test('another window’s save is taken at once when nothing here is unsaved', async ({
  page,
  app,
  editor,
}) => {
  const id = await editor.createMemo('Two windows', memo(p('Original.')));
  await editor.open(page, id);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const stored = await editor.stored(id);
  await app.call('memos:save', {
    id,
    baseVersion: stored.version,
    memo: memo(p('Saved elsewhere.')),
  });
  await expect(page.locator('.memo-doc')).toHaveText('Saved elsewhere.');
  await page.locator('.memo-doc p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' And here.');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);
  expect(JSON.stringify((await editor.stored(id)).memo.doc)).toContain(
    'Saved elsewhere. And here.',
  );
});
