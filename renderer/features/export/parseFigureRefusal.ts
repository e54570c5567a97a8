import type { ExportProblem } from './exportProblem';

// The places shared/memo/walkMemo writes: a figure's, whose message starts with its `{{ … }}`,
// and a calc line's.
const FIGURE_PLACE = /^(?:.+, )?(?:(?:paragraph|column|item) [\d.]+|heading ".*")$/s;
const CALC_LINE_PLACE = /^calc block \d+, line \d+$/;

/**
 * The errors listed by an `export:pdf` refusal (`The memo has 2 figure errors; …:` then one
 * `- PLACE: MESSAGE` line each), or null when the message is not such a refusal.
 */
export function parseFigureRefusal(message: string): ExportProblem[] | null {
  const [first = '', ...rest] = message.split('\n');
  if (!/\bfigure errors?\b/.test(first)) return null;
  const problems = rest
    .filter((line) => line.startsWith('- '))
    .map((line) => splitProblem(line.slice(2).trim()));
  return problems.length > 0 ? problems : null;
}

// Places and messages both hold `: `; the place ends at the first one that leaves a place.
function splitProblem(text: string): ExportProblem {
  for (let at = text.indexOf(': '); at >= 0; at = text.indexOf(': ', at + 1)) {
    const place = text.slice(0, at);
    const message = text.slice(at + 2);
    if (CALC_LINE_PLACE.test(place) || (FIGURE_PLACE.test(place) && message.startsWith('{{')))
      return { place, message };
  }
  return { place: '', message: text };
}
