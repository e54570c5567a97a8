import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { resolveAppFile } from './appProtocol';

/**
 * The `tickmark-app://` handler: a file of the built renderer with the app's CSP, or 404 for
 * anything outside it (other hosts, `..`) and for a file that does not exist.
 */
export function createAppProtocolHandler(
  rendererDir: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      return new Response('Not found', {
        status: 404,
        headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    }
    const response = await fetchFile(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  };
}
