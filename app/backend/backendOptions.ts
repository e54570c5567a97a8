export interface BackendOptions {
  mode: 'electron' | 'browser' | 'test';
  /** Opened at start when given. */
  workspacePath?: string;
  /** Path to a better_sqlite3.node built for the running ABI (Electron passes its own). */
  nativeBinding?: string;
  /** The user's recent-workspaces list (JSON); kept in memory when not given. */
  recentWorkspacesFile?: string;
}
