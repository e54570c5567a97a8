import { test, expect } from './support/editorTest';
import { calc, fig, memo, p } from './support/memoBuilders';

test('a format that is not a format is an error in the figure, its popover and the count', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Formats',
    memo(
      p('Premium ', fig('OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size', 'pct9'), '.'),
    ),
  );
  await editor.open(page, id);
  const figure = page.getByTestId('figure');
  await expect(figure).toHaveText('#FORMAT');
  await expect(figure).toHaveAttribute('data-state', 'error');
  await expect(figure).toHaveAttribute('aria-label', /Unknown format "pct9"\. Did you mean pct1\?/);
  await expect(page.getByTestId('error-count')).toHaveText('1');
  await figure.click();
  await expect(page.getByTestId('figure-preview-error')).toContainText('Did you mean pct1?');
  const format = page.getByTestId('figure-format');
  await format.fill('0.0"x"');
  await expect(page.getByTestId('figure-preview')).toHaveText('0.5x');
  await format.fill('pct1');
  await page.keyboard.press('Enter');
  await expect(figure).toHaveText('50.0%');
  await expect(page.getByTestId('error-count')).toHaveText('0');
});

test('calc lines show their values in their formats; a block can be kept out of the PDF', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Calc lines',
    memo(
      calc(
        'share = OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size | 0% | Share of the round',
        'raw = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
        'bad = 0.5 | x3',
      ),
    ),
  );
  await editor.open(page, id);
  const results = page.getByTestId('calc-line-result');
  await expect(results.nth(0)).toHaveText('50%');
  await expect(results.nth(1)).toHaveText('0.4');
  await expect(results.nth(2)).toContainText('Did you mean x2?');
  await expect(page.getByTestId('error-count')).toHaveText('1');

  const toggle = page.getByTestId('calc-block-hidden-toggle');
  await expect(toggle).toHaveText('In PDF');
  await toggle.click();
  await expect(toggle).toHaveText('Not in PDF');
  await expect(page.getByTestId('calc-block')).toHaveAttribute('data-hidden', 'true');
  await expect(page.getByTestId('save-state')).toHaveText('saved', { timeout: 5000 });
  const { memo: stored } = await editor.stored(id);
  expect(stored.doc.content[0]).toMatchObject({ type: 'calcBlock', attrs: { hidden: true } });
  await page.screenshot({ path: 'test-results/editor-truth-calc-lines.png' });
});

test('words against numbers: a warning underline apart from errors, the reason on hover, counted apart', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Words',
    memo(
      calc('capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
      p('The deal would represent nearly ', fig('capex_share', '0%'), ' of capex.'),
      p('Broken: ', fig('NOPE.x', '')),
    ),
  );
  await editor.open(page, id);
  const figures = page.getByTestId('figure');
  await expect(figures.nth(0)).toHaveText('40%');
  await expect(figures.nth(0)).toHaveAttribute('data-warning', /"nearly 40%" claims less than 40%/);
  await expect(figures.nth(0)).toHaveAttribute('data-state', 'ok');
  await expect(figures.nth(1)).not.toHaveAttribute('data-warning', /./);
  await expect(page.getByTestId('error-count')).toHaveText('1');
  await expect(page.getByTestId('warning-count')).toHaveText('1');
  const underline = await figures.nth(0).evaluate((el) => getComputedStyle(el).textDecorationStyle);
  expect(underline).toBe('dashed');
  const errorUnderline = await figures
    .nth(1)
    .evaluate((el) => getComputedStyle(el).textDecorationStyle);
  expect(errorUnderline).toBe('wavy');

  await figures.nth(0).hover();
  await expect(page.getByTestId('provenance-warning')).toContainText(
    'unrounded value is exactly 0.4',
  );
  await page.screenshot({ path: 'test-results/editor-truth-warning.png' });
  await page.mouse.move(0, 0);

  // Correct the words: the warning goes.
  await page.getByText('The deal would represent nearly').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'The deal would represent '.length; i++)
    await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'nearly '.length; i++) await page.keyboard.press('Delete');
  await expect(page.getByTestId('warning-count')).toHaveText('0');
  await expect(figures.nth(0)).not.toHaveAttribute('data-warning', /./);
});

test('a figure being typed is not an error until its popover closes', async ({ page, editor }) => {
  const id = await editor.createMemo('Typing', memo(p('Start.')));
  await editor.open(page, id);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Capex {{');
  await expect(page.getByTestId('figure-popover')).toBeVisible();
  await expect(page.getByTestId('error-count')).toHaveText('0');
  await page.keyboard.type('AMZN.cap');
  await expect(page.getByTestId('error-count')).toHaveText('0');
  // The first Escape closes the suggestions, the second the popover (the empty figure goes).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('figure-popover')).toBeHidden();
  await expect(page.getByTestId('error-count')).toHaveText('0');
});
