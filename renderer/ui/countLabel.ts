import { formatCount } from './formatCount';

/** `1 change`, `2,000 changes`: a count with its noun, plural when it is not one. */
export function countLabel(count: number, noun: string): string {
  return `${formatCount(count)} ${count === 1 ? noun : `${noun}s`}`;
}
