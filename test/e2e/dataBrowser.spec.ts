import type { Page } from '@playwright/test';
import { test, expect, type RunningApp } from './support/appTest';
import type { FactRow } from '../../shared/api/factsApi';
import type { ArgsOf } from '../../shared/api/contract';

const CAPEX = { entity: 'AMZN', metric: 'capex', period: 'FY2025' };

async function openDataBrowser(page: Page, app: RunningApp): Promise<void> {
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('data-browser')).toBeVisible();
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
}

const cell = (page: Page, key: string, field: string) =>
  page.locator(`[data-fact-key="${key}"] [data-field="${field}"]`);

const getFact = async (app: RunningApp, ref: ArgsOf<'facts:get'>['ref']): Promise<FactRow> =>
  await app.call('facts:get', { ref });

test('editing a value in the grid writes it, shows it formatted, and records it in the history', async ({
  page,
  app,
}) => {
  await openDataBrowser(page, app);
  const value = cell(page, 'AMZN.capex.FY2025', 'value');
  await expect(value).toHaveText('$125 billion');

  await value.click();
  await page.keyboard.press('Enter');
  const input = page.getByTestId('cell-input');
  await expect(input).toHaveValue('125000000000');
  await input.fill('130bn');
  await page.keyboard.press('Enter');

  await expect(value).toHaveText('$130 billion');
  await expect(input).toHaveCount(0);
  expect((await getFact(app, CAPEX)).value).toBe(130_000_000_000);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByTestId('fact-history');
  await expect(history.locator('.history-item').first()).toContainText('Changed');
  await expect(history.locator('.history-item').first()).toContainText('$125 billion');
  await expect(history.locator('.history-item').first()).toContainText('$130 billion');
  await expect(history.locator('.history-item').first()).toContainText('· data browser');
});

test('Ctrl+Z undoes the last fact edit through the API', async ({ page, app }) => {
  await openDataBrowser(page, app);
  const value = cell(page, 'AMZN.ev_ebitda.LTM', 'value');
  await value.click();
  await page.keyboard.type('21.5');
  await page.keyboard.press('Enter');
  await expect(value).toHaveText('21.5x');

  await page.keyboard.press('Control+z');
  await expect(value).toHaveText('19.3x');
  expect((await getFact(app, { entity: 'AMZN', metric: 'ev_ebitda', period: 'LTM' })).value).toBe(
    19.3,
  );
});

test('a value that is not a number gets an inline error saying what and where, and nothing is written', async ({
  page,
  app,
}) => {
  await openDataBrowser(page, app);
  await cell(page, 'AMZN.capex.FY2025', 'value').click();
  await page.keyboard.type('lots');
  await page.keyboard.press('Enter');

  const error = page.getByTestId('cell-error');
  await expect(error).toHaveText(
    'Value of AMZN.capex.FY2025: “lots” is not a number. Type digits, e.g. 125000000000, 125bn or 20.2%.',
  );
  await expect(page.getByTestId('cell-input')).toHaveAttribute('aria-invalid', 'true');
  expect((await getFact(app, CAPEX)).value).toBe(125_000_000_000);

  await page.keyboard.press('Escape');
  await expect(error).toHaveCount(0);
  await expect(cell(page, 'AMZN.capex.FY2025', 'value')).toHaveText('$125 billion');
});

test('a bad period gets an inline error listing the period forms, and nothing is written', async ({
  page,
  app,
}) => {
  await openDataBrowser(page, app);
  await cell(page, 'AMZN.capex.FY2025', 'period').dblclick();
  await page.getByTestId('cell-input').fill('2025');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cell-error')).toContainText(
    'Period of AMZN.capex.FY2025: "2025" is not a period (FY2025,',
  );
  expect((await getFact(app, CAPEX)).period).toBe('FY2025');
});

test('arrows move the focused cell, Tab saves and moves on, Escape cancels an edit', async ({
  page,
  app,
}) => {
  await openDataBrowser(page, app);
  const grid = page.getByTestId('fact-grid');
  await cell(page, 'AMZN.capex.FY2025', 'metric').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'AMZN.capex.FY2025', 'value')).toHaveAttribute('aria-selected', 'true');
  await expect(grid).toHaveAttribute('aria-activedescendant', /fact-cell-\d+-3/);

  await page.keyboard.press('Enter');
  await page.getByTestId('cell-input').fill('1');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'AMZN.capex.FY2025', 'value')).toHaveText('$125 billion');
  await expect(grid).toBeFocused();

  // Tab from the note column of one row saves it and lands on the first cell of the next.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByTestId('cell-input').fill('checked against the 10-K');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'AMZN.capex.FY2025', 'note')).toHaveText('checked against the 10-K');
  expect((await getFact(app, CAPEX)).note).toBe('checked against the 10-K');
  await expect(cell(page, 'AMZN.ev_ebitda.LTM', 'entity')).toHaveAttribute('aria-selected', 'true');
});

