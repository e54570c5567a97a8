import { test, expect } from './support/editorTest';
import { memo, p } from './support/memoBuilders';
import type { BlockNode } from '../../shared/memo/memoTypes';

const chart = (text: string): BlockNode => ({
  type: 'chartBlock',
  content: [{ type: 'text', text }],
});

const CAPEX_CHART = `type: bar
title: Amazon capex against the round
format: usd_bn
categories: [Capex 2025, The round]
series:
  - name: Amount
    values: [AMZN.capex.FY2025, OPENAI_ROUND.round_size]`;
const IPO_CHART = `type: range
title: OpenAI valuation range
format: usd_bn
rows:
  - label: Floated IPO valuation
    low: 0.8 * OPENAI.ipo_valuation_floated
    high: 1.2 * OPENAI.ipo_valuation_floated
marker:
  label: Floated
  value: OPENAI.ipo_valuation_floated`;
const BROKEN_CHART = `type: bar
title: A broken chart
categories: [a]
series:
  - values: [AMZN.capexx.FY2025]`;

test('charts draw from the deal database, redraw only when a value they read changes, and show errors in place', async ({
  page,
  app,
  editor,
}) => {
  const id = await editor.createMemo(
    'Charts',
    memo(p('Two charts.'), chart(CAPEX_CHART), chart(IPO_CHART), chart(BROKEN_CHART)),
  );
  await editor.open(page, id);
  const charts = page.getByTestId('chart-block');
  await expect(charts).toHaveCount(3);
  const capex = charts.nth(0);
  const ipo = charts.nth(1);
  await expect(capex.locator('svg text[data-role="data"]')).toHaveText(['$125bn', '$100bn']);
  await expect(capex.locator('svg text[data-role="category"]')).toHaveText([
    'Capex 2025',
    'The round',
  ]);
  await expect(ipo.locator('svg text[data-role="marker"]')).toHaveText('Floated $830bn');
  await expect(charts.nth(2).locator('svg text[data-role="title"]')).toHaveText(
    'Chart error: A broken chart',
  );
  await expect(charts.nth(2).locator('svg')).toContainText('Unknown metric "capexx"');
  await expect(charts.nth(2)).toHaveAttribute('data-errors', '1');
  const ipoDraws = await ipo.getAttribute('data-draws');
  const capexDraws = Number(await capex.getAttribute('data-draws'));

  await app.call('facts:update', {
    ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
    set: { value: 140e9 },
  });
  await expect(capex.locator('svg text[data-role="data"]').first()).toHaveText('$140bn');
  expect(Number(await capex.getAttribute('data-draws'))).toBeGreaterThan(capexDraws);
  // The chart that does not read the fact was not drawn again.
  expect(await ipo.getAttribute('data-draws')).toBe(ipoDraws);

  await page.screenshot({ path: test.info().outputPath('charts.png'), fullPage: true });
});

test('the / menu inserts a chart whose YAML is edited in place and saved as a chart block', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('New chart');
  await editor.open(page, id);
  await page.keyboard.type('/chart');
  await expect(page.getByTestId('slash-menu').getByRole('option').first()).toHaveText(/Chart/);
  await page.keyboard.press('Enter');
  const block = page.getByTestId('chart-block');
  await expect(block).toHaveCount(1);
  await expect(block.locator('svg text[data-role="title"]')).toHaveText('New chart');
  // A new chart opens its YAML with the caret at its start: replace the title.
  await expect(block.locator('.chart-block__code')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < 'New chart'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Capex');
  await expect(block.locator('svg text[data-role="title"]')).toHaveText('Capex');
  await block.getByRole('button', { name: 'Hide YAML' }).click();
  await expect(block.locator('.chart-block__code')).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = (await editor.stored(id)).memo.doc;
  const stored = doc.content.find((b) => b.type === 'chartBlock');
  expect(stored?.type === 'chartBlock' && stored.content?.[0]?.text).toContain('title: Capex\n');
});
