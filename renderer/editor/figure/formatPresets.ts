/** The named presets of CALC.md section 3, in the order the format list offers them. */
export const FORMAT_PRESETS = [
  { name: '', label: 'Default for the unit' },
  { name: 'usd_billion', label: 'Dollars in billions, words' },
  { name: 'usd_bn', label: 'Dollars in billions, short' },
  { name: 'usd_m', label: 'Dollars in millions' },
  { name: 'pct0', label: 'Percent, whole' },
  { name: 'pct1', label: 'Percent, one decimal' },
  { name: 'x1', label: 'Multiple, one decimal' },
  { name: 'x2', label: 'Multiple, two decimals' },
  { name: 'bps', label: 'Basis points' },
  { name: 'int', label: 'Whole number' },
] as const;
