import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/appTest';
import { openpyxlMissing, writeWorkbook, type WorkbookSpec } from '../unit/link/writeWorkbook';

const missing = openpyxlMissing();

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-link-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A model in $ millions: capex (a formula with its saved result) and a new fund's size. */
const model = (capex: number): WorkbookSpec => ({
  modified: '2026-02-06T09:00:00',
  sheets: [
    {
      name: 'Valuation',
      cells: {
        B7: { value: capex },
        C7: { formula: 'B7', cached: capex, format: '"$"#,##0' },
        C8: { value: 0.231, format: '0.0%' },
      },
    },
    { name: 'Settings', cells: { A1: { value: 1000000 } } },
  ],
  names: [
    { name: 'AMZN.capex.FY2025', ref: 'Valuation!$C$7' },
    { name: 'AMZN.op_margin.FY2025', ref: 'Valuation!$C$8' },
    { name: 'tickmark.scale', ref: 'Settings!$A$1' },
    { name: 'Notes_Area', ref: 'Valuation!$B$7' },
  ],
});

test('Link workbook… previews, links, and offers a refresh when the model is saved', async ({
  page,
  app,
}) => {
  test.skip(missing !== null, `openpyxl cannot write test workbooks here: ${missing}`);
  test.setTimeout(120_000);
  const path = writeWorkbook(join(dir, 'model.xlsx'), model(131000));
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
  await page.getByRole('button', { name: 'Link workbook…' }).click();
  const dialog = page.getByTestId('link-dialog');
  await expect(dialog).toContainText('No workbook is linked');

  // A path that is not a workbook is refused, and nothing changes.
  await dialog.getByLabel(/Workbook to link/).fill(join(dir, 'nowhere.xlsx'));
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('link-error')).toContainText('nowhere.xlsx does not exist');

  await dialog.getByLabel(/Workbook to link/).fill(path);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const summary = page.getByTestId('link-summary');
  await expect(summary.locator('[data-count=new] .import-card-value')).toHaveText('1');
  await expect(summary.locator('[data-count=updated] .import-card-value')).toHaveText('1');
  await expect(page.getByTestId('link-ignored')).toContainText('Notes_Area');
  const preview = page.getByTestId('import-preview');
  const updated = preview.locator('[data-status=updated]');
  await expect(updated).toContainText('Valuation!$C$7');
  await expect(updated).toContainText('$125 billion');
  await expect(updated).toContainText('$131 billion');
  await page.screenshot({ path: test.info().outputPath('link-preview.png') });
  expect((await app.call('facts:list', { scenario: '' })).total).toBe(8);

  await dialog.getByRole('button', { name: 'Link workbook (2 changes)' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('toast').first()).toContainText('Linked model.xlsx');
  const capex = page.locator('[data-fact-key="AMZN.capex.FY2025"]');
  await expect(capex.locator('[data-field=value]')).toHaveText('$131 billion');
  await expect(capex.locator('[data-field=source]')).toHaveText('model.xlsx!Valuation!$C$7');

  // The analyst saves the model with a new number: the app offers to refresh.
  writeWorkbook(path, model(140000));
  const notice = page.getByTestId('toast').filter({ hasText: 'model.xlsx changed: refresh?' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'Refresh' }).click();
  await expect(summary.locator('[data-count=updated] .import-card-value')).toHaveText('1');
  await page.getByTestId('link-dialog').getByRole('button', { name: 'Refresh (1 change)' }).click();
  await expect(capex.locator('[data-field=value]')).toHaveText('$140 billion');

  // The list shows the link as read and up to date.
  await page.getByRole('button', { name: 'Link workbook…' }).click();
  const item = page.getByTestId('linked-workbooks').locator('li');
  await expect(item).toContainText('model.xlsx');
  await expect(item).toContainText('2 facts');
  await expect(item).toHaveAttribute('data-state', 'current');
  await page.screenshot({ path: test.info().outputPath('link-list.png') });

  // A figure of the memo that reads the linked fact shows its workbook and cell.
  await page.keyboard.press('Escape');
  await page
    .getByRole('list', { name: 'Memo list' })
    .getByTestId('memo-item')
    .filter({ hasText: 'Amazon' })
    .getByRole('button', { name: /^Amazon/ })
    .click();
  const figure = page.getByTestId('figure').filter({ hasText: '$140 billion' }).first();
  await figure.hover();
  const card = page.getByTestId('provenance');
  await expect(card).toContainText('AMZN.capex.FY2025');
  await expect(card).toContainText('model.xlsx!Valuation!$C$7');
  await expect(card).toContainText('as of 2026-02-06');
  await page.screenshot({ path: test.info().outputPath('link-provenance.png') });
});
