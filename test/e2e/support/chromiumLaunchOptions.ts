import { existsSync } from 'node:fs';

/**
 * Debian's chromium (Playwright cannot download its own browser on these machines), with the
 * flags it needs as root and without network access. TICKMARK_CHROMIUM overrides the path;
 * without either, Playwright's own bundled browser is used (a laptop that ran
 * `npx playwright install chromium`).
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const candidates = [
    process.env.TICKMARK_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const executablePath = candidates.find((path): path is string => !!path && existsSync(path));
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  };
}
