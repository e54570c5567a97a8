import { format as numfmtFormat, tokenize } from 'numfmt';
import { roundHalfAway } from './roundHalfAway';

/** What rounding one section of an Excel number format does to the value it shows. */
interface SectionRounding {
  decimals: number;
  /** value * multiply / divide is what the section prints (`%` multiplies by 100, each trailing `,` divides by 1000). */
  multiply: number;
  divide: number;
}

const NOT_PLAIN = new Set([
  'exp',
  'slash',
  'datetime',
  'general',
  'text',
  'condition',
  'ampm',
  'duration',
  'calendar',
]);
const DIGIT = new Set(['zero', 'hash', 'qmark', 'digit']);
const cache = new Map<string, SectionRounding[] | null>();

/**
 * Formats with an Excel number-format code (validated by the caller) through numfmt, rounding
 * first ourselves, half away from zero at 15 significant digits as Excel does (numfmt alone
 * shows 1.005 at `0.00` as 1.00). A value that rounds to zero shows as zero: no "-0", no "(0)".
 */
export function formatExcel(value: number, code: string): string {
  const sections = sectionRounding(code);
  if (!sections) return numfmtFormat(code, value);
  const section =
    value > 0
      ? sections[0]
      : value < 0
        ? (sections[1] ?? sections[0])
        : (sections[2] ?? sections[0]);
  if (!section) return numfmtFormat(code, value);
  const { decimals, multiply, divide } = section;
  const rounded = (roundHalfAway((value * multiply) / divide, decimals) * divide) / multiply;
  return numfmtFormat(code, rounded === 0 ? 0 : rounded);
}

/** Per section (positive; negative; zero), its rounding; null when a section is not a plain number format. */
function sectionRounding(code: string): SectionRounding[] | null {
  const known = cache.get(code);
  if (known !== undefined) return known;
  const sections: SectionRounding[] = [];
  let current = { decimals: 0, multiply: 1, divide: 1 };
  let afterPoint = false;
  let plain = true;
  for (const token of tokenize(code)) {
    if (token.type === 'break') {
      sections.push(current);
      current = { decimals: 0, multiply: 1, divide: 1 };
      afterPoint = false;
    } else if (NOT_PLAIN.has(token.type)) plain = false;
    else if (token.type === 'point') afterPoint = true;
    else if (token.type === 'percent') current.multiply *= 100;
    else if (token.type === 'scale') current.divide *= 1000 ** token.raw.length;
    else if (afterPoint && DIGIT.has(token.type)) current.decimals += token.raw.length;
  }
  sections.push(current);
  const result = plain ? sections : null;
  cache.set(code, result);
  return result;
}
