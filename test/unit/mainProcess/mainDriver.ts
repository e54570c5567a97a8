import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const driver = fileURLToPath(new URL('../../fixtures/fakeElectron/runMain.mjs', import.meta.url));
export const MAIN_BUNDLE = `${root}dist/app/main.mjs`;

/** Builds dist/app (the real main bundle) and, when missing, the renderer it serves. */
export function buildMainBundle(): void {
  const run = (args: string[]): void => {
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  };
  if (!existsSync(`${root}dist/renderer/index.html`))
    run(['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts']);
  run(['scripts/build-electron.mjs']);
}

export interface Call {
  api: string;
  args: unknown[];
}

export interface MainState {
  calls: Call[];
  title: string | null;
  url: string | null;
  windows: number;
  menu: MenuEntry[] | null;
  sent: { channel: string; message: { name: string; payload: unknown } }[];
}

export interface MenuEntry {
  label: string | null;
  role: string | null;
  accelerator: string | null;
  enabled: boolean;
  type: string | null;
  submenu: MenuEntry[] | null;
}

/** The bundled main process running under Node with the fake `electron`, driven by orders. */
export interface MainRun {
  child: ChildProcess;
  order<T = unknown>(op: string, fields?: Record<string, unknown>): Promise<T>;
  state(): Promise<MainState>;
  /** Resolves when the process quit through the fake's app.quit/exit: its code and calls. */
  exited: Promise<{ code: number | null; calls: Call[]; stderr: string }>;
}

export async function startMain({
  args = [],
  env = {},
}: {
  args?: string[];
  env?: Record<string, string>;
}): Promise<MainRun> {
  const child = fork(driver, [MAIN_BUNDLE, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', () => undefined);
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let quitCalls: Call[] = [];
  const loaded = new Promise<void>((resolve, reject) => {
    child.on('message', (raw) => {
      const message = raw as {
        type?: string;
        id?: number;
        result?: unknown;
        error?: string;
        calls?: Call[];
      };
      if (message.type === 'loaded') resolve();
      else if (message.type === 'quit') quitCalls = message.calls ?? [];
      else if (message.id !== undefined) {
        const w = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) w?.reject(new Error(message.error));
        else w?.resolve(message.result);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`main exited (${code}) before loading: ${stderr}`)),
    );
  });
  const exited = new Promise<{ code: number | null; calls: Call[]; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, calls: quitCalls, stderr })),
  );
  const order = <T>(op: string, fields: Record<string, unknown> = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, op, ...fields });
    });
  await loaded;
  return { child, order, state: () => order<MainState>('state'), exited };
}
