import type { Page, Request } from '@playwright/test';
import { test, expect } from './support/appTest';

const cell = (page: Page, key: string, field: string) =>
  page.locator(`[data-fact-key="${key}"] [data-field="${field}"]`);

/** The renderer posts to `/api/invoke/NAME`, the name URI-encoded (`facts%3Alist`). */
const invokes = (request: Request, name: string) =>
  request.url().endsWith(`/api/invoke/${encodeURIComponent(name)}`);
const isList = (request: Request) => invokes(request, 'facts:list');

/** Two animation frames: whatever the page scheduled for the next frame has been issued. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

test('one grid edit fetches the visible rows once (the write reports what it changed)', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByTestId('fact-count')).toHaveText('8 facts');
  const requests: string[] = [];
  page.on('request', (request) => {
    if (isList(request)) requests.push(request.postData() ?? '');
    if (invokes(request, 'facts:update')) requests.push('update');
  });

  const value = cell(page, 'AMZN.capex.FY2025', 'value');
  await value.click();
  await page.keyboard.press('Enter');
  const refetched = page.waitForResponse((response) => isList(response.request()));
  await page.getByTestId('cell-input').fill('130bn');
  await page.keyboard.press('Enter');
  await refetched;
  await expect(value).toHaveText('$130 billion');
  await nextFrames(page);

  // A sort is a fetch of its own: every refresh of the edit was issued before it.
  const sorted = page.waitForRequest(
    (request) => isList(request) && /"column":"value"/.test(request.postData() ?? ''),
  );
  await page.getByRole('button', { name: 'Value', exact: true }).click();
  await sorted;
  const edit = requests.slice(requests.indexOf('update') + 1);
  const beforeSort = edit.slice(
    0,
    edit.findIndex((body) => /"column":"value"/.test(body)),
  );
  expect(beforeSort).toHaveLength(1);
  expect(
    (await app.call('facts:get', { ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' } }))
      .value,
  ).toBe(130e9);
});
