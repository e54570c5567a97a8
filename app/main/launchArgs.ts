import { isAbsolute, resolve } from 'node:path';

/** The extension of a workspace file (the file association opens these). */
export const WORKSPACE_EXTENSION = '.tickmark';

/**
 * The workspace a command line names: `--workspace FILE`, `--workspace=FILE`, or the first
 * argument ending in `.tickmark` (a double-click, a file association, `tickmark-app x.tickmark`,
 * a second launch). Relative paths are taken from `cwd`, the launching shell's folder. Flags
 * Chromium and Electron add (`--no-sandbox`, ...) and the main script are ignored.
 */
export function workspaceFromArgv(argv: readonly string[], cwd: string): string | null {
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--workspace' && args[i + 1]) return absolute(args[i + 1]!, cwd);
    if (arg.startsWith('--workspace=')) return absolute(arg.slice('--workspace='.length), cwd);
  }
  const file = args.find(
    (arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(WORKSPACE_EXTENSION),
  );
  return file ? absolute(file, cwd) : null;
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
