import { formatExcel } from './formatExcel';
import { roundHalfAway } from './roundHalfAway';

/** The named presets of CALC.md §3. */
export const PRESET_NAMES = [
  'usd_billion',
  'usd_bn',
  'usd_m',
  'pct0',
  'pct1',
  'x1',
  'x2',
  'bps',
  'int',
] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

export function isPreset(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/**
 * An amount in billions or millions with at most one decimal, and no trailing `.0`:
 * 50e9 -> `$50 billion`, 12.5e9 -> `$12.5 billion`, 12.34e9 -> `$12.3 billion`, 999,999 -> `$1m`.
 */
function scaledAmount(value: number, prefix: string, commas: string, suffix: string): string {
  const scaled = roundHalfAway(value / 1000 ** commas.length, 1);
  const decimals = Number.isInteger(scaled) ? '' : '.0';
  return formatExcel(value, `${prefix}#,##0${decimals}${commas}"${suffix}"`);
}

/** `"$"` for USD, `"€"`, `"£"`, `"¥"`; `"CHF "` for other codes (quoted for an Excel code). */
function currencyPrefix(unit: string): string {
  return `"${CURRENCY_SYMBOLS[unit] ?? `${unit} `}"`;
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
  if (/^[A-Z]{3}$/.test(unit)) {
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
