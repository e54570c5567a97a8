import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, type EditorHarness } from './support/editorTest';
import { pasteHtml, pasteText } from './support/pasteHtml';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/paste/${name}`, import.meta.url)), 'utf8');

/** A block as a short outline: lists as their items' outlines, text blocks as their text. */
type Outline = string | { bullets: Outline[][] } | { numbers: Outline[][] };
interface StoredNode {
  type: string;
  text?: string;
  content?: StoredNode[];
  attrs?: Record<string, unknown>;
  marks?: { type: string }[];
}
function outline(node: StoredNode): Outline {
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const items = (node.content ?? []).map((item) => (item.content ?? []).map(outline));
    return node.type === 'bulletList' ? { bullets: items } : { numbers: items };
  }
  return (node.content ?? []).map((child) => child.text ?? `{${child.type}}`).join('');
}

async function storedBlocks(page: Page, editor: EditorHarness, id: number): Promise<StoredNode[]> {
  await page.locator('.memo-doc').blur();
  await expect(page.getByTestId('save-state')).toHaveText('saved', { timeout: 10_000 });
  const { memo } = await editor.stored(id);
  return memo.doc.content as StoredNode[];
}

test('a bullet and a numbered list copied from Word paste as lists, nested, without their markers', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Word lists');
  await editor.open(page, id);
  await pasteHtml(
    page,
    fixture('word-lists.html'),
    'Three reasons the round matters:\n·         Amazon commits more than ever\no   Most of it in cloud credits\n·         Capex keeps rising\n·         The market shrugged\nNext steps:\n1.      Model the credits\n2.      Call investor relations\n',
  );
  const doc = page.locator('.memo-doc');
  await expect(doc.locator('ul > li')).toHaveCount(4);
  await expect(doc.locator('ol > li')).toHaveCount(2);
  await expect(doc).not.toContainText('·');
  await expect(doc.locator('strong')).toHaveText('more than ever');

  const blocks = (await storedBlocks(page, editor, id)).map(outline);
  expect(blocks.filter((b) => b !== '')).toEqual([
    'Three reasons the round matters:',
    {
      bullets: [
        ['Amazon commits more than ever', { bullets: [['Most of it in cloud credits']] }],
        ['Capex keeps rising'],
        ['The market shrugged'],
      ],
    },
    'Next steps:',
    { numbers: [['Model the credits'], ['Call investor relations']] },
  ]);
});

test('Google Docs lists (real <ul> and <ol>) still paste as lists', async ({ page, editor }) => {
  const id = await editor.createMemo('Docs lists');
  await editor.open(page, id);
  await pasteHtml(
    page,
    fixture('google-docs-lists.html'),
    'Risks:\nCredits never used\nA down round\nAsk the CFO\n',
  );
  const blocks = (await storedBlocks(page, editor, id)).map(outline);
  expect(blocks.filter((b) => b !== '')).toEqual([
    'Risks:',
    { bullets: [['Credits never used'], ['A down round']] },
    { numbers: [['Ask the CFO']] },
  ]);
});

test('pasted {{ … }} text becomes figures, as Markdown import reads them: plain text and HTML, marks kept, a broken one showing its error', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Pasted figures');
  await editor.open(page, id);
  const doc = page.locator('.memo-doc');

  // Plain text, typed into bold: the figure is bold like the text around it.
  await page.keyboard.type('Capex ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('was ');
  await pasteText(page, '{{ AMZN.capex.FY2025 | usd_billion }} in FY2025');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  // HTML (a web page or another editor): the figure inside <em> is italic; `{{ 1 + }}` is kept, with its error.
  await pasteHtml(
    page,
    '<p>Share <em>of capex {{ OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025 | 0% }}</em>; broken {{ 1 + }}; unclosed {{ here.</p>',
    'Share of capex {{ OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025 | 0% }}; broken {{ 1 + }}; unclosed {{ here.',
  );

  const figures = doc.getByTestId('figure');
  await expect(figures).toHaveCount(3);
  await expect(figures.nth(0)).toHaveText(/^\$\d/);
  await expect(figures.nth(2)).toHaveClass(/figure--error/);
  await expect(doc).toContainText('unclosed {{ here.');
  await expect(doc).not.toContainText('AMZN.capex');

  const blocks = await storedBlocks(page, editor, id);
  const inline = blocks.flatMap((b) => b.content ?? []);
  const figureNodes = inline.filter((n) => n.type === 'figure');
  expect(figureNodes.map((n) => n.attrs)).toEqual([
    { expr: 'AMZN.capex.FY2025', format: 'usd_billion' },
    { expr: 'OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025', format: '0%' },
    { expr: '1 +', format: '' },
  ]);
  expect(figureNodes.map((n) => (n.marks ?? []).map((m) => m.type))).toEqual([
    ['bold'],
    ['italic'],
    [],
  ]);
  expect(blocks.map(outline).filter((b) => b !== '')).toEqual([
    'Capex was {figure} in FY2025.',
    'Share of capex {figure}; broken {figure}; unclosed {{ here.',
  ]);
});
