export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  bn: 1e9,
  b: 1e9,
  t: 1e12,
  tn: 1e12,
};
const NUMBER = /^([+-]?)(\d[\d,_ ]*(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*(%|k|m|mm|bn|b|tn|t)?$/i;

/**
 * Reads a fact value as an analyst types it: `125000000000`, `125,000,000,000`, `1.25e11`,
 * `125bn`, `20.2%` (a fraction, 0.202), `(3.5)` for a negative. Never guesses: anything else
 * is an error that says what was typed.
 */
export function parseFactValue(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'A value is required: type a number.' };
  const negative = /^\(.*\)$/.test(trimmed);
  const body = negative ? trimmed.slice(1, -1).trim() : trimmed;
  const m = NUMBER.exec(body.replace(/^\$/, '').replace(/^([+-])\$/, '$1'));
  if (!m || (negative && m[1])) {
    return {
      ok: false,
      message: `“${trimmed}” is not a number. Type digits, e.g. 125000000000, 125bn or 20.2%.`,
    };
  }
  const digits = (m[2] ?? '').replace(/[,_ ]/g, '');
  let value = Number(`${digits}${m[3] ? `e${m[3]}` : ''}`);
  const suffix = m[4]?.toLowerCase();
  if (suffix === '%') value = value / 100;
  else if (suffix) value = value * (MULTIPLIERS[suffix] ?? 1);
  if (m[1] === '-' || negative) value = -value;
  if (!Number.isFinite(value)) return { ok: false, message: `“${trimmed}” is too large a number.` };
  return { ok: true, value: roundNoise(value) };
}

/** The text a value is edited as: percents as `20.2%`, everything else as plain digits. */
export function valueToEditText(value: number, unit: string): string {
  if (unit === 'pct') return `${roundNoise(value * 100)}%`;
  return String(value);
}

// 0.202 * 100 is 20.200000000000003 in binary floating point: keep 15 significant digits.
function roundNoise(value: number): number {
  return Number(value.toPrecision(15));
}
