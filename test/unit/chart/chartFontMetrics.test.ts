import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { METRIC_CHARS } from '../../../shared/chart/chartFontMetrics';
import { chartTextWidth, wrapChartText } from '../../../shared/chart/measureChartText';

const require = createRequire(import.meta.url);
// fontkit is pdfkit's font engine; the table must be what it measures in the bundled TTFs.
const fontkit = require('fontkit') as {
  openSync(path: string): {
    layout(text: string, features: object): { positions: { xAdvance: number }[] };
    unitsPerEm: number;
  };
};

describe('chart font metrics', () => {
  it.each([
    ['sans', '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'],
    ['sans-bold', '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'],
  ] as const)(
    '%s is the TTF, unkerned (run scripts/generateChartFontMetrics.mjs if not)',
    (face, file) => {
      const font = fontkit.openSync(require.resolve(file));
      const labels = [
        ...METRIC_CHARS,
        'AV To $245.1bn (12.5%)',
        '-$4.2bn',
        '$1,250,000',
        '19.3x',
        '125 bps',
        'Q3 2025',
        'Trading multiples',
        'Price $17.5bn',
        '#ERR',
      ];
      for (const text of labels) {
        const units = font
          .layout(text, { kern: false })
          .positions.reduce((sum, p) => sum + p.xAdvance, 0);
        expect(chartTextWidth(text, face, 10), text).toBeCloseTo((units / font.unitsPerEm) * 10, 6);
      }
    },
  );

  it('wraps at spaces and shortens what does not fit with an ellipsis', () => {
    const lines = wrapChartText(
      'Retail and subscription services in North America',
      'sans',
      7.5,
      80,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(chartTextWidth(line, 'sans', 7.5)).toBeLessThanOrEqual(80);
    expect(wrapChartText('Supercalifragilistic', 'sans', 7.5, 30, 2)).toEqual([
      expect.stringMatching(/^Sup.*…$/),
    ]);
    expect(wrapChartText('FY2024', 'sans', 7.5, 80, 2)).toEqual(['FY2024']);
  });
});
