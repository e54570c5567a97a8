import { ipcMain, type WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import type { Backend } from '../backend/createBackend';
import { isAppUrl } from './appProtocol';

/** Binds the preload's two channels to the backend router, for app frames only. */
export function registerIpc(backend: Backend, target: () => WebContents | null): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, name: unknown, args: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) {
      return {
        ok: false,
        error: { code: 'failed', message: `Refused call from ${frameUrl || 'an unknown frame'}.` },
      };
    }
    if (typeof name !== 'string') {
      return {
        ok: false,
        error: { code: 'invalid_args', message: 'The call name must be a string.' },
      };
    }
    return backend.router.invoke(name, args);
  });
  const unsubscribe = backend.events.subscribe((name, payload) => {
    target()?.send(IPC_EVENT_CHANNEL, { name, payload });
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
