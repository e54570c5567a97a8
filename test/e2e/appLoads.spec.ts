import { test, expect } from './support/appTest';

test('the app loads in browser mode and shows the workspace it opened', async ({ page, app }) => {
  await app.open(page);
  await expect(page.getByTestId('workspace-path')).toHaveText(app.workspacePath);
  await expect(page).toHaveTitle(/Tickmark/);
});

test('the app makes no network request outside 127.0.0.1', async ({
  page,
  app,
  offlineViolations,
}) => {
  await app.open(page);
  await page.waitForLoadState('networkidle');
  expect(offlineViolations).toEqual([]);
});

test('a test that makes an outside request fails, though it never asks about the guard', async ({
  page,
  app,
}) => {
  // Expected to fail: the offline guard every app test runs under fails it when it ends.
  test.fail();
  await app.open(page);
  // The page's CSP already stops its own fetches to other hosts; a navigation is not covered by
  // connect-src, so it is what reaches the guard.
  await page.goto('https://example.com/').catch(() => undefined);
});
