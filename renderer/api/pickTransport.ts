import type { TickmarkBridge } from '../../shared/api/bridge';
import { bridgeTransport } from './bridgeTransport';
import { httpTransport } from './httpTransport';
import type { Transport } from './transport';

const TOKEN_KEY = 'tickmark.token';

/** The Electron bridge when the preload exposed it, the HTTP transport otherwise. */
export function pickTransport(win: Window & { tickmark?: TickmarkBridge }): Transport {
  if (win.tickmark) return bridgeTransport(win.tickmark);
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    win.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    win.history.replaceState(null, '', url.toString());
  }
  return httpTransport(fromUrl ?? win.sessionStorage.getItem(TOKEN_KEY) ?? '');
}
