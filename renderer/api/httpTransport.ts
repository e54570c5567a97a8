import { fromJsonText, toJsonText } from '../../shared/api/bytesCodec';
import type { Transport } from './transport';

/**
 * Browser mode: POST /api/invoke/NAME with the per-run token; events over /api/events (SSE).
 * Bodies, replies and events are JSON with bytes tagged (shared/api/bytesCodec.ts), as the server writes them.
 */
export function httpTransport(token: string, base = ''): Transport {
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let source: EventSource | null = null;

  const connect = (): void => {
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (event: MessageEvent<string>) => {
      const { name, payload } = fromJsonText(event.data) as { name: string; payload: unknown };
      for (const listener of [...listeners]) listener(name, payload);
    };
  };

  return {
    kind: 'http',
    async invoke(name, args) {
      let response: Response;
      const body = toJsonText(args ?? {});
      try {
        response = await fetch(`${base}/api/invoke/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tickmark-token': token },
          body,
          // A save made as the tab closes must outlive the page; browsers cap keepalive bodies at 64 KB.
          keepalive: body.length < 60_000,
        });
      } catch {
        return {
          ok: false,
          error: { code: 'failed', message: 'The Tickmark server is not reachable.' },
        };
      }
      return fromJsonText(await response.text());
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
