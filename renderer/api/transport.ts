/** How the renderer reaches the backend: the Electron bridge or HTTP + server-sent events. */
export interface Transport {
  kind: 'electron' | 'http';
  /** Resolves with the router's `ApiResult`, never rejects for an API error. */
  invoke(name: string, args: unknown): Promise<unknown>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}
