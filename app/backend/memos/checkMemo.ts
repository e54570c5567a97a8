import type { Memo } from '../../../shared/memo/memoTypes';
import { validateMemo } from '../../../shared/memo/validateMemo';
import { UserError } from '../router/userError';

const LISTED = 3;

/**
 * Checks a memo before it is stored or after it is read, against the memo schema: a memo
 * that does not validate is reported with where, never dropped or "fixed".
 */
export function checkMemo(value: unknown, label: string): Memo {
  const result = validateMemo(value);
  if (result.ok) return result.memo;
  const [first, ...rest] = result.problems;
  const listed = [first, ...rest.slice(0, LISTED - 1)]
    .map((p) => `${p?.where}: ${p?.what}`)
    .join('; ');
  const more = rest.length > LISTED - 1 ? ` (and ${rest.length - (LISTED - 1)} more)` : '';
  throw new UserError(
    `${label} is not a valid memo: ${listed}${more}.`,
    'invalid_args',
    first?.where,
  );
}

/** Parses a memo stored as JSON text; damaged text is an error saying which memo. */
export function parseStoredMemo(json: string, label: string): Memo {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new UserError(
      `${label} is damaged: its stored text is not JSON (${error instanceof Error ? error.message : String(error)}).`,
      'failed',
      label,
    );
  }
  return checkMemo(value, `${label} as stored`);
}
