import { ApiCallError } from '../api/createApiClient';

/** One sentence for the user about a failed call: the backend's message, plus where when it adds something. */
export function describeError(error: unknown): string {
  if (error instanceof ApiCallError) {
    const { message, where } = error.error;
    return where && !message.includes(where) ? `${message} (${where})` : message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
