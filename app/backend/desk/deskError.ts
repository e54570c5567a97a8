import type { DeskProblem, DeskProblemCode } from '../../../shared/api/deskApi';
import { UserError } from '../router/userError';

/** A desk call that failed for a reason the user can act on; `problem` says which, as data. */
export class DeskError extends UserError {
  constructor(
    readonly problem: DeskProblemCode,
    message: string,
  ) {
    super(message, problem === 'not_connected' ? 'not_found' : 'failed');
    this.name = 'DeskError';
  }

  toProblem(): DeskProblem {
    return { code: this.problem, message: this.message };
  }
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08003']);

/**
 * What a node-postgres error means for the user. `connected`: the error came after the
 * connection was open (a drop then is `dropped`, not `unreachable`).
 */
export function toDeskError(error: unknown, where: string, connected: boolean): DeskError {
  if (error instanceof DeskError) return error;
  const e = error as { code?: string; message?: string };
  const code = e.code ?? '';
  const text = e.message ?? String(error);
  if (!connected && (UNREACHABLE.has(code) || /timeout|terminated/i.test(text)))
    return new DeskError('unreachable', `The desk at ${where} cannot be reached (${text}).`);
  if (code === '28P01' || code === '28000' || /password/i.test(text))
    return new DeskError(
      'wrong_password',
      `The desk at ${where} refused the password (${text}). Set PGPASSWORD or add the password to ~/.pgpass.`,
    );
  if (code === '3D000') return new DeskError('not_a_desk', `${text} (at ${where}).`);
  if (code === '42501')
    return new DeskError(
      'not_allowed',
      `The desk at ${where} refused the change: ${text}. Only members of desk_writer can push changes.`,
    );
  if (DROPPED.has(code) || /terminated|closed|ended|timeout/i.test(text))
    return new DeskError(
      'dropped',
      `The connection to the desk at ${where} broke during the sync (${text}). Nothing was half-written; sync again.`,
    );
  return new DeskError('dropped', `The desk at ${where} failed: ${text}.`);
}
