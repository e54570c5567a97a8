import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type RunningApp } from './support/appTest';

const SAMPLE_ID = 1;

async function openSample(page: Page, app: RunningApp): Promise<void> {
  await app.open(page);
  await page
    .getByRole('list', { name: 'Memo list' })
    .getByRole('button', { name: /^Amazon/ })
    .first()
    .click();
  await expect(page.getByTestId('figure').first()).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

/** Saves the sample memo with one phrase replaced, as another window would. */
async function editSample(app: RunningApp, from: string, to: string): Promise<void> {
  const record = await app.call('memos:get', { id: SAMPLE_ID });
  const memo = JSON.parse(JSON.stringify(record.memo).replace(from, to)) as typeof record.memo;
  await app.call('memos:save', { id: SAMPLE_ID, baseVersion: record.version, memo });
}

test('History lists the kept versions, compares one with now as a redline whose moved figures say why, and restores it', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.call('export:pdf', { memoId: SAMPLE_ID, options: {} });
  await app.call('facts:update', {
    ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
    set: { value: 131_000_000_000, asOf: '2026-02-15' },
  });
  await editSample(app, 'The deal would deepen', 'The deal could deepen');
  await openSample(page, app);
  await expect(page.locator('.memo-editor')).toContainText('The deal could deepen');

  await page.keyboard.press('Control+Shift+H');
  const dialog = page.getByTestId('history-dialog');
  await expect(dialog).toBeVisible();
  const list = dialog.getByRole('listbox', { name: 'Versions' });
  await expect(list).toBeFocused();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option').first()).toContainText('Version 1');
  await expect(list.getByRole('option').first()).toContainText('Exported');

  // The redline against now: the moved figures old → new with their cause, the edited words.
  await expect(dialog.getByText('Changes from version 1 to now')).toBeVisible();
  const changed = dialog.getByTestId('changed-figure');
  await expect(changed.first()).toHaveText('$125 billion → $131 billion');
  await expect(changed.first()).toHaveAttribute(
    'title',
    'AMZN.capex.FY2025: 125,000,000,000 → 131,000,000,000; as of 2026-01-30 → 2026-02-15',
  );
  // The capex figure and capex_share in the prose, and capex_share in the case table's three rows.
  await expect(dialog.getByTestId('figure-change')).toHaveCount(5);
  await expect(dialog.locator('.redline-doc del', { hasText: 'would' })).toBeVisible();
  await expect(dialog.locator('.redline-doc ins', { hasText: 'could' })).toBeVisible();
  await dialog.locator('.redline-doc ins', { hasText: 'could' }).scrollIntoViewIfNeeded();
  await dialog.screenshot({ path: 'test-results/screens/history-redline.png' });

  // Read the version as it was: its own numbers, no redline.
  await dialog.getByLabel(/Compare version 1 with/).selectOption('none');
  await expect(dialog.getByText('Version 1 as it was kept (read-only)')).toBeVisible();
  await expect(dialog.locator('.redline-doc')).toContainText('The deal would deepen');
  await expect(dialog.locator('.redline-doc')).toContainText('around $125 billion');
  await expect(dialog.locator('.redline-doc del, .redline-doc ins')).toHaveCount(0);

  // Keep version (manual), then move back to version 1 with the keyboard.
  await dialog.getByRole('button', { name: 'Keep version' }).click();
  await expect(page.getByText('Kept as version')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option').first()).toContainText('Kept');
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');

  // Restore version 1: the memo as it stands is kept first, then the editor shows the old text.
  await dialog.getByRole('button', { name: 'Restore version 1' }).click();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Restored version 1')).toBeVisible();
  await expect(page.locator('.memo-editor')).toContainText('The deal would deepen');
  const { versions } = await app.call('memos:versions', { id: SAMPLE_ID });
  expect(versions.map((v) => v.reason)).toEqual(['restore', 'manual', 'export']);
});

test('the export dialog adds a "changes since version N" page to the PDF', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.call('export:pdf', { memoId: SAMPLE_ID, options: {} });
  await app.call('facts:update', {
    ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
    set: { value: 131_000_000_000 },
  });
  await openSample(page, app);
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Changes page').selectOption('1');
  await dialog.screenshot({ path: 'test-results/screens/export-changes-since.png' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-history-e2e-'));
  try {
    const file = join(dir, 'memo.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Changes since version 1');
    expect(text).toContain('$125 billion → $131 billion');
    expect(text).toContain('AMZN.capex.FY2025: 125,000,000,000 → 131,000,000,000');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
