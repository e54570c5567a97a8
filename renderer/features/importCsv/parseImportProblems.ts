/** One problem of a rejected import, for the list the dialog shows. */
export interface ImportProblemView {
  line: number;
  column: string | null;
  message: string;
}

const PLACE = /line (\d+)(?:, column ([A-Za-z_/]+))?: /g;

/**
 * Splits the backend's rejection (`FILE, line 3, column value: "x" is not a number (and 1 more
 * problem: line 5, column period: ...). Nothing was imported.`) into one entry per problem.
 * Null when the message names no line: the dialog then shows it whole.
 */
export function parseImportProblems(message: string): ImportProblemView[] | null {
  const matches = [...message.matchAll(PLACE)];
  if (matches.length === 0) return null;
  const several = matches.length > 1;
  return matches.map((match, i) => {
    const start = (match.index ?? 0) + match[0].length;
    const next = matches[i + 1];
    let text = message.slice(start, next ? next.index : message.length);
    if (next) {
      text = text
        .replace(/\s*\(and (?:over )?(?:\d+ )?(?:more )*problems?: $/, '')
        .replace(/; $/, '');
    } else {
      text = text.replace(
        several ? /(?:; \.\.\.)?\)\. Nothing was imported\.$/ : /\. Nothing was imported\.$/,
        '',
      );
    }
    return { line: Number(match[1]), column: match[2] ?? null, message: text.trim() };
  });
}
