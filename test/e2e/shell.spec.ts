import type { Page } from '@playwright/test';
import { test, expect, type RunningApp } from './support/appTest';
import { calc, fig, memo, p } from './support/memoBuilders';

const SAMPLE = "Amazon's $50B bet on OpenAI";

/** Memo titles in the workspace, leaving out the sample workspace's memo. */
const memos = async (app: RunningApp, trash: 'exclude' | 'only' = 'exclude') =>
  (await app.call('memos:list', { trash })).memos.filter((memo) => memo.title !== SAMPLE);

const memoList = (page: Page) => page.getByRole('list', { name: 'Memo list' });
const memoItem = (page: Page, title: string) =>
  memoList(page).getByTestId('memo-item').filter({ hasText: title });

test('Ctrl+N asks for a title and opens the new memo; rename, duplicate and filter work from the list', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.keyboard.press('Control+n');
  const dialog = page.getByTestId('new-memo-dialog');
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Capex deep dive');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(memoItem(page, 'Capex deep dive')).toBeVisible();
  await expect(page.getByTestId('workspace-title')).toHaveText('Capex deep dive');
  await expect(page.getByTestId('memo-title')).toHaveText('Capex deep dive');
  expect((await memos(app)).map((m) => m.title)).toEqual(['Capex deep dive']);

  // Rename from the item's menu; Escape keeps the old title, Enter takes the new one.
  await memoItem(page, 'Capex deep dive').hover();
  await page.getByRole('button', { name: 'Actions for Capex deep dive' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.keyboard.type('Throwaway');
  await page.keyboard.press('Escape');
  await expect(memoItem(page, 'Capex deep dive')).toBeVisible();
  await memoItem(page, 'Capex deep dive')
    .getByRole('button', { name: /^Capex deep dive/ })
    .focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('AWS margins');
  await page.keyboard.press('Enter');
  await expect(memoItem(page, 'AWS margins')).toBeVisible();
  expect((await memos(app)).map((m) => m.title)).toEqual(['AWS margins']);

  await page.getByRole('button', { name: 'Actions for AWS margins' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(memoItem(page, 'AWS margins (copy)')).toBeVisible();
  await expect(page.getByTestId('workspace-title')).toHaveText('AWS margins (copy)');
  expect(await memos(app)).toHaveLength(2);

  await expect(memoList(page).getByTestId('memo-item')).toHaveCount(3);
  await page.getByLabel('Filter memos by title').fill('copy');
  await expect(memoList(page).getByTestId('memo-item')).toHaveCount(1);
  await page.getByLabel('Filter memos by title').fill('nothing like it');
  await expect(page.getByText('No memo title contains “nothing like it”.')).toBeVisible();
});

test('a memo moved to the trash leaves the list and comes back from the trash view', async ({
  page,
  app,
}) => {
  await app.call('memos:create', { title: 'Keep me' });
  await app.call('memos:create', { title: 'Old draft' });
  await app.open(page);
  await expect(memoList(page).getByTestId('memo-item')).toHaveCount(3);

  await memoItem(page, 'Old draft')
    .getByRole('button', { name: /^Old draft/ })
    .focus();
  await page.keyboard.press('Delete');
  await expect(memoItem(page, 'Old draft')).toHaveCount(0);
  await expect(page.getByTestId('toast').first()).toContainText('Moved “Old draft” to the trash');
  expect((await memos(app)).map((m) => m.title)).toEqual(['Keep me']);
  expect((await memos(app, 'only')).map((m) => m.title)).toEqual(['Old draft']);

  await page.getByRole('button', { name: /^Trash/ }).click();
  const trashed = page.getByTestId('trash-item');
  await expect(trashed).toHaveCount(1);
  await expect(trashed).toContainText('Old draft');
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(trashed).toHaveCount(0);
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect((await memos(app)).map((m) => m.title).sort()).toEqual(['Keep me', 'Old draft']);

  await page.getByRole('button', { name: 'Back to memos' }).click();
  await expect(memoItem(page, 'Old draft')).toBeVisible();
});

test('Undo in the toast brings a trashed memo back, and a failed call says why', async ({
  page,
  app,
}) => {
  await app.call('memos:create', { title: 'Oops' });
  await app.open(page);
  await memoItem(page, 'Oops').hover();
  await page.getByRole('button', { name: 'Actions for Oops' }).click();
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(memoItem(page, 'Oops')).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(memoItem(page, 'Oops')).toBeVisible();

  // A call that fails says what was tried and why, and the list keeps the old title.
  await page.route(/\/api\/invoke\/memos(:|%3A)rename/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'failed', message: 'The disk is full.' } }),
    }),
  );
  // A double-click opens the memo with its first click and starts renaming with its second;
  // the memo arrives only after that (as on a slow machine) and must not take the focus.
  const heading = page.getByRole('main').getByRole('heading', { level: 1 }).first();
  await memoItem(page, 'Amazon')
    .getByRole('button', { name: /^Amazon/ })
    .click();
  await expect(heading).toHaveText(/^Amazon/);
  let arrive = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  await page.route(/\/api\/invoke\/memos(:|%3A)get/, async (route) => {
    await arrived;
    await route.fallback();
  });
  await memoItem(page, 'Oops').getByRole('button', { name: /^Oops/ }).dblclick();
  const renameBox = page.getByRole('textbox', { name: 'New title for Oops' });
  await expect(renameBox).toBeFocused();
  arrive();
  await expect(heading).toHaveText('Oops');
  await expect(page.getByTestId('memo-doc')).toBeVisible();
  await expect(renameBox).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Renamed');
  await page.keyboard.press('Enter');
  const toast = page.getByTestId('toast').filter({ hasText: 'Could not rename “Oops”' });
  await expect(toast).toHaveAttribute('role', 'alert');
  await expect(toast).toContainText('The disk is full.');
  await expect(memoItem(page, 'Oops')).toBeVisible();
  expect((await memos(app)).map((m) => m.title)).toEqual(['Oops']);
});

