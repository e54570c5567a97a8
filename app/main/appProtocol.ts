import { normalize, join, sep } from 'node:path';

/** The app's content is served from this scheme, never from file://. */
export const APP_SCHEME = 'tickmark-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Maps an app URL to a file under `rootDir`, or null for anything else (other hosts, `..`). */
export function resolveAppFile(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') return null;
  const relative = normalize(decodeURIComponent(parsed.pathname)).replace(/^[/\\]+/, '');
  const file = join(rootDir, relative || 'index.html');
  const root = rootDir.endsWith(sep) ? rootDir : rootDir + sep;
  return file.startsWith(root) ? file : null;
}

/** True for pages of the app itself (the only frames allowed to call the backend). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}
