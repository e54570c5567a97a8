import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/createBackend';
import { join } from 'node:path';
import { defaultWorkspacePath, userDataDir } from '../backend/workspace/defaultWorkspacePath';
import { ensureDefaultWorkspace } from '../backend/workspace/ensureDefaultWorkspace';
import { startServer } from './startServer';

/** `tsx app/server/cli.ts [--workspace FILE] [--port N]`: browser mode. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string', default: '0' },
      static: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const workspacePath = values.workspace ?? ensureDefaultWorkspace(defaultWorkspacePath());
  const staticDir = values.static ?? fileURLToPath(new URL('../../dist/renderer', import.meta.url));
  if (!existsSync(staticDir)) {
    console.error(
      `The renderer is not built (${staticDir} is missing): run "npm run build:renderer".`,
    );
    process.exit(1);
  }
  // The recent list is the user's, beside the desktop app's (the same file).
  const recentWorkspacesFile = join(userDataDir(), 'recent-workspaces.json');
  const backend = createBackend({ mode: 'browser', workspacePath, recentWorkspacesFile });
  const server = await startServer({
    backend,
    staticDir,
    port: Number(values.port),
    ...(values.token ? { token: values.token } : {}),
  });
  console.log(`Tickmark (browser mode) on workspace ${workspacePath}`);
  console.log(`Open ${server.url}`);
  const stop = (): void => {
    void server.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
