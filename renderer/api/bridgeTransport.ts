import type { TickmarkBridge } from '../../shared/api/bridge';
import type { Transport } from './transport';

/** Electron: the preload's `window.tickmark` bridge. */
export function bridgeTransport(bridge: TickmarkBridge): Transport {
  return {
    kind: 'electron',
    invoke: (name, args) => bridge.invoke(name, args),
    subscribe(listener) {
      return bridge.on('event', (message) => {
        const { name, payload } = message as { name: string; payload: unknown };
        listener(name, payload);
      });
    },
  };
}
