/** An identifier: a letter, then letters, digits or `_` (entity codes, metrics, periods, variable names). */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** True when `text` is an identifier: a letter, then letters, digits or `_`. */
export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}
