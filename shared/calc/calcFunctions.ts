import { roundHalfAway, toExcelPrecision } from '../format/roundHalfAway';
import { additiveUnit } from './units';

/** A whitelisted function: its arity, and how it computes (null result: not a number). */
export interface CalcFunction {
  minArgs: number;
  maxArgs: number;
  /** Returns the value, or a message when the inputs are outside its domain. */
  apply(args: number[]): number | { problem: string };
  /** 'common': the inputs' common unit (like +); 'none': a pure number. */
  unit: 'common' | 'none';
}

const MANY = Number.POSITIVE_INFINITY;

function places(args: number[], name: string): number | { problem: string } {
  const n = args[1] ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > 15) {
    return {
      problem: `${name}'s second argument (decimals) must be a whole number from 0 to 15, not ${n}`,
    };
  }
  return n;
}

function withPlaces(name: string, round: (x: number) => number) {
  return (args: number[]): number | { problem: string } => {
    const n = places(args, name);
    if (typeof n !== 'number') return n;
    const scale = 10 ** n;
    return round(toExcelPrecision(args[0]! * scale)) / scale;
  };
}

function median(args: number[]): number {
  const sorted = [...args].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The functions of CALC.md §2, and nothing else. */
export const CALC_FUNCTIONS: ReadonlyMap<string, CalcFunction> = new Map<string, CalcFunction>([
  ['min', { minArgs: 1, maxArgs: MANY, unit: 'common', apply: (a) => Math.min(...a) }],
  ['max', { minArgs: 1, maxArgs: MANY, unit: 'common', apply: (a) => Math.max(...a) }],
  ['abs', { minArgs: 1, maxArgs: 1, unit: 'common', apply: (a) => Math.abs(a[0]!) }],
  [
    'round',
    {
      minArgs: 1,
      maxArgs: 2,
      unit: 'common',
      apply: (a) => {
        const n = places(a, 'round');
        return typeof n === 'number' ? roundHalfAway(a[0]!, n) : n;
      },
    },
  ],
  ['floor', { minArgs: 1, maxArgs: 2, unit: 'common', apply: withPlaces('floor', Math.floor) }],
  ['ceil', { minArgs: 1, maxArgs: 2, unit: 'common', apply: withPlaces('ceil', Math.ceil) }],
  [
    'sqrt',
    {
      minArgs: 1,
      maxArgs: 1,
      unit: 'none',
      apply: (a) =>
        a[0]! < 0 ? { problem: `sqrt of a negative number (${a[0]})` } : Math.sqrt(a[0]!),
    },
  ],
  [
    'log',
    {
      minArgs: 1,
      maxArgs: 2,
      unit: 'none',
      apply: (a) => {
        const [x = 0, base] = a;
        if (x <= 0) return { problem: `log of a number that is not positive (${x})` };
        if (base === undefined) return Math.log(x);
        if (base <= 0 || base === 1)
          return { problem: `log base must be positive and not 1 (${base})` };
        return Math.log(x) / Math.log(base);
      },
    },
  ],
  ['exp', { minArgs: 1, maxArgs: 1, unit: 'none', apply: (a) => Math.exp(a[0]!) }],
  [
    'sum',
    { minArgs: 1, maxArgs: MANY, unit: 'common', apply: (a) => a.reduce((s, x) => s + x, 0) },
  ],
  [
    'mean',
    {
      minArgs: 1,
      maxArgs: MANY,
      unit: 'common',
      apply: (a) => a.reduce((s, x) => s + x, 0) / a.length,
    },
  ],
  ['median', { minArgs: 1, maxArgs: MANY, unit: 'common', apply: median }],
]);

/** The names, for messages: `min, max, abs, ...`. */
export const CALC_FUNCTION_NAMES = [...CALC_FUNCTIONS.keys()].join(', ');

/** The unit of a call's result: round, floor and ceil keep their first argument's; the rest combine like +. */
export function callUnit(fn: CalcFunction, units: string[]): string {
  if (fn.unit === 'none') return '';
  if (fn.maxArgs === 2) return units[0] ?? '';
  return units.reduce(additiveUnit, units[0] ?? '');
}
