import type { ApiError } from '../../../shared/api/apiError';

/** An error the user can act on: its message says what is wrong, `where` says where. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ApiError['code'] = 'failed',
    readonly where?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
