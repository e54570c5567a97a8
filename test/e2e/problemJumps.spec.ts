import type { Page } from '@playwright/test';
import { test, expect } from './support/appTest';
import { calc, fig, memo, p } from './support/memoBuilders';

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    p(`Filler paragraph ${i + 1}, long enough to push the figures below the fold of the editor.`),
  );

/** A memo whose error and warning stand far down the page, so a jump has to scroll. */
const problems = memo(
  calc('capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
  ...filler(30),
  p('The typo is ', fig('AMZN.capexx', ''), '.'),
  ...filler(10),
  p('The deal would represent nearly ', fig('capex_share', '0%'), ' of capex.'),
);

async function openProblems(page: Page, app: { open(page: Page): Promise<void> }) {
  await app.open(page);
  await page
    .getByRole('list', { name: 'Memo list' })
    .getByRole('button', { name: /^Jumps/ })
    .click();
  await expect(page.getByTestId('figure').first()).toBeAttached();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

const figure = (page: Page, text: string) => page.getByTestId('figure').filter({ hasText: text });

test('the status line counts errors and warnings apart, and each count jumps to its figure', async ({
  page,
  app,
}) => {
  await app.call('memos:create', { title: 'Jumps', memo: problems });
  await openProblems(page, app);
  const errors = page.getByTestId('figure-errors');
  const warnings = page.getByTestId('figure-warnings');
  await expect(errors).toHaveText('1 figure error');
  await expect(warnings).toHaveText('1 warning');
  await expect(figure(page, '#ERR')).not.toBeInViewport();

  await errors.click();
  await expect(figure(page, '#ERR')).toBeInViewport();
  await expect(figure(page, '#ERR')).toHaveClass(/figure--selected/);

  await warnings.click();
  await expect(figure(page, '40%')).toBeInViewport();
  await expect(figure(page, '40%')).toHaveClass(/figure--selected/);
  await page.screenshot({ path: 'test-results/problem-jumps-status.png' });
});

test('the export dialog lists errors and warnings; a place takes you to its figure', async ({
  page,
  app,
}) => {
  await app.call('memos:create', { title: 'Jumps', memo: problems });
  await openProblems(page, app);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-errors')).toContainText('capexx');
  const listed = dialog.getByTestId('export-warnings');
  await expect(listed).toContainText('"nearly 40%" claims less than 40%');
  await page.screenshot({ path: 'test-results/problem-jumps-dialog.png' });
  await listed.getByRole('button', { name: /paragraph/ }).click();
  await expect(dialog).toBeHidden();
  await expect(figure(page, '40%')).toBeInViewport();
  await expect(figure(page, '40%')).toHaveClass(/figure--selected/);
});
