import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/calc/createEngine';
import { evaluateChart } from '../../../shared/chart/evaluateChart';
import { parseChart } from '../../../shared/chart/parseChart';
import { BAR_EXAMPLE, chartFacts, RANGE_EXAMPLE } from './chartFacts';

function engine() {
  const e = createEngine();
  e.setFacts(chartFacts);
  return e;
}

describe('parseChart', () => {
  it('reads CALC.md §8 bar example', () => {
    const { spec, issues } = parseChart(BAR_EXAMPLE);
    expect(issues).toEqual([]);
    expect(spec).toEqual({
      type: 'bar',
      title: 'Northwind revenue',
      format: 'usd_bn',
      categories: ['FY2024', 'FY2025'],
      series: [
        {
          name: 'Revenue',
          values: [
            { expr: 'NWD.revenue.FY2024', key: 'series[0].values[0]', line: 7 },
            { expr: 'NWD.revenue.FY2025', key: 'series[0].values[1]', line: 7 },
          ],
        },
      ],
      rows: [],
      marker: null,
    });
  });

  it('reads CALC.md §8 range example with its marker', () => {
    const { spec, issues } = parseChart(RANGE_EXAMPLE);
    expect(issues).toEqual([]);
    expect(spec.type).toBe('range');
    expect(spec.format).toBe('$#,##0.0,,,"bn"');
    expect(spec.rows.map((r) => [r.label, r.low.expr, r.high.expr, r.low.line])).toEqual([
      ['Trading multiples', '12 * CTSO.ebitda.FY2025', '16 * CTSO.ebitda.FY2025', 6],
      [
        'With synergies',
        '12 * (CTSO.ebitda.FY2025 + NWD_CTSO.synergies)',
        '16 * (CTSO.ebitda.FY2025 + NWD_CTSO.synergies)',
        9,
      ],
    ]);
    expect(spec.marker).toEqual({
      label: 'Price',
      value: { expr: 'NWD_CTSO.price', key: 'marker.value', line: 13 },
    });
  });

  it('keeps numbers as written (a number is an expression too)', () => {
    const { spec } = parseChart(
      'type: bar\ncategories: [2024, A]\nseries:\n  - values: [1.50e9, -2]',
    );
    expect(spec.categories).toEqual(['2024', 'A']);
    expect(spec.series[0]!.values.map((v) => v.expr)).toEqual(['1.50e9', '-2']);
  });

  it.each([
    ['type: pie\ncategories: [a]\nseries: [{values: [1]}]', 1, 'type', 'unknown chart type "pie"'],
    [
      'type: bar\ncategories: [a]\nseries: [{values: [1]}]\ncolour: red',
      4,
      'colour',
      'unknown key "colour"',
    ],
    [
      'type: bar\nformat: "@"\ncategories: [a]\nseries: [{values: [1]}]',
      2,
      'format',
      'unknown format "@"',
    ],
    [
      'type: bar\ncategories: [a, b]\nseries:\n  - values: [1]',
      4,
      'series[0].values',
      'has 1 values for 2 categories',
    ],
    ['type: bar\nseries:\n  - values: [1]', 1, 'categories', '"categories" is missing'],
    [
      'type: bar\ncategories: [a]\nseries: [{values: [[1]]}]',
      3,
      'series[0].values[0]',
      'must be an expression',
    ],
    [
      'type: range\nrows:\n  - label: A\n    low: 1',
      3,
      'rows[0].high',
      '"rows[0].high" is missing',
    ],
    ['type: range\nrows: []\nmarker: 3', 2, 'rows', 'at least 1 rows'],
    ['type: bar\ncategories: [a, b\nseries: []', 3, '', 'Flow sequence'],
    ['- 1\n- 2', 1, '', 'a chart is a YAML mapping'],
    ['type: bar\ntype: line', 2, '', 'Map keys must be unique'],
  ])('reports %j at line %i, key %j', (text, line, key, message) => {
    const { issues } = parseChart(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ line, key });
    expect(issues[0]!.message).toContain(message);
  });

  it('refuses more than 12 categories and more than 4 series', () => {
    const cats = Array.from({ length: 13 }, (_, i) => `c${i}`);
    const values = `[${cats.map(() => '1').join(', ')}]`;
    const series = Array.from({ length: 5 }, () => `  - values: ${values}`).join('\n');
    const { issues } = parseChart(
      `type: line\ncategories: [${cats.join(', ')}]\nseries:\n${series}`,
    );
    expect(issues.map((i) => i.key)).toEqual(['categories', 'series']);
    expect(issues[0]!.message).toContain('at most 12');
    expect(issues[1]!.message).toContain('at most 4');
  });
});

describe('evaluateChart', () => {
  it('binds every value through the engine and formats every label with the format', () => {
    const chart = evaluateChart(BAR_EXAMPLE, engine());
    expect(chart.series[0]!.points.map((p) => p.display)).toEqual(['$211.9bn', '$245.1bn']);
    expect(chart.expressions).toEqual(['NWD.revenue.FY2024', 'NWD.revenue.FY2025']);
    expect(chart.unit).toBe('USD');
  });

  it('computes range rows and the marker with an Excel code', () => {
    const chart = evaluateChart(RANGE_EXAMPLE, engine());
    expect(chart.rows.map((r) => [r.low.display, r.high.display])).toEqual([
      ['$13.2bn', '$17.6bn'],
      ['$15.6bn', '$20.8bn'],
    ]);
    expect(chart.marker?.point.display).toBe('$17.5bn');
  });

  it('makes a bad expression an error value, the rest of the chart keeps its values', () => {
    const chart = evaluateChart(
      'type: bar\ncategories: [a, b]\nseries:\n  - values: [NWD.revenue.FY2024, NOPE.revenue]',
      engine(),
    );
    const [good, bad] = chart.series[0]!.points;
    expect(good!.value.ok).toBe(true);
    expect(bad!.value.ok).toBe(false);
    expect(bad!.display).toBe('#ERR');
  });
});
