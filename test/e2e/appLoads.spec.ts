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
