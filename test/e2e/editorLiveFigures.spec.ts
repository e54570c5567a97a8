import type { Page } from '@playwright/test';
import { test, expect } from './support/editorTest';
import { calc, fig, memo, p } from './support/memoBuilders';

const CAPEX = { entity: 'AMZN', metric: 'capex', period: 'FY2025' };

test('a fact changed through the API changes the figures without a reload and without moving the caret', async ({
  page,
  app,
  editor,
}) => {
  const id = await editor.createMemo(
    'Live',
    memo(
      calc('capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
      p(
        'The deal is ',
        fig('capex_share', '0%'),
        ' of ',
        fig('AMZN.capex.FY2025', 'usd_billion'),
        ' capex.',
      ),
      p('Unrelated: ', fig('AMZN.ev_ebitda', 'x1'), ' EBITDA.'),
    ),
  );
  await editor.open(page, id);
  const figures = page.getByTestId('figure');
  await expect(figures).toHaveText(['40%', '$125 billion', '19.3x']);

  // Caret in the middle of the word "Unrelated", and a marker that a reload would wipe.
  await page.getByText('Unrelated').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const caretBefore = await caret(page);
  const untouched = await figures.nth(2).elementHandle();

  await app.call('facts:update', { ref: CAPEX, set: { value: 100e9 } });
  await expect(figures).toHaveText(['50%', '$100 billion', '19.3x']);
  await expect(page.getByTestId('calc-line-result')).toHaveText('0.5');

  expect(await caret(page)).toEqual(caretBefore);
  expect(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
  ).toBe(true);
  // The figure whose value did not change kept its DOM node.
  expect(await untouched!.evaluate((el) => el.isConnected)).toBe(true);
  await page.keyboard.type('X');
  await expect(page.locator('.memo-doc p').last()).toHaveText('UnrXelated: 19.3x EBITDA.');
});

test('a fact removed turns its figures into errors, and an added one brings them back', async ({
  page,
  app,
  editor,
}) => {
  const id = await editor.createMemo(
    'Live removal',
    memo(p('Capex ', fig('AMZN.capex.FY2025', 'usd_bn'), '.')),
  );
  await editor.open(page, id);
  const figure = page.getByTestId('figure');
  await expect(figure).toHaveText('$125bn');
  await app.call('facts:delete', { refs: [CAPEX] });
  await expect(figure).toHaveText('#ERR');
  await expect(figure).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('error-count')).toHaveText('1');
  await app.call('facts:create', { ...CAPEX, value: 130e9, unit: 'USD', source: 'test' });
  await expect(figure).toHaveText('$130bn');
  await expect(page.getByTestId('error-count')).toHaveText('0');
});

function caret(page: Page) {
  return page.evaluate(() => {
    const s = window.getSelection();
    return {
      text: s?.anchorNode?.textContent ?? null,
      offset: s?.anchorOffset ?? -1,
      focus: document.activeElement?.className,
    };
  });
}

test('typing prose recomputes and repaints no figure and no calc line', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Quiet',
    memo(
      calc('capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025'),
      p(
        'Share ',
        fig('capex_share', '0%'),
        ' and capex ',
        fig('AMZN.capex.FY2025', 'usd_bn'),
        ' here.',
      ),
    ),
  );
  await editor.open(page, id);
  await expect(page.getByTestId('figure')).toHaveText(['40%', '$125bn']);
  await page.evaluate(() => {
    const w = window as unknown as { __mutations: number };
    w.__mutations = 0;
    const observer = new MutationObserver((records) => (w.__mutations += records.length));
    for (const el of document.querySelectorAll('[data-testid="figure"], .calc-block__results')) {
      observer.observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }
  });
  await page.getByText('and capex').click();
  await page.keyboard.type(' typing right between the figures');
  await expect(page.locator('.memo-doc p').first()).toContainText(
    'typing right between the figures',
  );
  expect(
    await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations),
  ).toBe(0);
});
