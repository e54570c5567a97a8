import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/editorTest';

/**
 * The sample memo in the editor, as an analyst sees it: no figure in error, the bundled
 * fonts in use, and pictures of the page, a provenance card, the figure popover and the `/`
 * menu (in the test's output folder, or in TICKMARK_SCREENSHOTS when set, e.g. for the README).
 */
test('the sample memo opens with every figure computed, in the bundled fonts', async ({
  page,
  app,
  editor,
  offlineViolations,
}, testInfo) => {
  const dir = process.env.TICKMARK_SCREENSHOTS ?? testInfo.outputPath('screenshots');
  mkdirSync(dir, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: join(dir, `${name}.png`) });

  const { memos } = (await app.call('memos:list', {})) as {
    memos: { id: number; title: string }[];
  };
  expect(memos.length).toBeGreaterThan(0);
  await editor.open(page, memos[0]!.id);
  await expect(page.getByTestId('figure').first()).toBeVisible();
  expect(await page.getByTestId('figure').count()).toBeGreaterThan(5);
  await expect(page.getByTestId('error-count')).toHaveText('0');
  await expect(page.locator('.figure--error')).toHaveCount(0);
  expect(await page.evaluate(() => document.fonts.check('17px "Source Serif 4"'))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('13px "Inter"'))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(offlineViolations).toEqual([]);
  await shot('editor-sample-memo');

  await page.getByTestId('figure').nth(4).hover();
  await expect(page.getByTestId('provenance')).toBeVisible();
  await page.waitForTimeout(200);
  await shot('editor-provenance');

  await page.mouse.move(5, 5);
  await page.getByTestId('figure').nth(4).click();
  await expect(page.getByTestId('figure-popover')).toBeVisible();
  await page.getByTestId('figure-format').focus();
  await page.waitForTimeout(150);
  await shot('editor-figure-popover');
  await page.keyboard.press('Escape');

  await page.locator('.memo-doc h1').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(page.getByTestId('slash-menu')).toBeVisible();
  await shot('editor-slash-menu');
});