test('a fact changed elsewhere refreshes the grid and the focused cell stays where it was', async ({
  page,
  app,
}) => {
  await openDataBrowser(page, app);
  const focused = cell(page, 'OPENAI_ROUND.round_size.FY2026', 'value');
  await focused.click();
  await expect(focused).toHaveAttribute('aria-selected', 'true');

  await app.call('facts:update', { ref: CAPEX, set: { value: 140_000_000_000 } });
  await expect(cell(page, 'AMZN.capex.FY2025', 'value')).toHaveText('$140 billion');
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('fact-grid')).toBeFocused();

  // A new fact sorts in above the focused one: the focus follows its fact, not its row number.
  await app.call('facts:create', {
    entity: 'AAPL',
    metric: 'revenue',
    period: 'FY2025',
    value: 4e11,
    unit: 'USD',
  });
  await expect(page.getByTestId('fact-count')).toHaveText('9 facts');
  await expect(focused).toHaveAttribute('aria-selected', 'true');
});

test('sorting and filtering narrow and order the grid', async ({ page, app }) => {
  await openDataBrowser(page, app);
  const rows = page.locator('.fact-grid-body .fact-row');

  await page.getByRole('button', { name: 'Value', exact: true }).click();
  await page.getByRole('button', { name: 'Value', exact: true }).click();
  await expect(rows.first()).toHaveAttribute(
    'data-fact-key',
    'OPENAI.ipo_valuation_floated.FY2026',
  );

  await page.getByRole('button', { name: /^OPENAI_ROUND/ }).click();
  await expect(page.getByTestId('fact-count')).toHaveText('2 facts shown');

  await page.getByRole('button', { name: /^All entities/ }).click();
  await page.getByLabel('Filter by period').fill('LTM');
  await expect(page.getByTestId('fact-count')).toHaveText('3 facts shown');
  await page.getByLabel('Search facts').fill('EBITDA');
  await expect(page.getByTestId('fact-count')).toHaveText('1 fact shown');
  await expect(rows).toHaveCount(1);
});

