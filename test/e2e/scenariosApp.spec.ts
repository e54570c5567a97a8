import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { test, expect } from './support/appTest';
import { openSampleMemo } from './support/openSampleMemo';

const CAPEX = { entity: 'AMZN', metric: 'capex', period: 'FY2025' };

async function pdfText(download: Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-scenario-e2e-'));
  try {
    const file = join(dir, 'memo.pdf');
    await download.saveAs(file);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the data browser lists a scenario beside the base values and adds an override of a base fact', async ({
  page,
  app,
}) => {
  // The sample's bear case overrides two base facts.
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
  const pick = page.getByTestId('data-scenario');
  await pick.selectOption('bear');
  await expect(page.getByTestId('fact-count')).toHaveText('2 facts');
  await expect(
    page.locator('[data-fact-key="OPENAI_ROUND.amazon_commitment.FY2026"] [data-field="value"]'),
  ).toHaveText('$30 billion (base $50 billion)');
  await page.getByTestId('add-override').click();
  const form = page.getByTestId('new-fact');
  await form.locator('input[name="entity"]').fill('AMZN');
  await form.locator('input[name="metric"]').fill('capex');
  await form.locator('input[name="period"]').fill('FY2025');
  await expect(page.getByTestId('override-base')).toHaveText(
    'Overrides the base value $125 billion in bear.',
  );
  await form.locator('input[name="value"]').fill('90bn');
  await form.locator('input[name="unit"]').fill('USD');
  await form.getByRole('button', { name: 'Add override' }).click();
  await expect(page.getByTestId('fact-count')).toHaveText('3 facts');
  await expect(page.locator('[data-fact-key="AMZN.capex.FY2025"] [data-field="value"]')).toHaveText(
    '$90 billion (base $125 billion)',
  );
  await page.getByTestId('data-browser').screenshot({ path: 'test-results/scenarios-data.png' });
  const bear = await app.call('facts:get', { ref: { ...CAPEX, scenario: 'bear' } });
  expect(bear.value).toBe(90e9);
  expect((await app.call('facts:get', { ref: CAPEX })).value).toBe(125e9);
  await pick.selectOption('');
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
});

test('the export dialog starts on the case the memo shows, and the PDF says which', async ({
  page,
  app,
}) => {
  // The sample's bull case, with Amazon's capex raised too.
  await app.call('facts:create', { ...CAPEX, scenario: 'bull', value: 200e9, unit: 'USD' });
  await app.open(page);
  await openSampleMemo(page);
  await page.getByTestId('scenario-switcher').selectOption('bull');
  await expect(page.getByText('would represent 30% of that')).toBeVisible();
  // The sample's case table: the shown case (bull) beside the named bull and bear figures.
  const caseTable = page.locator('.memo-doc table').filter({ hasText: 'As shown' });
  await caseTable.scrollIntoViewIfNeeded();
  await expect(caseTable.locator('tr').nth(1)).toContainText('$60 billion');
  await expect(caseTable.locator('tr').nth(2)).toContainText('$60 billion');
  await expect(caseTable.locator('tr').nth(3)).toContainText('$30 billion');
  await page.screenshot({ path: 'test-results/scenarios-sample.png' });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scenario')).toHaveValue('bull');
  await dialog.screenshot({ path: 'test-results/scenarios-export-dialog.png' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const text = await pdfText(await download);
  expect(text).toContain('Scenario: bull');
  expect(text).toContain('would represent 30% of that');
});

test('the scenarios manager creates, describes, renames (with its overrides) and deletes scenarios', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await page.getByTestId('manage-scenarios').click();
  const manager = page.getByTestId('scenarios-manager');
  await expect(manager.getByTestId('scenario-row')).toHaveCount(2);

  // Create: typed as a writer would; a bad name is refused in place and nothing is made.
  const name = manager.getByRole('textbox', { name: 'New scenario name' });
  await name.pressSequentially('2up');
  await manager.getByRole('button', { name: 'Create' }).click();
  await expect(manager.getByRole('alert')).toContainText('letter');
  await expect(manager.getByTestId('scenario-row')).toHaveCount(2);
  await name.fill('');
  await name.pressSequentially('upside');
  await manager.getByRole('textbox', { name: 'New scenario description' }).fill('Cloud re-rates');
  await manager.getByRole('button', { name: 'Create' }).click();
  await expect(manager.locator('[data-name="upside"]')).toContainText('0 overrides');
  await expect(manager.getByRole('textbox', { name: 'Description of upside' })).toHaveValue(
    'Cloud re-rates',
  );

  // Describe bear; rename it to downside: its two overrides move with it.
  const bearDescription = manager.getByRole('textbox', { name: 'Description of bear' });
  await bearDescription.fill('Capex cut');
  await bearDescription.press('Enter');
  const bearName = manager.getByRole('textbox', { name: 'Name of bear' });
  await bearName.fill('downside');
  await bearName.press('Enter');
  const downside = manager.locator('[data-name="downside"]');
  await expect(downside).toContainText('2 overrides');
  await expect(downside.getByRole('textbox', { name: 'Description of downside' })).toHaveValue(
    'Capex cut',
  );
  await expect(manager.locator('[data-name="bear"]')).toHaveCount(0);
  // The memo's {{ … @bear }} figures follow the rename: none names a case that is gone.
  const { memos } = await app.call('memos:list', {});
  const { markdown } = await app.call('memos:exportMarkdown', { id: memos[0]!.id });
  expect(markdown).toContain('@downside');
  expect(markdown).not.toContain('@bear');
  // Renaming onto a taken name is refused beside the row.
  const upsideName = manager.getByRole('textbox', { name: 'Name of upside' });
  await upsideName.fill('bull');
  await upsideName.press('Enter');
  await expect(manager.locator('[data-name="upside"]').getByRole('alert')).toBeVisible();

  // Delete asks first, then the scenario and its overrides go; the base facts stay.
  await downside.getByRole('button', { name: 'Delete downside' }).click();
  await downside.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(manager.locator('[data-name="downside"]')).toHaveCount(0);
  await expect(upsideName).toHaveValue('upside');
  await manager.screenshot({ path: test.info().outputPath('scenarios-manager.png') });
  await manager.getByRole('button', { name: 'Close' }).click();

  const listed = (await app.call('scenarios:list', {})) as {
    scenarios: { name: string; description: string; overrides: number }[];
  };
  expect(listed.scenarios.map((s) => [s.name, s.overrides])).toEqual([
    ['bull', expect.any(Number)],
    ['upside', 0],
  ]);
  await expect(page.getByTestId('data-scenario').locator('option')).toHaveText([
    'Base case',
    /^bull/,
    'upside (0 overrides)',
  ]);
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
});
