import type { ApiError } from '../../../shared/api/apiError';
import { UserError } from './userError';

/** Any thrown value becomes an error the UI can show; unexpected ones keep their message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof UserError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.where ? { where: error.where } : {}),
      ...(error.problems ? { problems: error.problems } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'failed', message: message || 'The operation failed.' };
}
