import { readFileSync } from 'node:fs';
import { CliError } from './cliError';

/** Reads a text file the user named, with a clear message when it cannot be read. */
export function readInputFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a folder'
          : `cannot be read (${code})`;
    throw new CliError(`${path} ${why}.`);
  }
}
