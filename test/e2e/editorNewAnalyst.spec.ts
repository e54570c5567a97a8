import { test, expect } from './support/editorTest';
import { calc, fig, memo, p } from './support/memoBuilders';
import type { BlockNode, DocNode } from '../../shared/memo/memoTypes';
import { memoToMarkdown } from '../../shared/memo/memoToMarkdown';
import { markdownToMemo } from '../../shared/memo/markdownToMemo';

const bold = [{ type: 'bold' as const }];

const firstParagraph = (doc: DocNode): BlockNode | undefined => doc.content[0];

test('bold carries through a figure inserted with {{ and with Ctrl+Shift+F: the figure and what follows stay bold', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Bold figures');
  await editor.open(page, id);
  const kb = page.keyboard;
  await kb.press('Control+b');
  await kb.type('Capex is {{');
  await kb.type('AMZN.capex.FY2025');
  await kb.press('Tab');
  await kb.type('usd_billion');
  await kb.press('Enter');
  await expect(page.getByTestId('figure-popover')).toBeHidden();
  await kb.type(' and ');
  await kb.press('Control+Shift+f');
  await kb.type('2');
  await kb.press('Enter');
  await kb.type(' more');
  // On screen: every figure sits inside the bold run.
  await expect(page.locator('.memo-doc p strong [data-testid="figure"]')).toHaveCount(2);

  await expect
    .poll(async () => firstParagraph((await editor.stored(id)).memo.doc))
    .toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Capex is ', marks: bold },
        {
          type: 'figure',
          attrs: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' },
          marks: bold,
        },
        { type: 'text', text: ' and ', marks: bold },
        { type: 'figure', attrs: { expr: '2', format: '' }, marks: bold },
        { type: 'text', text: ' more', marks: bold },
      ],
    });
  const { memo: stored } = await editor.stored(id);
  // The Markdown round trip keeps the figures inside the bold run.
  const md = memoToMarkdown(stored);
  expect(md).toContain('**Capex is {{ AMZN.capex.FY2025 | usd_billion }} and {{ 2 }} more**');
  const back = markdownToMemo(md);
  if (!back.ok) throw new Error(back.problems.map((p) => p.what).join('; '));
  expect(back.memo.doc).toEqual(stored.doc);
});

test('a figure cancelled with Escape leaves the bold on for what is typed next', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Cancelled figure');
  await editor.open(page, id);
  await page.keyboard.press('Control+b');
  await page.keyboard.type('{{');
  await page.keyboard.press('Escape');
  await page.keyboard.type('Bold');
  await expect
    .poll(async () => firstParagraph((await editor.stored(id)).memo.doc))
    .toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Bold', marks: bold }],
    });
});

test('a period typed right after a link does not join the link', async ({ page, editor }) => {
  const link = [{ type: 'link' as const, attrs: { href: 'https://example.com' } }];
  const id = await editor.createMemo(
    'Link end',
    memo(p('See ', { type: 'text', text: 'the filing', marks: link })),
  );
  await editor.open(page, id);
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await expect(page.locator('.memo-doc a')).toHaveText('the filing');
  await expect
    .poll(async () => firstParagraph((await editor.stored(id)).memo.doc))
    .toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        { type: 'text', text: 'the filing', marks: link },
        { type: 'text', text: '.' },
      ],
    });
});

test('the keyboard reaches figures: an arrow selects the figure, Enter opens it without splitting the paragraph, and text goes before and after figures at both ends of a paragraph', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Keyboard figures',
    memo(p(fig('AMZN.capex.FY2025', 'usd_billion'), ' of capex, and ', fig('2'))),
  );
  await editor.open(page, id);
  const kb = page.keyboard;
  const figures = page.getByTestId('figure');
  const paragraphs = page.locator('.memo-doc p');

  // The caret starts before the first figure: typing goes before it.
  await kb.type('A');
  await expect(paragraphs).toHaveText('A$125 billion of capex, and 2');
  await kb.press('ArrowRight');
  await expect(figures.nth(0)).toHaveClass(/figure--selected/);
  await kb.press('Enter');
  await expect(page.getByTestId('figure-popover')).toBeVisible();
  await expect(page.getByTestId('figure-expr')).toHaveValue('AMZN.capex.FY2025');
  await expect(paragraphs).toHaveCount(1);
  await kb.press('Escape');
  await expect(page.getByTestId('figure-popover')).toBeHidden();
  await kb.type('B');
  await expect(paragraphs).toHaveText('A$125 billionB of capex, and 2');

  // At the end, after the last figure; ArrowLeft selects it, again steps before it.
  await kb.press('End');
  await kb.type('C');
  await expect(paragraphs).toHaveText('A$125 billionB of capex, and 2C');
  await kb.press('ArrowLeft');
  await kb.press('ArrowLeft');
  await expect(figures.nth(1)).toHaveClass(/figure--selected/);
  await kb.press('ArrowLeft');
  await expect(figures.nth(1)).not.toHaveClass(/figure--selected/);
  await kb.type('D');
  await kb.press('Home');
  await kb.type('E');
  await expect(paragraphs).toHaveCount(1);
  await expect(paragraphs).toHaveText('EA$125 billionB of capex, and D2C');

  // The gesture is in the shortcut list (the editor's part of it).
  const { EDITOR_SHORTCUTS } = await import('../../renderer/editor/editorShortcuts');
  expect(EDITOR_SHORTCUTS.map(([, label]) => label)).toEqual(
    expect.arrayContaining([
      'Onto a figure: selects it; again: past it',
      'On a selected figure: edit it',
    ]),
  );
});

