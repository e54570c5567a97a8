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
  // A new chart opens its form; its YAML is a click away: replace the title there.
  await expect(block.getByTestId('chart-form')).toBeVisible();
  await block.getByRole('button', { name: 'YAML' }).click();
  await expect(block.getByTestId('chart-form')).toBeHidden();
  await expect(block.locator('.chart-block__code')).toBeVisible();
  await block.locator('.chart-block__code').click({ position: { x: 1, y: 4 } });
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('title: Capex');
  await expect(block.locator('svg text[data-role="title"]')).toHaveText('Capex');
  await block.getByRole('button', { name: 'YAML' }).click();
  await expect(block.locator('.chart-block__code')).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = (await editor.stored(id)).memo.doc;
  const stored = doc.content.find((b) => b.type === 'chartBlock');
  expect(stored?.type === 'chartBlock' && stored.content?.[0]?.text).toContain('title: Capex\n');
});

test('the toolbar inserts a chart whose form, typed into as a writer would, writes its YAML', async ({
  page,
  editor,
}) => {
  test.setTimeout(180_000);
  const id = await editor.createMemo('Form chart');
  await editor.open(page, id);
  await page.getByRole('button', { name: 'Chart (/chart)' }).click();
  const block = page.getByTestId('chart-block');
  const form = block.getByTestId('chart-form');
  await expect(form).toBeVisible();
  await expect(block.getByRole('button', { name: 'Form' })).toHaveAttribute('aria-pressed', 'true');

  // The title field has the focus: select its text and type over it.
  await expect(form.getByTestId('chart-form-title')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Capex against the round ');
  await expect(block.locator('svg text[data-role="title"]')).toHaveText('Capex against the round');

  // Categories: rename both, then add a third and take it away again.
  const first = form.getByRole('textbox', { name: 'Category 1', exact: true });
  await first.fill('');
  await first.pressSequentially('Capex 2025');
  await form.getByRole('textbox', { name: 'Category 2', exact: true }).fill('The round');
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(form.getByRole('textbox', { name: 'Category 3', exact: true })).toHaveValue(
    'Category 3',
  );
  await form.getByRole('button', { name: 'Remove category Category 3' }).click();
  await expect(block.locator('svg text[data-role="category"]')).toHaveText([
    'Capex 2025',
    'The round',
  ]);

  // A value picked with the figure autocomplete: type the start, ArrowDown and Enter take it.
  const capex = form.getByRole('combobox', { name: 'Capex 2025, Revenue' });
  await capex.fill('');
  await capex.pressSequentially('AMZN.cape');
  await expect(form.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(capex).toHaveValue(/^AMZN\.capex/);
  await capex.fill('AMZN.capex.FY2025');
  const round = form.getByRole('combobox', { name: 'The round, Revenue' });
  await round.fill('OPENAI_ROUND.round_sizee');
  // The error is shown in place: beside the field and in the drawing.
  await expect(round).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toContainText('round_sizee');
  await expect(block).toHaveAttribute('data-errors', '1');
  await page.keyboard.press('Backspace');
  await expect(round).not.toHaveAttribute('aria-invalid', 'true');
  await expect(block.locator('svg text[data-role="data"]')).toHaveText(['$125bn', '$100bn']);

  // A second series: named, and given the values of the same facts halved.
  await form.getByRole('button', { name: 'Add series' }).click();
  await form.getByRole('textbox', { name: 'Series 2 name' }).fill('Half');
  await form.getByRole('combobox', { name: 'Capex 2025, Half' }).fill('AMZN.capex.FY2025 / 2');
  await form.getByRole('combobox', { name: 'The round, Half' }).fill('OPENAI_ROUND.round_size / 2');
  await expect(block.locator('svg text[data-role="data"]')).toHaveText([
    '$125bn',
    '$100bn',
    '$62.5bn',
    '$50bn',
  ]);

  // The YAML view shows what the form wrote; the YAML is the one source.
  await block.getByRole('button', { name: 'YAML' }).click();
  await expect(form).toBeHidden();
  await expect(block.locator('.chart-block__code')).toHaveText(
    [
      'type: bar',
      'title: "Capex against the round "',
      'format: usd_bn',
      'categories: [Capex 2025, The round]',
      'series:',
      '  - name: Revenue',
      '    values: [AMZN.capex.FY2025, OPENAI_ROUND.round_size]',
      '  - name: Half',
      '    values: [AMZN.capex.FY2025 / 2, OPENAI_ROUND.round_size / 2]',
    ].join('\n'),
  );
  // A YAML edit shows in the form: the type becomes line.
  await block.locator('.chart-block__code').click({ position: { x: 1, y: 4 } });
  await page.keyboard.press('End');
  // Select the first line and type it anew (a count of Backspaces raced the caret's arrival).
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('type: line');
  await block.getByRole('button', { name: 'Form' }).click();
  await expect(form.getByRole('combobox', { name: 'Type' })).toHaveValue('line');
  await expect(block.locator('svg polyline')).toHaveCount(2);

  await page.screenshot({ path: test.info().outputPath('chart-form.png'), fullPage: true });
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = (await editor.stored(id)).memo.doc;
  const stored = doc.content.find((b) => b.type === 'chartBlock');
  expect(stored?.type === 'chartBlock' && stored.content?.[0]?.text).toContain(
    'type: line\ntitle: "Capex against the round "\n',
  );
});

test('the form is set aside while the YAML does not read, and a range chart has rows and a marker', async ({
  page,
  editor,
}) => {
  test.setTimeout(120_000);
  const id = await editor.createMemo(
    'Range form',
    memo(p('A range.'), chart(IPO_CHART), chart('type: bar\ncategories: [a, b\n')),
  );
  await editor.open(page, id);
  const block = page.getByTestId('chart-block').first();
  await block.getByRole('button', { name: 'Form' }).click();
  const form = block.getByTestId('chart-form');
  await expect(form.getByRole('textbox', { name: 'Row 1 label' })).toHaveValue(
    'Floated IPO valuation',
  );
  await expect(form.getByRole('combobox', { name: 'Floated IPO valuation, low' })).toHaveValue(
    '0.8 * OPENAI.ipo_valuation_floated',
  );
  await form.getByRole('textbox', { name: 'Marker label' }).fill('IPO');
  await expect(block.locator('svg text[data-role="marker"]')).toHaveText('IPO $830bn');
  await form.getByRole('button', { name: 'Add row' }).click();
  await form.getByRole('textbox', { name: 'Row 2 label' }).fill('Last round');
  await form.getByRole('combobox', { name: 'Last round, low' }).fill('OPENAI_ROUND.round_size');
  await form
    .getByRole('combobox', { name: 'Last round, high' })
    .fill('2 * OPENAI_ROUND.round_size');
  await expect(block.locator('svg text[data-role="rowLabel"]')).toHaveText([
    'Floated IPO valuation',
    'Last round',
  ]);

  // YAML that does not read: the form says where and edits nothing until it reads.
  const broken = page.getByTestId('chart-block').nth(1);
  await broken.getByRole('button', { name: 'Form' }).click();
  await expect(broken.getByTestId('chart-form')).toHaveCount(0);
  await expect(broken.getByRole('alert')).toContainText('The YAML does not read (line');
});
