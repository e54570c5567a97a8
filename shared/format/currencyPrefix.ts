/** The one list of currency symbols, by ISO 4217 code (read both ways: printing and Excel's formats). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  KRW: '₩',
  RUB: '₽',
  TRY: '₺',
  ILS: '₪',
};

/** The currencies whose symbol a figure prints; the others print their code (`CHF 12`). */
const PRINTED_SYMBOLS: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP', 'JPY']);

/** The currency a symbol stands for (`€` → EUR), or undefined. */
export function currencyOfSymbol(symbol: string): string | undefined {
  return Object.keys(CURRENCY_SYMBOLS).find((code) => CURRENCY_SYMBOLS[code] === symbol);
}

/** True for a currency unit: an ISO 4217 code such as USD (CALC.md section 1). */
export function isCurrencyUnit(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/**
 * What an amount in `unit` starts with, quoted for an Excel number-format code: `"$"` for
 * USD, `"€"`, `"£"`, `"¥"`; `"CHF "` for other codes.
 */
export function currencyPrefix(unit: string): string {
  return `"${PRINTED_SYMBOLS.has(unit) ? CURRENCY_SYMBOLS[unit] : `${unit} `}"`;
}
