import type { ApiProblem } from '../../shared/api/apiError';

/**
 * A failure the CLI reports on standard error, with this exit code: one line, then each of
 * its `problems` (as data, printed by `printFailure`).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    readonly problems?: ApiProblem[],
  ) {
    super(message);
    this.name = 'CliError';
  }
}
