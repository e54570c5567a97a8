import type { z } from 'zod';

/**
 * The env flag the tests set (vitest.config.ts, playwright.config.ts): with it, every result
 * and every pushed event is parsed against its contract schema, so a handler that returns or
 * emits the wrong shape fails the test that called it. Off in the app (parsing costs time).
 */
export const CHECK_CONTRACT_ENV = 'TICKMARK_CHECK_CONTRACT';

export function contractChecksOn(): boolean {
  return process.env[CHECK_CONTRACT_ENV] === '1';
}

/** Null when `value` matches `schema`, else a sentence saying what and where. */
export function contractMismatch(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return `${issue?.message ?? 'does not match'}${path}`;
}
