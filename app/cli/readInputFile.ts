import { readFileSync } from 'node:fs';
import { unreadableReason } from '../backend/files/unreadableReason';
import { CliError } from './cliError';

/** Reads a text file the user named, with a clear message when it cannot be read. */
export function readInputFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`${path} ${unreadableReason(error)}.`);
  }
}