test('an arrow pressed before the editor has read the browser’s last caret move still selects the figure (two quick presses)', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Quick arrows', memo(p('Capex ', fig('2'), 'C')));
  await editor.open(page, id);
  await page.keyboard.press('End');
  // The browser moves the caret to just after the figure, and the next ArrowLeft comes in the
  // same task, before the selectionchange that would tell ProseMirror about the move.
  await page.evaluate(() => {
    const doc = document.querySelector('.memo-doc')!;
    const after = [...doc.querySelectorAll('p')][0]!.lastChild!;
    document.getSelection()!.collapse(after, 0);
    doc.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', code: 'ArrowLeft', bubbles: true }),
    );
  });
  await expect(page.getByTestId('figure')).toHaveClass(/figure--selected/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('figure-expr')).toHaveValue('2');
  await expect(page.locator('.memo-doc p')).toHaveCount(1);
});

test('Tab in the figure popover moves to Format and leaves the expression as typed; Enter takes a highlighted suggestion', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Popover keys');
  await editor.open(page, id);
  const kb = page.keyboard;
  await kb.type('{{');
  await kb.type('AMZ');
  await expect(page.locator('.suggestions [role=option]').first()).toBeVisible();
  await kb.press('Tab');
  await expect(page.getByTestId('figure-format')).toBeFocused();
  await expect(page.getByTestId('figure-expr')).toHaveValue('AMZ');
  await page.getByTestId('figure-expr').click();
  await kb.press('End');
  await expect(page.locator('.suggestions [role=option]').first()).toBeVisible();
  await kb.press('ArrowDown');
  await kb.press('Enter');
  await expect(page.getByTestId('figure-expr')).toHaveValue('AMZN.');
  await expect(page.getByTestId('figure-popover')).toBeVisible();
});

test('autocomplete and blocked figures say each thing once', async ({ page, editor, app }) => {
  await app.call('facts:create', {
    entity: 'MSFT_ATVI',
    metric: 'price',
    period: 'FY2023',
    value: 69e9,
    unit: 'USD',
  });
  const id = await editor.createMemo(
    'Wording',
    memo(
      calc('loop_a = loop_b + 1', 'loop_b = loop_a + 1', 'capex_share = 0.4'),
      p(fig('loop_a * 2')),
    ),
  );
  await editor.open(page, id);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' {{');
  await page.keyboard.type('capex_sh');
  await expect(page.locator('.suggestions [role=option]').first()).toHaveText(
    'capex_sharememo variable',
  );
  await page.keyboard.press('Control+a');
  await page.keyboard.type('MSFT_A');
  await expect(page.locator('.suggestions [role=option]').first()).toHaveText('MSFT_ATVIentity');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.getByTestId('figure').first().hover();
  const error = page.getByTestId('provenance-error');
  await expect(error).toContainText('loop_a');
  const text = (await error.textContent()) ?? '';
  expect(text.match(/Blocked/g)).toHaveLength(1);
});

test('find and replace: Ctrl+F finds text and figures by expression, Enter steps through them, Ctrl+H replaces one and all, and Ctrl+Z undoes it', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo(
    'Find',
    memo(
      p('Amazon capex is ', fig('AMZN.capex.FY2025', 'usd_billion'), '. Capex grows.'),
      p('The share is ', fig('OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025', '0%'), '.'),
    ),
  );
  await editor.open(page, id);
  const kb = page.keyboard;
  await kb.press('Control+f');
  await expect(page.getByTestId('find-input')).toBeFocused();
  await kb.type('capex');
  // Two words and the two figures that read AMZN.capex.
  await expect(page.getByTestId('find-count')).toHaveText('1 of 4 (2 in figures)');
  await expect(page.locator('.memo-doc .find-match')).toHaveCount(4);
  await kb.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('2 of 4 (2 in figures)');
  await expect(page.locator('.memo-doc .find-match--current')).toHaveAttribute(
    'data-testid',
    'figure',
  );
  await kb.press('Shift+Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 4 (2 in figures)');

  await page.getByTestId('find-input').fill('AMZN.capex');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 2 (2 in figures)');
  await kb.press('Escape');
  await expect(page.getByTestId('find-bar')).toBeHidden();
  await expect(page.locator('.memo-doc .find-match')).toHaveCount(0);

  // Ctrl+H: replace one word, then all of another, then undo.
  await kb.press('Control+h');
  await expect(page.getByTestId('find-input')).toBeFocused();
  await page.getByTestId('find-input').fill('grows');
  await page.getByTestId('replace-input').fill('rises');
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.locator('.memo-doc p').first()).toContainText('Capex rises.');
  await page.getByTestId('find-input').fill('FY2025');
  await page.getByTestId('replace-input').fill('FY2024');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByTestId('find-count')).toHaveText('No match');
  await expect
    .poll(async () => JSON.stringify((await editor.stored(id)).memo.doc))
    .not.toContain('FY2025');
  const after = JSON.stringify((await editor.stored(id)).memo.doc);
  expect(after.match(/AMZN\.capex\.FY2024/g)).toHaveLength(2);
  await kb.press('Escape');
  await expect(page.getByTestId('find-bar')).toBeHidden();
  await kb.press('Control+z');
  await expect
    .poll(async () => JSON.stringify((await editor.stored(id)).memo.doc).match(/FY2025/g)?.length)
    .toBe(2);
  await expect(page.locator('.memo-doc p').first()).toContainText('Capex rises.');
});
