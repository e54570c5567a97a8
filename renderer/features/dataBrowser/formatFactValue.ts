import { formatNumber } from '../../../shared/format/formatNumber';

/** A fact's value in its unit's default format: what a figure with no format shows for it. */
export function formatFactValue(value: number, unit: string): string {
  return formatNumber(value, '', unit);
}
