/**
 * The longest start of `text` that, followed by an ellipsis, fits in `width` (the whole text
 * when it fits as is). A binary search over the cut, so a text of n characters costs about
 * log2(n) measurements, never n; and no more characters are measured than could possibly
 * fit (`minCharWidth`, the narrowest glyph's advance, bounds that), so a 20,000-character
 * title costs the same as a 200-character one.
 */
export function fitToWidth(
  text: string,
  width: number,
  measure: (text: string) => number,
  minCharWidth: number,
): string {
  const most = Math.max(1, Math.ceil(width / Math.max(minCharWidth, 0.01)) + 1);
  if (text.length <= most && measure(text) <= width) return text;
  const chars = Array.from(text.slice(0, most * 2));
  const cut = (count: number): string => `${chars.slice(0, count).join('').trimEnd()}…`;
  let low = 1;
  let high = Math.min(chars.length, most);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(cut(mid)) <= width) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}
