import type { Memo } from '../../../shared/memo/memoTypes';
import { memoSchema } from '../../../shared/api/memoApi';
import { UserError } from '../router/userError';

/**
 * Checks a memo before it is stored or after it is read: a memo that does not validate is
 * reported with where, never dropped or "fixed".
 */
export function checkMemo(value: unknown, where: string): Memo {
  const parsed = memoSchema.safeParse(value);
  if (!parsed.success) {
    throw new UserError(
      `${where} is not a valid memo: ${parsed.error.issues[0]?.message ?? 'rejected'}.`,
      'invalid_args',
      where,
    );
  }
  return parsed.data;
}

/** Parses a memo stored as JSON text. */
export function parseStoredMemo(json: string, where: string): Memo {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new UserError(
      `${where} is damaged: its stored text is not JSON (${error instanceof Error ? error.message : String(error)}).`,
      'failed',
      where,
    );
  }
  return checkMemo(value, where);
}

/** An empty memo whose title block says `title`. */
export function emptyMemo(title: string): Memo {
  return {
    meta: { title, author: '', date: '', subtitle: '' },
    doc: { type: 'doc', content: [{ type: 'paragraph' }] },
  };
}
