import type { Page } from '@playwright/test';
import { test, expect, type EditorHarness } from './support/editorTest';
import { fig, memo, p } from './support/memoBuilders';

// $125 billion is AMZN.capex.FY2025; 19.3x is AMZN.ev_ebitda.
const FIG = fig('AMZN.capex.FY2025', 'usd_billion');
const FIG2 = fig('AMZN.ev_ebitda', 'x1');

async function openWith(page: Page, editor: EditorHarness, ...blocks: Parameters<typeof memo>) {
  const id = await editor.createMemo('Caret', memo(...blocks));
  await editor.open(page, id);
  return page.locator('.memo-doc p').first();
}

/**
 * Lets the editor read a caret move the browser made (the browser reports it in a later task;
 * a real hand is slower than Playwright's key presses).
 */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

/** Puts the caret after the first `n` characters of the first paragraph's leading text. */
async function caretAfterText(page: Page, n: number) {
  await page
    .locator('.memo-doc p')
    .first()
    .click({ position: { x: 1, y: 5 } });
  await page.keyboard.press('Home');
  await settle(page);
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('ArrowRight');
    await settle(page);
  }
}

test.describe('caret around figures', () => {
  test('ArrowRight selects a figure, the next press steps past it, and typing lands right after it', async ({
    page,
    editor,
  }) => {
    const para = await openWith(page, editor, p('ab', FIG, 'cd'));
    await caretAfterText(page, 2);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('figure')).toHaveClass(/figure--selected/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('X');
    await expect(para).toHaveText('ab$125 billionXcd');
  });

  test('ArrowLeft selects a figure, the next press steps before it, and typing lands right before it', async ({
    page,
    editor,
  }) => {
    const para = await openWith(page, editor, p('ab', FIG, 'cd'));
    await caretAfterText(page, 4); // a, b, the figure (selected), past it
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('figure')).toHaveClass(/figure--selected/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('Y');
    await expect(para).toHaveText('abY$125 billioncd');
  });

  test('Backspace right after a figure deletes it as one unit, and undo brings it back', async ({
    page,
    editor,
  }) => {
    const para = await openWith(page, editor, p('ab', FIG, 'cd'));
    await caretAfterText(page, 3);
    await page.keyboard.press('Backspace');
    await expect(para).toHaveText('abcd');
    await page.keyboard.press('Backspace');
    await expect(para).toHaveText('acd');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(para).toHaveText('ab$125 billioncd');
    await expect(page.getByTestId('figure')).toHaveCount(1);
  });

  test('Delete right before a figure deletes it as one unit', async ({ page, editor }) => {
    const para = await openWith(page, editor, p('ab', FIG, 'cd'));
    await caretAfterText(page, 2);
    await page.keyboard.press('Delete');
    await expect(para).toHaveText('abcd');
  });

  test('a figure at the end of a paragraph: End then typing writes after it, not inside it', async ({
    page,
    editor,
  }) => {
    const para = await openWith(page, editor, p('Capex is ', FIG));
    await caretAfterText(page, 0);
    await page.keyboard.press('End');
    await settle(page);
    await page.keyboard.type(' today.');
    await expect(para).toHaveText('Capex is $125 billion today.');
    await expect(page.getByTestId('figure')).toHaveText('$125 billion');
  });

  test('a figure at the start of a paragraph: Home then typing writes before it', async ({
    page,
    editor,
  }) => {
    const para = await openWith(page, editor, p(FIG, ' of capex'));
    await page
      .locator('.memo-doc p')
      .first()
      .click({ position: { x: 200, y: 5 } });
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await settle(page);
    await page.keyboard.type('About ');
    await expect(para).toHaveText('About $125 billion of capex');
    await page.keyboard.press('End');
    await settle(page);
    // The text, the figure (selected, then stepped before), the space.
    for (let i = 0; i < ' of capex'.length + 3; i++) {
      await page.keyboard.press('ArrowLeft');
      await settle(page);
    }
    await page.keyboard.type('Z');
    await expect(para).toHaveText('AboutZ $125 billion of capex');
  });

  test('two figures side by side are stepped over one at a time', async ({ page, editor }) => {
    const para = await openWith(page, editor, p('a', FIG, FIG2, 'b'));
    await caretAfterText(page, 1);
    await page.keyboard.press('ArrowRight'); // selects the first figure
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('|');
    await expect(para).toHaveText('a$125 billion|19.3xb');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('|');
    await expect(para).toHaveText('a$125 billion|19.3x|b');
  });

  test('Shift+Arrow extends a selection across a figure, and typing replaces it', async ({
    page,
    editor,
  }) => {
    const para = await openWith(page, editor, p('ab', FIG, 'cd'));
    await caretAfterText(page, 1);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+ArrowRight');
      await settle(page);
    }
    await page.keyboard.type('Q');
    await expect(para).toHaveText('aQd');
  });

  test('a click on a figure selects it and opens its popover; Enter on a selected figure opens it too', async ({
    page,
    editor,
  }) => {
    await openWith(page, editor, p('ab', FIG, 'cd'));
    await page.getByTestId('figure').click();
    await expect(page.getByTestId('figure-popover')).toBeVisible();
    await expect(page.getByTestId('figure-expr')).toHaveValue('AMZN.capex.FY2025');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('figure-popover')).toBeHidden();
    // Escape leaves the caret after the figure; Shift+ArrowLeft selects it with the keyboard.
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('figure-popover')).toBeVisible();
  });
});