test('side by side, a fact edited in the data browser changes the memo’s figures', async ({
  page,
  app,
}) => {
  const created = await app.call('memos:create', {
    title: 'Capex memo',
    memo: memo(
      calc('capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
      p(
        'The deal is ',
        fig('capex_share', '0%'),
        ' of ',
        fig('AMZN.capex.FY2025', 'usd_billion'),
        ' capex.',
      ),
    ),
  });
  expect(created.title).toBe('Capex memo');
  await app.open(page);
  await page.keyboard.press('Control+\\');
  await expect(page.getByTestId('memo-pane')).toBeVisible();
  await expect(page.getByTestId('data-pane')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const figures = page.getByTestId('memo-pane').getByTestId('figure');
  await expect(figures).toHaveText(['40%', '$125 billion']);

  await page.locator('[data-fact-key="AMZN.capex.FY2025"] [data-field=value]').click();
  await page.keyboard.type('100bn');
  await page.keyboard.press('Enter');
  await expect(figures).toHaveText(['50%', '$100 billion']);

  // Back to the memo alone, and to the data browser alone, with the shortcuts.
  await page.keyboard.press('Control+\\');
  await expect(page.getByTestId('data-pane')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('memo-pane')).toHaveCount(0);
  await expect(page.getByTestId('workspace-title')).toHaveText('Deal data');
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('memo-pane')).toBeVisible();
});

test('the status line shows the workspace, the save state and the figure errors of the open memo', async ({
  page,
  app,
}) => {
  await app.call('memos:create', {
    title: 'Broken',
    memo: memo(p('Unknown: ', fig('NOPE.capex.FY2025'), ' and ', fig('AMZN.capex.FY2025'), '.')),
  });
  await app.open(page);
  await expect(page.getByTestId('workspace-path')).toHaveText(app.workspacePath);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('figure-errors')).toHaveText('1 figure error');
});

test.describe('an empty workspace', () => {
  test.use({ workspaceKind: 'empty' });

  test('explains itself and offers the first steps', async ({ page, app }) => {
    await app.open(page);
    await expect(page.getByRole('heading', { name: 'Write your first memo' })).toBeVisible();
    await expect(page.getByText('No memos yet. Create one to start writing.')).toBeVisible();
    await page.getByRole('button', { name: 'Open deal data' }).click();
    await expect(page.getByRole('heading', { name: 'No facts yet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import a CSV' })).toBeVisible();
  });
});

test('a filter that matches nothing says so and clears in one click', async ({ page, app }) => {
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
  await page.getByLabel('Search facts').fill('no such fact anywhere');
  await expect(page.getByRole('heading', { name: 'No facts match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
});

test('Delete on the open memo in the sidebar opens the next memo, as Move to trash does', async ({
  page,
  app,
}) => {
  await app.call('memos:create', { title: 'First draft' });
  await app.call('memos:create', { title: 'Second draft' });
  await app.call('memos:create', { title: 'Third draft' });
  await app.open(page);

  // Open a memo with a click (the editor takes the focus), click its item again, press Delete.
  const item = memoItem(page, 'Second draft').getByRole('button', { name: /^Second draft/ });
  await item.click();
  await expect(page.getByTestId('workspace-title')).toHaveText('Second draft');
  await expect(page.getByTestId('memo-doc')).toBeFocused();
  await item.click();
  await expect(item).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(memoItem(page, 'Second draft')).toHaveCount(0);
  await expect(page.getByTestId('memo-doc')).toBeVisible();
  const opened = await page.getByTestId('workspace-title').textContent();
  expect(opened).not.toBe('Second draft');
  expect(opened).not.toBe('No memo open');
  await expect(page.getByTestId('memo-title')).toHaveText(opened!);

  // The "…" menu's Move to trash on the open memo does the same.
  await memoItem(page, opened!).hover();
  await page.getByRole('button', { name: `Actions for ${opened}` }).click();
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(memoItem(page, opened!)).toHaveCount(0);
  await expect(page.getByTestId('memo-doc')).toBeVisible();
  await expect(page.getByTestId('workspace-title')).not.toHaveText(opened!);
  await expect(page.getByTestId('workspace-title')).not.toHaveText('No memo open');
});
