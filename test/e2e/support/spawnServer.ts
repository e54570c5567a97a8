import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ArgsOf, HandlerName, ResultOf } from '../../../shared/api/contract';
import { callOverHttp } from './callOverHttp';

export interface SpawnedServer {
  process: ChildProcess;
  url: string;
  port: number;
  token: string;
  /** Calls the API over HTTP with the token; typed from the contract. */
  call<K extends HandlerName>(name: K, args?: ArgsOf<K>): Promise<ResultOf<K>>;
  /** kill -9: no shutdown handler runs. Resolves when the process is gone. */
  kill9(): Promise<void>;
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The browser-mode server as its own process (`app/server/cli.ts`), so a test can kill it
 * the way a crash would: SIGKILL, no chance to flush or close anything.
 */
export async function spawnServer(options: {
  workspace: string;
  staticDir: string;
  token: string;
}): Promise<SpawnedServer> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'app/server/cli.ts',
      '--workspace',
      options.workspace,
      '--port',
      '0',
      '--token',
      options.token,
      '--static',
      options.staticDir,
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  const port = Number(new URL(url).port);
  return {
    process: child,
    url,
    port,
    token: options.token,
    call: (name, args) => callOverHttp(port, options.token, name, args),
    kill9: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
