import { formatNumber } from '../../shared/format/formatNumber';

/** A count for people, with thousands separators: `12,480`. */
export function formatCount(count: number): string {
  return formatNumber(count, 'int');
}
