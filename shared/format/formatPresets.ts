import { currencyPrefix, isCurrencyUnit } from './currencyPrefix';
import { formatExcel } from './formatExcel';
import { roundHalfAway } from './roundHalfAway';

/** The named presets of CALC.md §3, with what each shows, in the order the format list offers them. */
const PRESETS = {
  usd_billion: 'Dollars in billions, words',
  usd_bn: 'Dollars in billions, short',
  usd_m: 'Dollars in millions',
  pct0: 'Percent, whole',
  pct1: 'Percent, one decimal',
  x1: 'Multiple, one decimal',
  x2: 'Multiple, two decimals',
  bps: 'Basis points',
  int: 'Whole number',
} as const;

export const PRESET_NAMES = Object.keys(PRESETS) as (keyof typeof PRESETS)[];

/** The choices of a format picker: '' (the unit's default) first, then every preset. */
export const FORMAT_CHOICES: readonly { name: PresetName | ''; label: string }[] = [
  { name: '', label: 'Default for the unit' },
  ...PRESET_NAMES.map((name) => ({ name, label: PRESETS[name] })),
];

export type PresetName = keyof typeof PRESETS;

export function isPreset(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}

/**
 * An amount in billions or millions with at most one decimal, and no trailing `.0`:
 * 50e9 -> `$50 billion`, 12.5e9 -> `$12.5 billion`, 12.34e9 -> `$12.3 billion`, 999,999 -> `$1m`.
 */
function scaledAmount(value: number, prefix: string, commas: string, suffix: string): string {
  const scaled = roundHalfAway(value / 1000 ** commas.length, 1);
  const decimals = Number.isInteger(scaled) ? '' : '.0';
  return formatExcel(value, `${prefix}#,##0${decimals}${commas}"${suffix}"`);
}

/** Formats `value` with a preset. */
export function formatPreset(value: number, preset: PresetName): string {
  switch (preset) {
    case 'usd_billion':
      return scaledAmount(value, '"$"', ',,,', ' billion');
    case 'usd_bn':
      return scaledAmount(value, '"$"', ',,,', 'bn');
    case 'usd_m':
      return scaledAmount(value, '"$"', ',,', 'm');
    case 'pct0':
      return formatExcel(value, '0%');
    case 'pct1':
      return formatExcel(value, '0.0%');
    case 'x1':
      return formatExcel(value, '0.0"x"');
    case 'x2':
      return formatExcel(value, '0.00"x"');
    case 'bps':
      return formatExcel(value * 10000, '#,##0" bps"');
    case 'int':
      return formatExcel(value, '#,##0');
  }
}

/**
 * A figure with no format: its unit's default (CALC.md §3). USD and other currencies: billions
 * at >= 1e9, millions at >= 1e6, else whole units (`$#,##0`); pct -> pct1; x -> x1;
 * count -> int; a pure number (or unknown unit) -> grouped, up to 2 decimals (4 below 1), no
 * trailing zeros.
 */
export function formatByUnit(value: number, unit: string): string {
  if (isCurrencyUnit(unit)) {
    const prefix = currencyPrefix(unit);
    const size = Math.abs(value);
    if (size >= 1e9) return scaledAmount(value, prefix, ',,,', unit === 'USD' ? ' billion' : 'bn');
    if (size >= 1e6) return scaledAmount(value, prefix, ',,', 'm');
    return formatExcel(value, `${prefix}#,##0`);
  }
  if (unit === 'pct') return formatPreset(value, 'pct1');
  if (unit === 'x') return formatPreset(value, 'x1');
  if (unit === 'count') return formatPreset(value, 'int');
  const rounded = roundHalfAway(value, Math.abs(value) >= 1 ? 2 : 4);
  const decimals = (String(rounded).split('.')[1] ?? '').length;
  return formatExcel(rounded, decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
}
