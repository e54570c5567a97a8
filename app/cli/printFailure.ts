import type { ApiProblem } from '../../shared/api/apiError';
import { DISK_FULL_MESSAGE, isDiskFull } from '../backend/db/writeTransaction';
import { UserError } from '../backend/router/userError';
import { CliError } from './cliError';

/**
 * The one way the CLI reports a failed command: `tickmark CMD: message` (further lines of
 * the message indented), then each problem the error carries as data, one a line,
 * `  place: message [code]`, the same for a CSV rejection, an export refusal or refused
 * arguments. Returns the exit code.
 */
export function printFailure(command: string, error: unknown, err: (text: string) => void): number {
  const message = isDiskFull(error)
    ? DISK_FULL_MESSAGE
    : error instanceof Error
      ? error.message
      : String(error);
  const [first, ...rest] = message.split('\n');
  err(`tickmark ${command}: ${first}`);
  for (const line of rest) err(`  ${line}`);
  for (const problem of problemsOf(error)) err(`  ${problemLine(problem)}`);
  return error instanceof CliError ? error.exitCode : 1;
}

/** `line 3, column value: "x" is not a number [bad_field]`; a problem of the whole input has no place. */
export function problemLine({ code, message, place }: ApiProblem): string {
  return `${place ? `${place}: ` : ''}${message} [${code}]`;
}

function problemsOf(error: unknown): readonly ApiProblem[] {
  if (error instanceof CliError || error instanceof UserError) return error.problems ?? [];
  return [];
}
