import { test, expect } from './support/appTest';

/**
 * Issue 19: a memo stored with fields far over the caps (a 20,000-character title, a 1 MB
 * title block, as a workspace written before the caps or by another program holds them) opens
 * in the editor as a clear refusal (which field, its length, the cap; the title quoted only by
 * its start) without freezing the page, and the app answers other clicks meanwhile.
 */
test('a memo with a 20,000-character title and a 1 MB title block is refused clearly, and the app stays responsive', async ({
  page,
  app,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const db = app.backend.workspace.current().db;
  const now = new Date().toISOString();
  const insert = db.prepare(
    'INSERT INTO memos (doc, version, created_at, updated_at) VALUES (?, 1, ?, ?)',
  );
  const stored = (title: string, meta: Record<string, string>) =>
    Number(
      insert.run(
        JSON.stringify({
          meta: { title, author: '', date: '', subtitle: '', ...meta },
          doc: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body text.' }] }],
          },
        }),
        now,
        now,
      ).lastInsertRowid,
    );
  stored('L'.repeat(20_000), {});
  stored('Huge subtitle', { subtitle: 'S'.repeat(1_000_000) });

  await app.open(page);
  const items = page.getByTestId('memo-item');
  await items.filter({ hasText: 'LLLL' }).click();
  // The memo is refused with what is wrong and the cap, quoting only the title's start.
  const refusal = page.getByRole('alert').filter({ hasText: 'This memo could not be opened.' });
  await expect(refusal).toContainText(
    'is not a valid memo: meta.title: is 20,000 characters long; a single-line field holds at most 500.',
  );
  await expect(refusal).toContainText(`("${'L'.repeat(80)}…")`);
  expect((await refusal.textContent())!.length).toBeLessThan(400);
  await page.screenshot({ path: 'test-results/long-title-memo.png' });

  // The page still answers: the data browser opens and closes at once.
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('data-browser')).toBeVisible();
  await page.keyboard.press('Control+Shift+D');

  await items.filter({ hasText: 'Huge subtitle' }).click();
  const huge = page.getByRole('alert').filter({ hasText: 'This memo could not be opened.' });
  await expect(huge).toContainText('meta.subtitle: is 1,000,000 characters long');
  expect((await huge.textContent())!.length).toBeLessThan(400);
  await page.screenshot({ path: 'test-results/huge-title-block-memo.png' });
  expect(errors).toEqual([]);
});
