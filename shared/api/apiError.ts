import { z } from 'zod';

/** Why a call failed, as the UI shows it. `where` names the field, file or line at fault. */
export const apiErrorSchema = z.object({
  code: z.enum([
    'invalid_args',
    'unknown_handler',
    'no_workspace',
    'not_found',
    'conflict',
    /** Another program holds the workspace's write lock past the busy timeout: try again. */
    'busy',
    'failed',
  ]),
  message: z.string(),
  where: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
