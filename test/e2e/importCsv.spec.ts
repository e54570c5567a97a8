import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type RunningApp } from './support/appTest';

const HEADER = 'entity,entity_name,kind,metric,period,value,unit,source,as_of,note';

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-import-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

function csvFile(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function openImport(page: Page, app: RunningApp): Promise<void> {
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
}

const total = async (app: RunningApp): Promise<number> =>
  (await app.call('facts:list', { scenario: '' })).total;

test('a CSV import previews new, updated and unchanged rows, then commits and the grid refreshes', async ({
  page,
  app,
}) => {
  const file = csvFile('q4-update.csv', [
    HEADER,
    'AMZN,"Amazon.com, Inc.",company,capex,FY2025,131000000000,USD,Q4 call,2026-02-06,raised guidance',
    'MSFT,Microsoft,company,capex,FY2025,88000000000,USD,10-K,2025-07-30,',
    'AMZN,"Amazon.com, Inc.",company,ev_ebitda,LTM,19.3,x,amazon-openai-article.txt,2026-01-30,LTM EV/EBITDA',
  ]);
  await openImport(page, app);
  await page.getByTestId('import-file').setInputFiles(file);

  const summary = page.getByTestId('import-summary');
  await expect(summary.locator('[data-count=new] .import-card-value')).toHaveText('1');
  await expect(summary.locator('[data-count=updated] .import-card-value')).toHaveText('1');
  await expect(summary.locator('[data-count=unchanged] .import-card-value')).toHaveText('1');
  await expect(summary.locator('[data-count=entities] .import-card-value')).toHaveText('1');

  const preview = page.getByTestId('import-preview');
  const updated = preview.locator('[data-status=updated]');
  await expect(updated).toContainText('AMZN.capex.FY2025');
  await expect(updated).toContainText('$125 billion');
  await expect(updated).toContainText('$131 billion');
  await expect(preview.locator('[data-status=new]')).toContainText('MSFT.capex.FY2025');
  await page.getByRole('tab', { name: /All rows/ }).click();
  await expect(preview.locator('[data-status=unchanged]')).toContainText('AMZN.ev_ebitda.LTM');

  // Nothing is written by the preview.
  expect(await total(app)).toBe(8);

  await page.getByRole('button', { name: 'Import 2 changes' }).click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect(page.getByTestId('toast').first()).toContainText('Imported q4-update.csv');
  await expect(page.getByTestId('fact-count')).toHaveText('9 facts');
  await expect(page.locator('[data-fact-key="AMZN.capex.FY2025"] [data-field=value]')).toHaveText(
    '$131 billion',
  );
  await expect(page.locator('[data-fact-key="MSFT.capex.FY2025"] [data-field=value]')).toHaveText(
    '$88 billion',
  );
  await expect(page.getByTestId('entity-panel')).toContainText('MSFT');
  expect(await total(app)).toBe(9);
});

test('a CSV with a bad row shows its line and column and changes nothing', async ({
  page,
  app,
}) => {
  const file = csvFile('bad.csv', [
    HEADER,
    'AMZN,"Amazon.com, Inc.",company,capex,FY2025,131000000000,USD,Q4 call,2026-02-06,',
    'MSFT,Microsoft,company,capex,FY2025,eighty-eight,USD,10-K,2025-07-30,',
    'MSFT,Microsoft,company,revenue,FY2025,281700000000,USD,10-K,2025-07-30,',
  ]);
  await openImport(page, app);
  await page.getByTestId('import-file').setInputFiles(file);

  const error = page.getByTestId('import-error');
  await expect(error).toContainText('bad.csv cannot be imported. Nothing was changed.');
  const problem = error.locator('li').first();
  await expect(problem.locator('.import-where')).toHaveText('Line 3, column value');
  await expect(problem).toContainText('"eighty-eight" is not a number');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);

  expect(await total(app)).toBe(8);
  const capex = await app.call('facts:get', {
    ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
  });
  expect(capex.value).toBe(125_000_000_000);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
});

test('a large import shows a progress bar fed by import:progress while it commits', async ({
  page,
  app,
}) => {
  const rows = Array.from(
    { length: 30_000 },
    (_, i) =>
      `CO${i % 300},Company ${i % 300},company,metric_${Math.floor(i / 300)},FY2025,${i},USD,bulk,,`,
  );
  const file = csvFile('bulk.csv', [HEADER, ...rows]);
  await openImport(page, app);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(
    page.getByTestId('import-summary').locator('[data-count=new] .import-card-value'),
  ).toHaveText('30,000');

  // Hold the commit's answer back until the test has read the progress its events reported.
  let answer = (): void => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route(/\/api\/invoke\/import(:|%3A)commit/, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await answered;
    await route.fulfill({ status: response.status(), headers: response.headers(), body });
  });
  await page.getByRole('button', { name: 'Import 30,000 changes' }).click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('aria-valuemax', '30000');
  await expect(progress).toHaveAttribute('aria-valuenow', '30000');
  await expect(page.getByText('Writing 30,000 of 30,000 facts…')).toBeVisible();
  answer();
  await expect(page.getByTestId('fact-count')).toHaveText('30,008 facts', { timeout: 30_000 });
  expect(await total(app)).toBe(30_008);
});

test('a CSV’s entity_name renames an entity that exists, and the preview says so', async ({
  page,
  app,
}) => {
  const file = csvFile('names.csv', [
    HEADER,
    'AMZN,Amazon,company,capex,FY2025,125000000000,USD,amazon-openai-article.txt,2026-01-30,"expected total 2025 capital expenditure, as the article states it"',
  ]);
  await openImport(page, app);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-entity-names')).toHaveText(
    'Renames AMZN from “Amazon.com, Inc.” to “Amazon”.',
  );
  await expect(
    page.getByTestId('import-summary').locator('[data-count=unchanged] .import-card-value'),
  ).toHaveText('1');
  // Nothing is written by the preview.
  const before = (await app.call('entities:list')) as {
    entities: { code: string; name: string }[];
  };
  expect(before.entities.find((e) => e.code === 'AMZN')?.name).toBe('Amazon.com, Inc.');

  await page.getByRole('button', { name: 'Import 1 change' }).click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect(
    page.getByTestId('entity-panel').locator('[data-entity=AMZN] .entity-name'),
  ).toHaveText('Amazon');
  const after = (await app.call('entities:list')) as { entities: { code: string; name: string }[] };
  expect(after.entities.find((e) => e.code === 'AMZN')?.name).toBe('Amazon');
});
