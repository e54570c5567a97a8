import { test, expect } from './support/editorTest';
import { calc, fig, memo, p } from './support/memoBuilders';

test('an error figure is marked and says what is wrong; a blocked one says by what', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Errors',
    memo(
      calc('bad = AMZN.capex.FY2025 / 0', 'good = 2'),
      p(
        'Unknown: ',
        fig('AMZNX.capex', 'usd_bn'),
        '. Blocked: ',
        fig('bad * 2'),
        '. Fine: ',
        fig('good'),
      ),
    ),
  );
  await editor.open(page, id);
  const figures = page.getByTestId('figure');
  await expect(figures).toHaveText(['#ERR', '#ERR', '2']);
  await expect(figures.nth(0)).toHaveAttribute('data-state', 'error');
  await expect(figures.nth(1)).toHaveAttribute('data-state', 'blocked');
  await expect(figures.nth(2)).toHaveAttribute('data-state', 'ok');
  await expect(figures.nth(0)).toHaveAttribute('aria-label', /AMZNX/);
  await expect(page.getByTestId('calc-line-result').first()).toContainText(/zero/i);
  // Two figures and one calc line are in error.
  await expect(page.getByTestId('error-count')).toHaveText('3');

  await figures.nth(0).hover();
  const card = page.getByTestId('provenance');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('provenance-error')).toContainText('AMZNX');

  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  await figures.nth(1).hover();
  await expect(page.getByTestId('provenance-error')).toHaveText(
    /^Blocked by an error in bad: Division by zero/,
  );
});

test('hovering a figure shows its provenance: expression, each input with value, source and as-of', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Provenance',
    memo(
      calc('capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
      p('The deal is ', fig('capex_share', '0%'), ' of capex.'),
    ),
  );
  await editor.open(page, id);
  await page.getByTestId('figure').hover();
  const card = page.getByTestId('provenance');
  await expect(card).toBeVisible();
  await expect(card.locator('.provenance__value')).toHaveText('40%');
  await expect(card.locator('.provenance__expr')).toHaveText('capex_share');
  const inputs = card.getByTestId('provenance-input');
  await expect(inputs.first()).toContainText(
    'capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
  );
  await expect(card).toContainText('OPENAI_ROUND.amazon_commitment');
  await expect(card).toContainText('$50 billion');
  await expect(card).toContainText('AMZN.capex.FY2025');
  await expect(card).toContainText('$125 billion');
  await expect(card).toContainText('amazon-openai-article.txt');
  await expect(card).toContainText('as of 2026-01-30');
  // The card stays open while the pointer moves into it.
  await card.hover();
  await page.waitForTimeout(400);
  await expect(card).toBeVisible();
});