test('adding a fact checks its fields, then creates it; deleting asks first and can be undone', async ({
  page,
  app,
}) => {
  await openDataBrowser(page, app);
  await page.getByRole('button', { name: 'Add fact' }).click();
  const form = page.getByTestId('new-fact');
  await form.locator('input[name=entity]').fill('AMZN');
  await form.locator('input[name=metric]').fill('revenue');
  await form.locator('input[name=period]').fill('2025');
  await form.locator('input[name=value]').fill('abc');
  await form.locator('input[name=value]').press('Enter');
  await expect(form).toContainText('Period: "2025" is not a period (FY2025,');
  await expect(form).toContainText('Value: “abc” is not a number.');
  expect((await app.call('facts:list', { scenario: '' })).total).toBe(8);

  await form.locator('input[name=period]').fill('FY2025');
  await form.locator('input[name=value]').fill('716.9bn');
  await form.locator('input[name=unit]').fill('USD');
  await form.locator('input[name=value]').press('Enter');
  // The form stays open for the next fact: it says what was added, clears, and focuses the first field.
  await expect(form.getByTestId('new-fact-added')).toHaveText('Added AMZN.revenue.FY2025.');
  await expect(form.locator('input[name=entity]')).toBeFocused();
  for (const field of ['entity', 'metric', 'period', 'value', 'unit', 'source', 'note'])
    await expect(form.locator(`input[name=${field}]`)).toHaveValue('');
  await expect(cell(page, 'AMZN.revenue.FY2025', 'value')).toHaveText('$716.9 billion');
  // The next fact, typed as a person does (Tab between fields), with a daily period.
  await page.keyboard.type('MSFT');
  await page.keyboard.press('Tab');
  await page.keyboard.type('capex');
  await page.keyboard.press('Tab');
  await page.keyboard.type('D2022_01_14');
  await page.keyboard.press('Tab');
  await page.keyboard.type('24bn');
  await page.keyboard.press('Enter');
  await expect(form.getByTestId('new-fact-added')).toHaveText('Added MSFT.capex.D2022_01_14.');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  // The period column shows D2022_01_14 whole.
  const period = cell(page, 'MSFT.capex.D2022_01_14', 'period');
  await expect(period).toHaveText('D2022_01_14');
  const fits = await period.evaluate((el) => {
    const text = (el.querySelector('.cell-text') ?? el) as HTMLElement;
    return text.scrollWidth <= text.clientWidth;
  });
  expect(fits).toBe(true);
  expect((await getFact(app, { entity: 'AMZN', metric: 'revenue', period: 'FY2025' })).value).toBe(
    716_900_000_000,
  );

  await cell(page, 'AMZN.revenue.FY2025', 'metric').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('Delete AMZN.revenue.FY2025?');
  await expect(confirm.getByTestId('fact-usage')).toHaveText(
    'No figure in any memo reads this fact.',
  );
  await expect(confirm.getByRole('button', { name: 'Delete fact' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-fact-key="AMZN.revenue.FY2025"]')).toHaveCount(0);
  expect((await app.call('facts:list', { scenario: '' })).total).toBe(9);

  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(cell(page, 'AMZN.revenue.FY2025', 'value')).toHaveText('$716.9 billion');
  expect((await app.call('facts:list', { scenario: '' })).total).toBe(10);
});

test('10,000 facts open and scroll with only the visible rows in the page', async ({
  page,
  app,
}) => {
  const facts = Array.from({ length: 10_000 }, (_, i) => ({
    entity: `CO${String(i % 100).padStart(3, '0')}`,
    metric: `metric_${String(Math.floor(i / 100)).padStart(3, '0')}`,
    period: 'FY2025',
    value: i * 1000,
    unit: 'USD',
  }));
  await app.call('facts:upsertMany', { facts });
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('fact-count')).toHaveText('10,008 facts');
  expect(await page.locator('.fact-grid-body .fact-row').count()).toBeLessThan(120);

  await page.locator('.fact-grid-body .fact-row').first().locator('[data-field=entity]').click();
  await page.keyboard.press('Control+End');
  await expect(page.locator('[data-fact-key="OPENAI_ROUND.round_size.FY2026"]')).toBeVisible();
  expect(await page.locator('.fact-grid-body .fact-row').count()).toBeLessThan(120);
});

test('the delete confirmation says how many figures of which memos read the fact', async ({
  page,
  app,
}) => {
  await app.call('memos:create', {
    title: 'Capex note',
    memo: {
      meta: { title: 'Capex note', author: '', date: '2026-01-30', subtitle: '' },
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Capex: ' },
              { type: 'figure', attrs: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' } },
              { type: 'text', text: ', twice: ' },
              { type: 'figure', attrs: { expr: 'AMZN.capex.FY2025 * 2', format: 'usd_billion' } },
            ],
          },
        ],
      },
    },
  });
  await openDataBrowser(page, app);
  await cell(page, 'AMZN.capex.FY2025', 'metric').click();
  await page.keyboard.press('Delete');
  const usage = page.getByTestId('confirm-dialog').getByTestId('fact-usage');
  // The sample memo reads it through its calc lines; the new memo in two figures.
  await expect(usage).toContainText('figures in 2 memos read this fact');
  await expect(usage).toContainText('Capex note (2)');
  await page.keyboard.press('Escape');
  expect((await app.call('facts:list', { scenario: '' })).total).toBe(8);
});

test('an entity is named and edited in the data browser, and a new one gets a valid code', async ({
  page,
  app,
}) => {
  await openDataBrowser(page, app);
  const panel = page.getByTestId('entity-panel');
  await panel.getByRole('button', { name: /^AMZN/ }).hover();
  await panel.getByRole('button', { name: 'Edit AMZN' }).click();
  const dialog = page.getByTestId('entity-dialog');
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expect(dialog.getByLabel('Code')).toHaveAttribute('readonly', '');
  await dialog.getByLabel('Name').fill('Amazon.com, Inc.');
  await dialog.getByLabel('Kind').selectOption('company');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(panel.locator('[data-entity=AMZN] .entity-name')).toHaveText('Amazon.com, Inc.');
  const listed = (await app.call('entities:list')) as {
    entities: { code: string; name: string }[];
  };
  expect(listed.entities.find((e) => e.code === 'AMZN')?.name).toBe('Amazon.com, Inc.');

  // A new entity: its code follows the rule for entity codes, and may not take one in use.
  await panel.getByRole('button', { name: 'New entity' }).click();
  await expect(dialog.getByLabel('Code')).toBeFocused();
  await page.keyboard.type('9NVDA');
  await dialog.getByLabel('Name').fill('NVIDIA');
  await dialog.getByRole('button', { name: 'Add entity' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Code: “9NVDA” is not an identifier');
  await dialog.getByLabel('Code').fill('AMZN');
  await dialog.getByRole('button', { name: 'Add entity' }).click();
  await expect(dialog.getByRole('alert')).toContainText('there is already an entity “AMZN”');
  await dialog.getByLabel('Code').fill('NVDA');
  await dialog.getByRole('button', { name: 'Add entity' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.locator('[data-entity=NVDA] .entity-name')).toHaveText('NVIDIA');
  const after = (await app.call('entities:list')) as { entities: { code: string; name: string }[] };
  expect(after.entities.find((e) => e.code === 'AMZN')?.name).toBe('Amazon.com, Inc.');
  expect(after.entities.find((e) => e.code === 'NVDA')?.name).toBe('NVIDIA');
});
