import { currencyOfSymbol } from './currencyPrefix';
/**
 * The fact unit an Excel number format implies (CALC.md §7): a percent format → `pct`, a
 * currency format → that currency's code, a format that ends in `x` → `x`, otherwise ''.
 * Only the first section (the one for positive numbers) counts. Quoted text and `\`-escaped
 * characters are literal text; `[$€-407]` and `[$USD]` name a currency; `[Red]`, `[>=0]`,
 * `_)` padding and `*` fills show nothing.
 */
export function unitFromNumberFormat(format: string | undefined): string {
  if (!format) return '';
  let literal = '';
  let percent = false;
  let currency = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === ';') break;
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      const text = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      literal += text;
      currency ||= currencyInText(text);
      i = end < 0 ? format.length : end;
    } else if (c === '\\') {
      literal += format[i + 1] ?? '';
      currency ||= currencyInText(format[i + 1] ?? '');
      i++;
    } else if (c === '_' || c === '*') {
      i++;
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1);
      const inside = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      if (inside.startsWith('$')) {
        const symbol = inside.slice(1).split('-')[0]!.trim();
        literal += symbol;
        currency ||= currencyInText(symbol);
      }
      i = end < 0 ? format.length : end;
    } else if (c === '%') {
      percent = true;
      literal += c;
    } else {
      literal += c;
      currency ||= currencyOfSymbol(c) ?? '';
    }
  }
  if (percent) return 'pct';
  if (currency) return currency;
  if (/[xX×]$/.test(literal.trimEnd())) return 'x';
  return '';
}

/** ISO 4217 codes that models write as text in a format (`"CHF "#,##0`, `[$EUR]`). */
const CURRENCY_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'CNY',
  'HKD',
  'SGD',
  'SEK',
  'NOK',
  'DKK',
  'INR',
  'BRL',
  'ZAR',
]);

function currencyInText(text: string): string {
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  if (code && CURRENCY_CODES.has(code)) return code;
  for (const c of text) {
    const symbolCode = currencyOfSymbol(c);
    if (symbolCode) return symbolCode;
  }
  return '';
}
