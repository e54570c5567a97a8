import type { ApiError, ApiProblem } from '../../../shared/api/apiError';

/**
 * An error the user can act on: its message says what is wrong, `where` says where, and
 * `problems` lists each thing wrong as data (the UI shows them; the message sums them up).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ApiError['code'] = 'failed',
    readonly where?: string,
    readonly problems?: ApiProblem[],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
