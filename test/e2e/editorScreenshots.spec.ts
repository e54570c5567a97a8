import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/appTest';
import { loadedFontFaces } from './support/loadedFontFaces';

/**
 * The sample memo open in the app, as an analyst sees it: every figure computed, the bundled
 * fonts in use, nothing fetched from the network; and pictures of the editor, a provenance
 * card, the figure popover and the `/` menu (in the test's output folder, or in
 * TICKMARK_SCREENSHOTS when set: `TICKMARK_SCREENSHOTS=docs npx playwright test editorScreenshots`).
 */
test('the sample memo opens in the app with every figure computed, in the bundled fonts', async ({
  page,
  app,
  offlineViolations,
}, testInfo) => {
  const dir = process.env.TICKMARK_SCREENSHOTS ?? testInfo.outputPath('screenshots');
  mkdirSync(dir, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: join(dir, `${name}.png`) });

  await app.open(page);
  await page
    .getByRole('button', { name: /^Amazon/ })
    .first()
    .click();
  const figures = page.getByTestId('figure');
  await expect(figures.first()).toBeVisible();
  expect(await figures.count()).toBeGreaterThan(5);
  await expect(page.locator('.figure--error')).toHaveCount(0);
  expect(await loadedFontFaces(page, '17px "Source Serif 4"')).toEqual([
    'Source Serif 4 400 normal loaded',
  ]);
  expect(await loadedFontFaces(page, '600 13px "Inter"')).toEqual(['Inter 600 normal loaded']);
  await page.waitForLoadState('networkidle');
  expect(offlineViolations).toEqual([]);
  await page.locator('.memo-doc p').first().click();
  await shot('editor-sample-memo');

  await figures.nth(2).hover();
  await expect(page.getByTestId('provenance')).toBeVisible();
  await page.waitForTimeout(200);
  await shot('editor-provenance');

  await page.mouse.move(5, 5);
  await figures.nth(2).click();
  await expect(page.getByTestId('figure-popover')).toBeVisible();
  await page.getByTestId('figure-format').focus();
  await page.waitForTimeout(150);
  await shot('editor-figure-popover');
  await page.keyboard.press('Escape');

  await page.locator('.memo-doc p').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(page.getByTestId('slash-menu')).toBeVisible();
  await shot('editor-slash-menu');
});
