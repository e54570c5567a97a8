import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type TickmarkBridge,
} from '../../shared/api/bridge';

// Exactly two functions cross into the page; nothing of Node or Electron does.
const bridge: TickmarkBridge = {
  invoke: (name, args) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, args),
  on(_event, listener) {
    const handler = (_e: IpcRendererEvent, message: unknown): void => listener(message);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('tickmark', bridge);
