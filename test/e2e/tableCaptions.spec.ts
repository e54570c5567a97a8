import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/editorTest';
import { memo, p } from './support/memoBuilders';
import type { BlockNode, TableNode } from '../../shared/memo/memoTypes';

const cell = (type: 'tableHeader' | 'tableCell', text: string) => ({
  type,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});
const caseTable: TableNode = {
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Case'), cell('tableHeader', 'IRR')] },
    { type: 'tableRow', content: [cell('tableCell', 'Base'), cell('tableCell', '14%')] },
    { type: 'tableRow', content: [cell('tableCell', 'Bull'), cell('tableCell', '21%')] },
  ],
};

const titleField = (page: Page) => page.getByRole('textbox', { name: 'Table title' });
const sourceField = (page: Page) => page.getByRole('textbox', { name: 'Source' });

function storedTable(content: BlockNode[]): TableNode | undefined {
  return content.find((b): b is TableNode => b.type === 'table');
}

test('a table title and source line typed in the editor are saved and shown after a reload', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Captions', memo(p('Before.'), caseTable, p('After.')));
  await editor.open(page, id);
  // Empty caption fields show only while the caret is in the table.
  await expect(titleField(page)).toBeHidden();
  await page.locator('.memo-doc td').first().click();
  await expect(titleField(page)).toBeVisible();

  await page.getByRole('button', { name: 'Add title' }).click();
  await expect(titleField(page)).toBeFocused();
  await page.keyboard.type('Returns by case');
  // Enter goes back into the table's first cell; typing there edits the table, not the title.
  await page.keyboard.press('Enter');
  await expect(titleField(page)).not.toBeFocused();
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(sourceField(page)).toBeFocused();
  await page.keyboard.type('company filings');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  await expect
    .poll(async () => storedTable((await editor.stored(id)).memo.doc.content)?.attrs)
    .toEqual({ title: 'Returns by case', source: 'company filings' });

  await editor.open(page, id);
  await expect(titleField(page)).toHaveValue('Returns by case');
  await expect(sourceField(page)).toHaveValue('company filings');
  // Set captions show without the caret in the table.
  await expect(titleField(page)).toBeVisible();
  await expect(sourceField(page)).toBeVisible();

  const shot = process.env.TICKMARK_CAPTION_SHOT;
  if (shot) {
    mkdirSync(dirname(shot), { recursive: true });
    await page.locator('.memo-doc td').nth(1).click();
    await page.locator('.memo-table').screenshot({ path: shot });
  }
});

test('undo takes a typed title and source line away again', async ({ page, editor }) => {
  const id = await editor.createMemo('Undo captions', memo(p('Before.'), caseTable));
  await editor.open(page, id);
  await page.locator('.memo-doc td').first().click();
  await page.getByRole('button', { name: 'Add title' }).click();
  await page.keyboard.type('Returns');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.keyboard.type('Filings');
  await expect(page.getByTestId('save-state')).toHaveText('saved');

  // Mod-Z in the source field is the memo's undo: first the source goes, then the title.
  await expect(async () => {
    await page.keyboard.press('ControlOrMeta+z');
    await expect(sourceField(page)).toHaveValue('', { timeout: 500 });
  }).toPass();
  await expect(titleField(page)).toHaveValue('Returns');
  await page.locator('.memo-doc td').first().click();
  await expect(async () => {
    await page.keyboard.press('ControlOrMeta+z');
    await expect(titleField(page)).toHaveValue('', { timeout: 500 });
  }).toPass();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  await expect
    .poll(async () => storedTable((await editor.stored(id)).memo.doc.content)?.attrs)
    .toBeUndefined();
  // Only the captions were undone: the table is as it was.
  await expect(page.locator('.memo-doc th').first()).toHaveText('Case');
  await expect(page.locator('.memo-doc td').first()).toHaveText('Base');
});
