import { checkFormat } from '../../../shared/format/checkFormat';

/** What is wrong with a format that is neither a preset nor an Excel number format (the shared rule's words). */
export function formatProblem(format: string): string {
  return checkFormat(format)?.message ?? '';
}
