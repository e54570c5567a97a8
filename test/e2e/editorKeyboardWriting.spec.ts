import { test, expect } from './support/editorTest';
import type { DocNode } from '../../shared/memo/memoTypes';

test('a short memo with a calc block and two figures is written from an empty memo with the keyboard only', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Keyboard memo');
  await editor.open(page, id);
  const kb = page.keyboard;

  await kb.type('# Capital at unprecedented scale');
  await kb.press('Enter');

  await kb.type('```calc ');
  await kb.type('capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025');
  await expect(page.getByTestId('calc-line-result')).toHaveText('0.4');
  await kb.press('Control+Enter');

  await kb.type('The deal alone would be {{');
  const popover = page.getByTestId('figure-popover');
  await expect(popover).toBeVisible();
  await kb.type('capex_share');
  await kb.press('Tab');
  await expect(page.getByTestId('figure-format')).toBeFocused();
  await kb.type('0%');
  await expect(page.getByTestId('figure-preview')).toHaveText('40%');
  await kb.press('Enter');
  await expect(popover).toBeHidden();

  await kb.type(" of Amazon's {{");
  await kb.type('AMZN.capex.FY2025');
  await kb.press('Tab');
  await kb.type('usd_billion');
  await kb.press('Enter');
  await kb.type(' capex.');

  const figures = page.getByTestId('figure');
  await expect(figures).toHaveText(['40%', '$125 billion']);
  await expect(page.locator('.memo-doc p').last()).toHaveText(
    "The deal alone would be 40% of Amazon's $125 billion capex.",
  );
  await expect(page.getByTestId('save-state')).toHaveText('saved', { timeout: 5000 });

  const { memo } = await editor.stored(id);
  expect(memo.doc).toEqual({
    type: 'doc',
    content: [
      {
        type: 'heading',
        attrs: { level: 1 },
        content: [{ type: 'text', text: 'Capital at unprecedented scale' }],
      },
      {
        type: 'calcBlock',
        content: [
          {
            type: 'text',
            text: 'capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The deal alone would be ' },
          { type: 'figure', attrs: { expr: 'capex_share', format: '0%' } },
          { type: 'text', text: " of Amazon's " },
          { type: 'figure', attrs: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' } },
          { type: 'text', text: ' capex.' },
        ],
      },
    ],
  } satisfies DocNode);
});
