import { test as base, expect } from '@playwright/test';

/** What a page of the app may load: its own server on 127.0.0.1, and data:/blob: URLs it made. */
export function isLocalRequest(url: string): boolean {
  const { hostname, protocol } = new URL(url);
  return hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:';
}

/**
 * The app must never touch the network. Every browser context of a test built on this one
 * aborts each request outside 127.0.0.1, records it in `offlineViolations`, and when the test
 * ends fails it if anything was recorded: a test that never looks at `offlineViolations`
 * still fails on an outside request.
 */
export const test = base.extend<{ offlineViolations: string[] }>({
  // eslint-disable-next-line no-empty-pattern
  offlineViolations: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, offlineViolations }, use) => {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocalRequest(url)) return route.continue();
      offlineViolations.push(url);
      return route.abort();
    });
    await use(context);
    expect(offlineViolations, 'requests outside 127.0.0.1 (the app must work offline)').toEqual([]);
  },
});

export { expect };
