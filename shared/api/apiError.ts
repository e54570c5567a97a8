import { z } from 'zod';

/**
 * One thing wrong, as data: what kind (`code`), what (`message`, a sentence without its place)
 * and where (`place`: `line 3, column period`, `heading "Capital", paragraph 2`, a field's
 * path; '' for the whole input). The UI lists these; nothing parses an error's message.
 */
export const apiProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  place: z.string(),
});
export type ApiProblem = z.infer<typeof apiProblemSchema>;

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
  /** Every problem the message sums up (an import's bad rows, an export's figure errors). */
  problems: z.array(apiProblemSchema).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
