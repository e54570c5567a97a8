import type { InlineNode } from '../../shared/memo/memoTypes';
// The sample workspace has bull and bear cases of its own; these tests make upside and downside.
import { test, expect } from './support/editorTest';
import { calc, fig, memo, p } from './support/memoBuilders';

const CAPEX = { entity: 'AMZN', metric: 'capex', period: 'FY2025' };

function figIn(scenario: string, expr: string, format = ''): InlineNode {
  return { type: 'figure', attrs: { expr, format, scenario } };
}

test.beforeEach(async ({ app }) => {
  await app.call('facts:create', { ...CAPEX, scenario: 'upside', value: 200e9, unit: 'USD' });
  await app.call('facts:create', { ...CAPEX, scenario: 'downside', value: 80e9, unit: 'USD' });
});

test('the memo switches case live; figures that name a scenario keep theirs and are marked', async ({
  page,
  app,
  editor,
}) => {
  const id = await editor.createMemo(
    'Cases',
    memo(
      calc('share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
      p(
        'Shown ',
        fig('share', '0%'),
        ', upside ',
        figIn('upside', 'share', '0%'),
        ', downside ',
        figIn('downside', 'share', '0.0%'),
        '.',
      ),
    ),
  );
  await editor.open(page, id);
  const figures = page.getByTestId('figure');
  await expect(figures).toHaveText(['40%', '25%', '62.5%']);
  await expect(figures.nth(0)).not.toHaveClass(/figure--other-scenario/);
  await expect(figures.nth(1)).toHaveClass(/figure--other-scenario/);
  await expect(figures.nth(1)).toHaveAttribute('title', 'Computed in scenario upside');

  const switcher = page.getByTestId('scenario-switcher');
  await expect(switcher.locator('option')).toHaveText([
    'Base case',
    'bear',
    'bull',
    'downside',
    'upside',
  ]);
  await switcher.selectOption('upside');
  await expect(figures).toHaveText(['25%', '25%', '62.5%']);
  await expect(figures.nth(1)).not.toHaveClass(/figure--other-scenario/);
  await expect(figures.nth(2)).toHaveClass(/figure--other-scenario/);
  await expect(page.getByTestId('calc-line-result')).toHaveText('0.25');
  await page.screenshot({ path: 'test-results/scenarios-switcher.png' });

  // An override written elsewhere reaches the shown case and the upside figure, live.
  await app.call('facts:update', { ref: { ...CAPEX, scenario: 'upside' }, set: { value: 250e9 } });
  await expect(figures).toHaveText(['20%', '20%', '62.5%']);
  // A base change reaches only the cases that do not override it.
  await app.call('facts:update', {
    ref: { entity: 'OPENAI_ROUND', metric: 'amazon_commitment', period: 'FY2026' },
    set: { value: 100e9 },
  });
  await expect(figures).toHaveText(['40%', '40%', '125.0%']);

  // The hover card names the scenario and marks the override.
  await figures.nth(0).hover();
  await expect(page.getByTestId('provenance-scenario')).toHaveText('scenario upside');
  await expect(page.getByTestId('provenance-override')).toHaveCount(1);

  await switcher.selectOption('');
  await expect(figures).toHaveText(['80%', '40%', '125.0%']);
});

test('the figure popover picks a scenario next to the format, and the memo keeps it', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Pick',
    memo(
      calc('share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
      p('Share ', fig('share', '0%'), '.'),
    ),
  );
  await editor.open(page, id);
  const figure = page.getByTestId('figure');
  await expect(figure).toHaveText('40%');
  await figure.click();
  const popover = page.getByTestId('figure-popover');
  const picker = popover.getByTestId('figure-scenario');
  await expect(picker).toHaveValue('');
  await picker.selectOption('downside');
  await expect(popover.getByTestId('figure-preview')).toHaveText('63%');
  await page.screenshot({ path: 'test-results/scenarios-popover.png' });
  await popover.getByTestId('figure-apply').click();
  await expect(figure).toHaveText('63%');
  await expect(figure).toHaveClass(/figure--other-scenario/);
  await expect
    .poll(async () => JSON.stringify((await editor.stored(id)).memo.doc))
    .toContain('"scenario":"downside"');

  // Typing `@upside` after the expression names the scenario too.
  await figure.click();
  const expr = popover.getByTestId('figure-expr');
  await expr.fill('share @upside');
  await expect(popover.getByTestId('figure-scenario')).toHaveValue('upside');
  await popover.getByTestId('figure-apply').click();
  await expect(figure).toHaveText('25%');
  await expect
    .poll(async () => JSON.stringify((await editor.stored(id)).memo.doc))
    .toContain('{"expr":"share","format":"0%","scenario":"upside"}');
});
