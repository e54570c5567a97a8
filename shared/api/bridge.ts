/** What the Electron preload exposes as `window.tickmark`: exactly these two functions. */
export interface TickmarkBridge {
  invoke(name: string, args: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'tickmark:invoke';
export const IPC_EVENT_CHANNEL = 'tickmark:event';
