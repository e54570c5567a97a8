/** What is wrong with a format that is neither a preset nor an Excel number format. */
export function formatProblem(format: string): string {
  return `Unknown format "${format}": use a preset (usd_billion, usd_bn, usd_m, pct0, pct1, x1, x2, bps, int) or an Excel number format such as 0.0%.`;
}
