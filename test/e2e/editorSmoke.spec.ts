import { test, expect } from './support/editorTest';

test('smoke: the editor opens a memo and autosaves typing', async ({ page, editor }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const id = await editor.createMemo('Smoke');
  await editor.open(page, id);
  await page.keyboard.type('Hello world');
  await expect(page.getByTestId('save-state')).toHaveText('saved', { timeout: 5000 });
  const stored = await editor.stored(id);
  expect(JSON.stringify(stored.memo.doc)).toContain('Hello world');
  await page.screenshot({ path: 'test-results/editor-smoke.png' });
  expect(errors).toEqual([]);
});
