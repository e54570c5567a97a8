import type { Locator, Page } from '@playwright/test';
import { test, expect, type RunningApp } from './support/appTest';
import { runCli } from '../../app/cli/runCli';

const memoItem = (page: Page, title: string) =>
  page.getByRole('list', { name: 'Memo list' }).getByTestId('memo-item').filter({ hasText: title });

/** Runs `tickmark ARGS` in this process and returns what it printed. */
async function tickmark(...args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  expect(err).toBe('');
  expect(code).toBe(0);
  return out;
}

async function memoIdTitled(app: RunningApp, title: string): Promise<number> {
  const { memos } = (await app.call('memos:list', {})) as {
    memos: { id: number; title: string }[];
  };
  const found = memos.find((m) => m.title === title);
  if (!found) throw new Error(`no memo titled ${title}: ${memos.map((m) => m.title).join(', ')}`);
  return found.id;
}

/** Opens the app, makes a memo with Ctrl+Alt+N named `title`, and returns its title block. */
async function newMemoTitled(page: Page, app: RunningApp, title: string): Promise<Locator> {
  await app.open(page);
  await page.keyboard.press('Control+Alt+n');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  const titleBlock = page.getByTestId('memo-title');
  await expect(titleBlock).toHaveValue(title);
  return titleBlock;
}

test.use({ workspaceKind: 'empty' });

test('a memo has one title: renaming in the list changes the title block, editing the block renames it in the list, the window title and the CLI', async ({
  page,
  app,
}) => {
  const titleBlock = await newMemoTitled(page, app, 'Draft');
  await page.getByTestId('memo-doc').click();
  await page.keyboard.type('Capex is rising.');

  // F2 in the list renames the open memo: its title block says so at once.
  await memoItem(page, 'Draft')
    .getByRole('button', { name: /^Draft/ })
    .focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('Amazon capex');
  await page.keyboard.press('Enter');
  await expect(memoItem(page, 'Amazon capex')).toBeVisible();
  await expect(titleBlock).toHaveValue('Amazon capex');
  await expect(page).toHaveTitle(/^Amazon capex — /);
  const id = await memoIdTitled(app, 'Amazon capex');
  const stored = (await app.call('memos:get', { id })) as { memo: { meta: { title: string } } };
  expect(stored.memo.meta.title).toBe('Amazon capex');

  // Typing in the title block renames the memo in the list, the window title and the CLI.
  await titleBlock.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' at scale');
  await expect(memoItem(page, 'Amazon capex at scale')).toBeVisible();
  await expect(page).toHaveTitle(/^Amazon capex at scale — /);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // Text typed after the rename was kept (the rename did not bring back an old copy).
  await page.getByTestId('memo-doc').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Fast.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);

  expect(await tickmark('memo', 'list', app.workspacePath)).toContain(
    `${id}\tAmazon capex at scale`,
  );
  // 'Saved' can still be showing from before ' Fast.' was typed: wait for the save to reach the file.
  await expect
    .poll(() => tickmark('memo', 'md', app.workspacePath, String(id)), { timeout: 20_000 })
    .toContain('Capex is rising. Fast.');
  const md = await tickmark('memo', 'md', app.workspacePath, String(id));
  expect(md).toContain('title: Amazon capex at scale');
});

test('a memo whose title is emptied shows as “Untitled memo” in the list (muted, italic), the header and the window title', async ({
  page,
  app,
}) => {
  const titleBlock = await newMemoTitled(page, app, 'Draft');
  await titleBlock.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(titleBlock).toHaveValue('');
  await expect(titleBlock).toHaveAttribute('placeholder', 'Untitled memo');

  const item = page.getByRole('list', { name: 'Memo list' }).getByTestId('memo-item');
  await expect(item).toHaveCount(1);
  const shown = item.locator('.memo-title');
  await expect(shown).toHaveText('Untitled memo');
  await expect(shown).toHaveCSS('font-style', 'italic');
  // Muted: the colour of var(--muted), resolved in the same place.
  const [got, muted] = await shown.evaluate((el) => {
    const probe = el.parentElement!.appendChild(document.createElement('span'));
    probe.style.color = 'var(--muted)';
    const colors = [getComputedStyle(el).color, getComputedStyle(probe).color];
    probe.remove();
    return colors;
  });
  expect(got).toBe(muted);
  await expect(page.getByTestId('workspace-title')).toHaveText('Untitled memo');
  await expect(page).toHaveTitle(/^Untitled memo — /);
  // Stored as it is: an empty title, not the words.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const { memos } = (await app.call('memos:list', {})) as { memos: { title: string }[] };
  expect(memos.map((m) => m.title)).toEqual(['']);
});
