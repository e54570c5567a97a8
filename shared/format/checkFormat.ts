import { getFormatInfo, isValidFormat as numfmtIsValid, tokenize } from 'numfmt';
import { isPreset, PRESET_NAMES, type PresetName } from './formatPresets';

/** Why a format cannot format a figure (CALC.md §3): data, so every caller words it the same. */
export interface FormatProblem {
  code: 'unknown_format';
  /** The format as written (trimmed). */
  format: string;
  /** The preset it most likely meant (`pct9` → `pct1`), or null when none is close. */
  suggestion: PresetName | null;
  /** One sentence naming the format and the suggestion. */
  message: string;
}

/** numfmt token types that show the number's digits: `0`, `#`, `?` and `General`. */
const DIGIT_PLACEHOLDERS = new Set(['zero', 'hash', 'qmark', 'general']);

/**
 * The one rule of CALC.md §3: a format is '' (the unit's default), a preset, or an Excel
 * number-format code that shows the number, i.e. has a digit placeholder (`0`, `#`, `?`) or
 * is `General`, outside quotes and escapes, and is not a date, time or text format. Anything
 * else (`pct9`, `x3`, `pct`, `usd`) is a problem naming the format and the closest preset;
 * it is never shown as literal text. Returns null for a good format.
 */
export function checkFormat(format: string): FormatProblem | null {
  const f = format.trim();
  if (f === '' || isPreset(f) || showsNumber(f)) return null;
  const suggestion = closestPreset(f);
  return { code: 'unknown_format', format: f, suggestion, message: formatMessage(f, suggestion) };
}

function showsNumber(code: string): boolean {
  if (!numfmtIsValid(code)) return false;
  const info = getFormatInfo(code);
  if (info.isDate || info.isText) return false;
  try {
    return tokenize(code).some((token) => DIGIT_PLACEHOLDERS.has(token.type));
  } catch {
    return false;
  }
}

function formatMessage(format: string, suggestion: PresetName | null): string {
  const guess = suggestion ? ` Did you mean ${suggestion}?` : '';
  return `Unknown format "${format}".${guess} A format is a preset (${PRESET_NAMES.join(', ')}) or an Excel number format with a digit placeholder (0, # or ?), such as 0.0%.`;
}

/** Presets in the order a tie is broken: each unit's default first (pct1 before pct0). */
const PREFERENCE: readonly PresetName[] = [
  'usd_billion',
  'usd_bn',
  'usd_m',
  'pct1',
  'pct0',
  'x1',
  'x2',
  'bps',
  'int',
];

/**
 * The preset a mistyped format most likely meant: the fewest edits (at most 2, case ignored),
 * or one that contains it (`billion` → `usd_billion`); on a tie, the nearest trailing digit
 * (`pct9` → `pct1`, `x3` → `x2`), then the unit's default. Null when none is close.
 */
export function closestPreset(format: string): PresetName | null {
  const typed = format.toLowerCase();
  let best: { preset: PresetName; rank: number[] } | null = null;
  for (const [order, preset] of PREFERENCE.entries()) {
    const distance = preset.includes(typed) && typed.length >= 3 ? 1 : editDistance(typed, preset);
    if (distance > 2) continue;
    const rank = [distance, digitGap(typed, preset), order];
    if (!best || compareRanks(rank, best.rank) < 0) best = { preset, rank };
  }
  return best?.preset ?? null;
}

function digitGap(typed: string, preset: string): number {
  const a = /\d$/.exec(typed)?.[0];
  const b = /\d$/.exec(preset)?.[0];
  return a && b ? Math.abs(Number(a) - Number(b)) : 0;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Levenshtein distance (insert, delete, substitute), for short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
