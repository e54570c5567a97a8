import { describe, expect, it } from 'vitest';
import { chartYamlError, editChartYaml, type ChartEdit } from '../../../shared/chart/editChartYaml';
import { parseChart } from '../../../shared/chart/parseChart';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import { NEW_CHART_YAML } from '../../../renderer/editor/chart/newChartYaml';
import { fence } from './chartFacts';

const edits = (text: string, ...list: ChartEdit[]): string =>
  list.reduce((yaml, edit) => editChartYaml(yaml, edit), text);

describe('editChartYaml: the chart form writes the YAML', () => {
  it('writes what the form changes and reads back without issues', () => {
    const yaml = edits(
      NEW_CHART_YAML,
      { kind: 'title', title: 'Capex' },
      { kind: 'addCategory' },
      { kind: 'category', index: 2, label: 'FY2026' },
      { kind: 'value', series: 0, index: 2, expr: 'AMZN.capex.FY2025 * 1.1' },
      { kind: 'addSeries' },
      { kind: 'seriesName', series: 1, name: 'Peers' },
      { kind: 'removeCategory', index: 0 },
    );
    expect(yaml).toBe(
      [
        'type: bar',
        'title: Capex',
        'format: usd_bn',
        'categories: [FY2025, FY2026]',
        'series:',
        '  - name: Revenue',
        '    values: [0, AMZN.capex.FY2025 * 1.1]',
        '  - name: Peers',
        '    values: [0, 0]',
      ].join('\n'),
    );
    const { spec, issues } = parseChart(yaml);
    expect(issues).toEqual([]);
    expect(spec.series[0]!.values.map((v) => v.expr)).toEqual(['0', 'AMZN.capex.FY2025 * 1.1']);
  });

  it('keeps the rest of the YAML: comments, other keys, and a cleared field is not quoted for good', () => {
    const text =
      '# capex chart\ntype: bar # the kind\ntitle: X\ncategories: [a]\nseries:\n  - values: [1]';
    const yaml = edits(
      text,
      { kind: 'category', index: 0, label: '' },
      { kind: 'category', index: 0, label: 'Capex 2025' },
      { kind: 'format', format: 'usd_m' },
    );
    expect(yaml).toBe(
      '# capex chart\ntype: bar # the kind\ntitle: X\ncategories: [Capex 2025]\nseries:\n  - values: [1]\nformat: usd_m',
    );
  });

  it('moves values between a bar chart and a range chart', () => {
    const range = edits(
      NEW_CHART_YAML,
      { kind: 'value', series: 0, index: 0, expr: 'A.x.FY2024' },
      { kind: 'type', type: 'range' },
      { kind: 'marker', label: 'Price', expr: 'A.price.FY2025' },
    );
    const read = parseChart(range);
    expect(read.issues).toEqual([]);
    expect(read.spec.rows.map((r) => [r.label, r.low.expr, r.high.expr])).toEqual([
      ['FY2024', 'A.x.FY2024', 'A.x.FY2024'],
      ['FY2025', '0', '0'],
    ]);
    expect(read.spec.marker?.value.expr).toBe('A.price.FY2025');
    const line = parseChart(editChartYaml(range, { kind: 'type', type: 'line' }));
    expect(line.issues).toEqual([]);
    expect(line.spec.categories).toEqual(['FY2024', 'FY2025']);
    expect(line.spec.series.map((s) => s.name)).toEqual(['Low', 'High']);
  });

  it('leaves YAML that does not read as it is, and says where it breaks', () => {
    const broken = 'type: bar\ncategories: [a\n';
    expect(editChartYaml(broken, { kind: 'title', title: 'T' })).toBe(broken);
    expect(chartYamlError(broken)?.line).toBeGreaterThan(0);
    expect(chartYamlError(NEW_CHART_YAML)).toBeNull();
  });

  it('what the form wrote round-trips through Markdown unchanged', () => {
    const yaml = edits(
      NEW_CHART_YAML,
      { kind: 'title', title: 'Capex: "2025"' },
      { kind: 'addSeries' },
    );
    const read = markdownToMemo(`# M\n\n${fence(yaml)}\n`);
    if (!read.ok) throw new Error('did not read');
    expect(read.memo.doc.content[1]).toEqual({
      type: 'chartBlock',
      content: [{ type: 'text', text: yaml }],
    });
    const again = markdownToMemo(memoToMarkdown(read.memo));
    expect(again.ok && again.memo).toEqual(read.memo);
  });
});
