/**
 * Finds where tokens stand in an expression's source, since mathjs's parse tree carries no
 * positions. The compiler walks the tree in source order and asks for each token it meets;
 * every token text has its own cursor, so the nth request for `/` gets the nth `/`.
 */

export type PositionFinder = (token: string) => number | undefined;

interface Token {
  text: string;
  position: number;
}

const NAME_PATH =
  /[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*(?:\s*\.\s*[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*)*/y;
const NUMBER = /(?:0[xXbBoO][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;
const STRING = /"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?/y;

export function createPositionFinder(source: string): PositionFinder {
  const tokens = scan(source);
  const cursors = new Map<string, number>();
  return (token) => {
    let i = cursors.get(token) ?? 0;
    while (i < tokens.length && tokens[i]!.text !== token) i++;
    cursors.set(token, i + 1);
    return tokens[i]?.position;
  };
}

function scan(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '#') break;
    const match =
      matchAt(NAME_PATH, source, i) ?? matchAt(NUMBER, source, i) ?? matchAt(STRING, source, i);
    if (match !== null) {
      tokens.push({ text: match.replace(/\s+/g, ''), position: i + 1 });
      i += match.length;
      continue;
    }
    tokens.push({ text: ch, position: i + 1 });
    i++;
  }
  return tokens;
}

function matchAt(pattern: RegExp, source: string, index: number): string | null {
  pattern.lastIndex = index;
  const m = pattern.exec(source);
  return m && m[0].length > 0 ? m[0] : null;
}
