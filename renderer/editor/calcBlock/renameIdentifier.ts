const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Replaces the memo variable `from` with `to` in an expression, as a whole name only: not
 * inside a longer name, not as part of a dotted fact reference (`AMZN.capex`), not inside
 * a quoted string.
 */
export function renameIdentifier(expr: string, from: string, to: string): string {
  let out = '';
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i]!;
    if (ch === '"' || ch === "'") {
      const end = closingQuote(expr, i);
      out += expr.slice(i, end);
      i = end;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < expr.length && NAME_CHAR.test(expr[j]!)) j++;
      const name = expr.slice(i, j);
      const dotted = expr[i - 1] === '.' || expr[j] === '.';
      out += name === from && !dotted ? to : name;
      i = j;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      let j = i + 1;
      while (j < expr.length && /[0-9.eE]/.test(expr[j]!)) j++;
      out += expr.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** True when the expression reads the memo variable `name`. */
export function usesIdentifier(expr: string, name: string): boolean {
  return expr.includes(name) && renameIdentifier(expr, name, `${name}\u0000`) !== expr;
}

function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return Math.min(text.length, i + 1);
}
