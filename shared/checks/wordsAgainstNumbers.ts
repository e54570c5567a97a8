import { toExcelPrecision } from '../format/roundHalfAway';
import { shownNumber } from './shownNumber';

type Claim = 'below' | 'above' | 'atLeast' | 'atMost';

/** The qualifiers of CALC.md §9, longest first, and what each claims of the unrounded value. */
const QUALIFIERS: [string, Claim][] = [
  ['just under', 'below'],
  ['close to', 'below'],
  ['more than', 'above'],
  ['at least', 'atLeast'],
  ['at most', 'atMost'],
  ['nearly', 'below'],
  ['almost', 'below'],
  ['exceeding', 'above'],
  ['above', 'above'],
  ['over', 'above'],
];

const CLAIM_WORDS: Record<Claim, string> = {
  below: 'less than',
  above: 'more than',
  atLeast: 'at least',
  atMost: 'at most',
};

/**
 * Words against numbers (CALC.md §9): when the text right before a figure ends in a qualifier
 * (`nearly`, `over`, `at least`, ...), whether the figure's unrounded value contradicts it;
 * `"nearly 40%" claims less than 40%, but the value is exactly 0.4`. Null when the words agree
 * (or there are none, or the figure shows no number).
 */
export function wordsAgainstNumber(before: string, display: string, value: number): string | null {
  const tail = before.toLowerCase().replace(/\s+/g, ' ');
  const found = QUALIFIERS.find(([words]) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${words} ?$`, 'u').test(tail),
  );
  if (!found) return null;
  const shown = shownNumber(display);
  if (shown === null) return null;
  const [words, claim] = found;
  const actual = toExcelPrecision(value);
  const contradicted =
    claim === 'below'
      ? actual >= shown
      : claim === 'above'
        ? actual <= shown
        : claim === 'atLeast'
          ? actual < shown
          : actual > shown;
  if (!contradicted) return null;
  const exactly = actual === shown ? 'exactly ' : '';
  const unrounded = actual.toLocaleString('en-US', { maximumFractionDigits: 12 });
  return `"${words} ${display}" claims ${CLAIM_WORDS[claim]} ${display}, but the unrounded value is ${exactly}${unrounded}.`;
}
