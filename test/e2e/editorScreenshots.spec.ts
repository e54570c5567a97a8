import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/appTest';
import { loadedFontFaces } from './support/loadedFontFaces';
import { openSampleMemo } from './support/openSampleMemo';

const shotsDir = (outputPath: (name: string) => string): string => {
  const dir = process.env.TICKMARK_SCREENSHOTS ?? outputPath('screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
};

/**
 * The sample memo open in the app, as an analyst sees it: every figure computed, the bundled
 * fonts in use, nothing fetched from the network; and pictures of the editor, a provenance
 * card, the figure popover, the `/` menu and find (in the test's output folder, or in
 * TICKMARK_SCREENSHOTS when set: `TICKMARK_SCREENSHOTS=docs npx playwright test editorScreenshots`).
 */
test('the sample memo opens in the app with every figure computed, in the bundled fonts', async ({
  page,
  app,
  offlineViolations,
}, testInfo) => {
  test.setTimeout(120_000);
  const dir = shotsDir((name) => testInfo.outputPath(name));
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

  // After a one-line heading (End on a wrapped paragraph stops at its first line's end).
  await page.locator('.memo-doc :is(h1, h2, h3)').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(page.getByTestId('slash-menu')).toBeVisible();
  await shot('editor-slash-menu');
  await page.keyboard.press('Escape');

  // Take back the "/" and the paragraph it was typed in.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');

  // Find: "capex" in the text and in the figures that read Amazon's capex.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('capex');
  await expect(page.getByTestId('find-count')).toContainText('in figures');
  await shot('editor-find');
});

test('pictures of the sample in its bull case and of the shell in a narrow window', async ({
  page,
  app,
}, testInfo) => {
  const dir = shotsDir((name) => testInfo.outputPath(name));
  // The sample's bull case, with Amazon's capex raised too (as README.md describes the picture).
  await app.call('facts:create', {
    entity: 'AMZN',
    metric: 'capex',
    period: 'FY2025',
    scenario: 'bull',
    value: 200e9,
    unit: 'USD',
  });
  await app.open(page);
  await openSampleMemo(page);
  await page.getByTestId('scenario-switcher').selectOption('bull');
  const caseTable = page.locator('.memo-doc table').filter({ hasText: 'As shown' });
  await caseTable.scrollIntoViewIfNeeded();
  await expect(caseTable.locator('tr').nth(3)).toContainText('$30 billion');
  await page.screenshot({ path: join(dir, 'editor-scenarios.png') });

  // 900 px wide, the sidebar hidden: the memo column keeps its measure.
  await page.getByTestId('scenario-switcher').selectOption('');
  await page.setViewportSize({ width: 900, height: 700 });
  await page.getByRole('button', { name: 'Hide the sidebar' }).click();
  await expect(page.getByRole('complementary', { name: 'Memos' })).toHaveCount(0);
  await page.locator('.memo-doc p').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(dir, 'shell-narrow.png') });
});
