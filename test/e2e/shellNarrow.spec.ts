import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/appTest';

const SHOTS = 'test-results/screens';

/** How many lines the element's text takes (one client rect per line box of an inline). */
const lineCount = (locator: Locator) =>
  locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });

/** Words of the memo text that a line break cuts in two (none, where words only wrap between them). */
const brokenWords = (page: Page) =>
  page.getByTestId('memo-doc').evaluate((doc) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && broken.length < 5; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[A-Za-z]{4,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });

test('at 1440, 980 and 640 px the header fits, and side by side is offered only where it fits', async ({
  page,
  app,
}) => {
  await app.open(page);
  await expect(page.getByTestId('figure').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/narrow-1440.png` });

  await page.setViewportSize({ width: 980, height: 760 });
  const sideBySide = page.getByRole('button', { name: 'Side by side' });
  await expect(sideBySide).toBeVisible();
  expect(await lineCount(page.getByTestId('workspace-title'))).toBe(1);
  for (const label of await page.locator('.segment > span').all())
    expect(await lineCount(label)).toBe(1);
  await page.keyboard.press('Control+\\');
  await expect(page.getByTestId('data-pane')).toBeVisible();
  expect(await brokenWords(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/narrow-980-split.png` });
  await page.keyboard.press('Control+\\');
  await page.screenshot({ path: `${SHOTS}/narrow-980.png` });

  await page.setViewportSize({ width: 640, height: 760 });
  await expect(sideBySide).toHaveCount(0);
  await page.keyboard.press('Control+\\');
  await expect(page.getByTestId('data-pane')).toHaveCount(0);
  await expect(page.getByTestId('memo-pane')).toBeVisible();
  expect(await brokenWords(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/narrow-640.png` });
});

test('the sidebar collapses with its button and Ctrl+Shift+S, and stays collapsed after a reload', async ({
  page,
  app,
}) => {
  await app.open(page);
  const sidebar = page.getByRole('complementary', { name: 'Memos' });
  await expect(sidebar).toBeVisible();
  await page.getByRole('button', { name: 'Hide the sidebar' }).click();
  await expect(sidebar).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/sidebar-collapsed.png` });
  await app.open(page);
  await expect(sidebar).toHaveCount(0);
  await page.keyboard.press('Control+Shift+S');
  await expect(sidebar).toBeVisible();
  await page.keyboard.press('Control+Shift+S');
  await expect(sidebar).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await expect(sidebar).toBeVisible();
});

test('the side-by-side layout is remembered after a reload', async ({ page, app }) => {
  // Three loads of the sample memo: on a loaded machine that takes more than the default minute.
  test.setTimeout(180_000);
  await app.open(page);
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(page.getByTestId('data-pane')).toBeVisible();
  await app.open(page);
  await expect(page.getByTestId('data-pane')).toBeVisible();
  await expect(page.getByTestId('memo-pane')).toBeVisible();
  await page.getByRole('button', { name: 'Memo', exact: true }).click();
  await app.open(page);
  await expect(page.getByTestId('memo-pane')).toBeVisible();
  await expect(page.getByTestId('data-pane')).toHaveCount(0);
});
