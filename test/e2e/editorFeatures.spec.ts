import { test, expect } from './support/editorTest';
import { calc, fig, memo, p } from './support/memoBuilders';
import { pasteHtml } from './support/pasteHtml';
import type { BlockNode } from '../../shared/memo/memoTypes';

test('the / menu inserts a table; the toolbar adds and removes its rows and columns', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Tables');
  await editor.open(page, id);
  await page.keyboard.type('/tab');
  await expect(page.getByTestId('slash-menu')).toBeVisible();
  await expect(page.getByTestId('slash-menu').getByRole('option').first()).toHaveText(/Table/);
  await page.keyboard.press('Enter');
  const table = page.locator('.memo-doc table');
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
  await page.keyboard.type('Multiple');
  await page.getByRole('button', { name: 'Add row below' }).click();
  await expect(table.locator('tr')).toHaveCount(4);
  await page.getByRole('button', { name: 'Add column right' }).click();
  await expect(table.locator('tr').first().locator('th')).toHaveCount(4);
  await page.getByRole('button', { name: 'Remove column' }).click();
  await page.getByRole('button', { name: 'Remove row' }).click();
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(3);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = (await editor.stored(id)).memo.doc;
  const stored = doc.content.find(
    (b): b is Extract<BlockNode, { type: 'table' }> => b.type === 'table',
  );
  expect(stored?.content).toHaveLength(3);
});

test('Mod-K links the selection to an http, https or mailto address, and refuses others', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Links', memo(p('Read the filing here.')));
  await editor.open(page, id);
  await page.getByText('Read the filing here.').dblclick({ position: { x: 10, y: 8 } });
  // The word is selected before Mod-K (on a loaded machine the double-click lands late).
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Read');
  await page.keyboard.press('Control+k');
  const input = page.getByTestId('link-input');
  await expect(input).toBeFocused();
  await input.fill('javascript:alert(1)');
  await input.press('Enter');
  await expect(page.getByTestId('link-popover').getByRole('alert')).toBeVisible();
  await input.fill('sec.gov/edgar');
  await input.press('Enter');
  await expect(page.getByTestId('link-popover')).toBeHidden();
  await expect(page.locator('.memo-doc a')).toHaveAttribute('href', 'https://sec.gov/edgar');
  await expect(page.locator('.memo-doc a')).toHaveText('Read');
});

test('renaming a calc variable offers to update the figures that use it', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Rename',
    memo(
      calc('share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025', 'double = share * 2'),
      p('Share ', fig('share', '0%'), ' and again ', fig('share + 0', '0%'), '.'),
    ),
  );
  await editor.open(page, id);
  const figures = page.getByTestId('figure');
  await expect(figures).toHaveText(['40%', '40%']);
  const code = page.locator('.calc-block__code');
  await code.click({ position: { x: 5, y: 8 } });
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.type('_of_capex');
  await expect(figures).toHaveText(['#ERR', '#ERR']);
  const prompt = page.getByTestId('rename-prompt');
  await expect(prompt).toContainText('share');
  await expect(prompt).toContainText('share_of_capex');
  await expect(prompt).toContainText('2 figures and 1 calc line');
  await prompt.getByRole('button', { name: /Update/ }).click();
  await expect(prompt).toBeHidden();
  await expect(figures).toHaveText(['40%', '40%']);
  await expect(code).toContainText('double = share_of_capex * 2');
  await expect(page.getByTestId('calc-line-result')).toHaveText(['0.4', '0.8']);
  // One undo step takes the update back.
  await page.keyboard.press('Control+z');
  await expect(figures).toHaveText(['#ERR', '#ERR']);
});

test('headings, lists, quotes, marks, footnotes and page breaks from the keyboard; undo and redo', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Blocks');
  await editor.open(page, id);
  const kb = page.keyboard;
  await kb.type('## Thesis');
  await kb.press('Enter');
  await kb.type('- first');
  await kb.press('Enter');
  await kb.type('second');
  await kb.press('Enter');
  await kb.press('Enter');
  await kb.type('1. numbered');
  await kb.press('Enter');
  await kb.press('Enter');
  await kb.type('> quoted');
  await kb.press('Enter');
  await kb.press('Enter');
  await kb.press('Control+b');
  await kb.type('bold');
  await kb.press('Control+b');
  await kb.press('Control+i');
  await kb.type(' italic');
  await kb.press('Control+i');
  await kb.press('Control+u');
  await kb.type(' under');
  await kb.press('Control+u');
  await kb.press('Control+Alt+f');
  await expect(page.getByTestId('footnote-popover')).toBeVisible();
  await kb.type('Company filings.');
  await kb.press('Enter');
  await kb.press('Control+Enter');
  await kb.type('After the break');

  const doc = page.locator('.memo-doc');
  await expect(doc.locator('h2')).toHaveText('Thesis');
  await expect(doc.locator('ul > li')).toHaveText(['first', 'second']);
  await expect(doc.locator('ol > li')).toHaveText(['numbered']);
  await expect(doc.locator('blockquote')).toHaveText('quoted');
  await expect(doc.locator('strong')).toHaveText('bold');
  await expect(doc.locator('em')).toHaveText(' italic');
  await expect(doc.locator('u')).toHaveText(' under');
  await expect(page.getByTestId('footnote')).toHaveAttribute('title', 'Company filings.');
  await expect(page.getByTestId('page-break')).toHaveCount(1);

  await kb.press('Control+z');
  await expect(doc).not.toContainText('After the break');
  await kb.press('Control+Shift+z');
  await expect(doc).toContainText('After the break');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const stored = JSON.stringify((await editor.stored(id)).memo.doc);
  expect(stored).toContain('"type":"footnote","attrs":{"text":"Company filings."}');
  expect(stored).toContain('"type":"pageBreak"');
});

test('copy and paste inside the editor keeps figures; the plain-text flavour is the displayed text', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Copy',
    memo(p('Capex was ', fig('AMZN.capex.FY2025', 'usd_billion'), ' in 2025.')),
  );
  await editor.open(page, id);
  await page.locator('.memo-doc p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.waitForFunction(() => window.getSelection()?.isCollapsed === false);
  await page.waitForTimeout(50);
  // What a copy puts on the clipboard: HTML for the app, the displayed text for everyone else.
  const copied = await page.evaluate(() => {
    const data = new DataTransfer();
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    return { html: data.getData('text/html'), text: data.getData('text/plain') };
  });
  expect(copied.text).toBe('Capex was $125 billion in 2025.');
  expect(copied.html).toContain('data-expr="AMZN.capex.FY2025"');
  await page.keyboard.press('End');
  // Let the editor read the collapsed selection before Enter (the browser reports it a task later).
  await page.waitForFunction(() => window.getSelection()?.isCollapsed);
  await page.waitForTimeout(50);
  await page.keyboard.press('Enter');
  await pasteHtml(page, copied.html, copied.text);
  await expect(page.getByTestId('figure')).toHaveCount(2);
  await expect(page.locator('.memo-doc p').nth(1)).toHaveText('Capex was $125 billion in 2025.');
  await expect(page.getByTestId('figure').nth(1)).toHaveAttribute('data-expr', 'AMZN.capex.FY2025');
});
