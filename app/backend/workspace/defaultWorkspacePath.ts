import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user's data folder for Tickmark, as each desktop platform expects it. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.TICKMARK_HOME) return env.TICKMARK_HOME;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tickmark');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tickmark');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'Tickmark');
}

/** The workspace `npm start` opens, created with the sample on first run. */
export function defaultWorkspacePath(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  return join(userDataDir(env, platform), 'Sample.tickmark');
}
