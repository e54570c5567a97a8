import type { CalcError, CalcErrorKind, CalcValue } from './calcTypes';

/** A CalcValue that is an error. */
export type CalcFailure = Extract<CalcValue, { ok: false }>;

/** An error value of `kind` for `where`, with the position appended to the message when known. */
export function calcError(
  kind: CalcErrorKind,
  message: string,
  where: string,
  position?: number,
): CalcFailure {
  const error: CalcError = {
    kind,
    message: position === undefined ? message : `${message} (position ${position})`,
    where,
  };
  if (position !== undefined) error.position = position;
  return { ok: false, error: finishSentence(error) };
}

/** The value of something that reads `input`, whose value is the error `cause`. */
export function blockedError(where: string, input: string, cause: CalcError): CalcFailure {
  if (cause.kind === 'blocked' && cause.blockedBy) {
    return {
      ok: false,
      error: { kind: 'blocked', message: cause.message, where, blockedBy: cause.blockedBy },
    };
  }
  return {
    ok: false,
    error: {
      kind: 'blocked',
      message: `Blocked by an error in ${input}: ${cause.message}`,
      where,
      blockedBy: input,
    },
  };
}

/** A bare name that no variable of the memo has. */
export function unknownNameError(name: string, where: string, position?: number): CalcFailure {
  return calcError(
    'unknown_name',
    `Unknown name "${name}": no variable of this memo is called that`,
    where,
    position,
  );
}

/** True when two values would show the same (same number and unit, or the same error). */
export function sameValue(a: CalcValue | undefined, b: CalcValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.ok && b.ok) return a.value === b.value && a.unit === b.unit;
  if (!a.ok && !b.ok) {
    return (
      a.error.kind === b.error.kind &&
      a.error.message === b.error.message &&
      a.error.where === b.error.where &&
      a.error.blockedBy === b.error.blockedBy
    );
  }
  return false;
}

function finishSentence(error: CalcError): CalcError {
  if (!/[.!?]$/.test(error.message)) error.message += '.';
  return error;
}
