import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { isValidFormat } from '../format/isValidFormat';
import { PRESET_NAMES } from '../format/formatPresets';
import {
  CHART_LIMITS,
  CHART_TYPES,
  type ChartExpr,
  type ChartIssue,
  type ChartMarker,
  type ChartRow,
  type ChartSeries,
  type ChartSpec,
  type ChartType,
  type ParsedChart,
} from './chartTypes';

const TOP_KEYS: Record<ChartType, readonly string[]> = {
  bar: ['type', 'title', 'format', 'categories', 'series'],
  line: ['type', 'title', 'format', 'categories', 'series'],
  range: ['type', 'title', 'format', 'rows', 'marker'],
};

/**
 * Reads the YAML body of a ```chart block (CALC.md §8). Every problem (bad YAML, an unknown
 * or missing key, a value that is not an expression, too many categories, a series whose
 * values do not match the categories, an unknown format) is an issue with its line and key;
 * the spec holds what could be read.
 */
export function parseChart(text: string): ParsedChart {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const issues: ChartIssue[] = [];
  const spec: ChartSpec = {
    type: 'bar',
    title: '',
    format: '',
    categories: [],
    series: [],
    rows: [],
    marker: null,
  };
  for (const error of doc.errors) {
    issues.push({
      line: error.linePos?.[0].line ?? 1,
      key: '',
      message: firstLine(error.message),
    });
  }
  if (issues.length > 0) return { spec, issues };

  const lineOf = (node: Node | null | undefined, fallback = 1): number =>
    node?.range ? lines.linePos(node.range[0]).line : fallback;
  const issue = (node: Node | null | undefined, key: string, message: string): void => {
    issues.push({ line: lineOf(node), key, message });
  };

  const root = doc.contents;
  if (!isMap(root)) {
    issue(
      root,
      '',
      'a chart is a YAML mapping with type, title, format, categories and series (or rows)',
    );
    return { spec, issues };
  }
  const get = (map: YAMLMap, key: string): Node | null => {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    return (pair?.value as Node | null | undefined) ?? null;
  };
  const text_ = (node: Node | null, key: string, required: boolean): string => {
    if (node === null || (isScalar(node) && node.value === null)) {
      if (required) issue(root, key, `"${key}" is missing`);
      return '';
    }
    if (!isScalar(node) || typeof node.value === 'object') {
      issue(node, key, `"${key}" must be text`);
      return '';
    }
    return String(node.value);
  };
  const expr = (node: Node | null, key: string, owner: Node): ChartExpr => {
    if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) {
      issue(owner, key, `"${key}" is missing: give it an expression`);
      return { expr: '', key, line: lineOf(owner) };
    }
    if (!isScalar(node) || typeof node.value === 'boolean') {
      issue(node, key, `"${key}" must be an expression such as AMZN.capex.FY2025`);
      return { expr: '', key, line: lineOf(node) };
    }
    const source =
      typeof node.value === 'number' ? (node.source ?? String(node.value)) : String(node.value);
    return { expr: source.trim(), key, line: lineOf(node) };
  };
  const checkKeys = (map: YAMLMap, allowed: readonly string[], prefix: string): void => {
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '?';
      if (!allowed.includes(name)) {
        issue(
          pair.key as Node,
          prefix + name,
          `unknown key "${name}" (expected ${allowed.join(', ')})`,
        );
      }
    }
  };

  const typeNode = get(root, 'type');
  const typeText = text_(typeNode, 'type', true);
  if (typeText !== '') {
    if ((CHART_TYPES as readonly string[]).includes(typeText)) spec.type = typeText as ChartType;
    else issue(typeNode, 'type', `unknown chart type "${typeText}" (expected bar, line or range)`);
  }
  checkKeys(root, TOP_KEYS[spec.type], '');
  spec.title = text_(get(root, 'title'), 'title', false);
  const formatNode = get(root, 'format');
  spec.format = text_(formatNode, 'format', false).trim();
  if (!isValidFormat(spec.format)) {
    issue(
      formatNode,
      'format',
      `unknown format "${spec.format}": use a preset (${PRESET_NAMES.join(', ')}) or an Excel number format such as 0.0%`,
    );
  }

  const seq = (node: Node | null, key: string, min: number, max: number, what: string) => {
    if (node === null) {
      issue(root, key, `"${key}" is missing: give a list of ${what}`);
      return [];
    }
    if (!isSeq(node)) {
      issue(node, key, `"${key}" must be a list of ${what}`);
      return [];
    }
    if (node.items.length < min) issue(node, key, `"${key}" needs at least ${min} ${what}`);
    if (node.items.length > max)
      issue(node, key, `"${key}" has ${node.items.length} ${what}; a chart shows at most ${max}`);
    return node.items as Node[];
  };

  if (spec.type === 'range') {
    const rows = seq(get(root, 'rows'), 'rows', 1, CHART_LIMITS.rows, 'rows');
    spec.rows = rows.flatMap((row, i): ChartRow[] => {
      const key = `rows[${i}]`;
      if (!isMap(row)) {
        issue(row, key, `${key} must have label, low and high`);
        return [];
      }
      checkKeys(row, ['label', 'low', 'high'], `${key}.`);
      return [
        {
          label: text_(get(row, 'label'), `${key}.label`, false),
          low: expr(get(row, 'low'), `${key}.low`, row),
          high: expr(get(row, 'high'), `${key}.high`, row),
        },
      ];
    });
    const markerNode = get(root, 'marker');
    if (markerNode !== null) spec.marker = marker(markerNode);
  } else {
    const categories = seq(
      get(root, 'categories'),
      'categories',
      1,
      CHART_LIMITS.categories,
      'categories',
    );
    spec.categories = categories.map((node, i) => text_(node, `categories[${i}]`, true));
    const series = seq(get(root, 'series'), 'series', 1, CHART_LIMITS.series, 'series');
    spec.series = series.flatMap((item, i): ChartSeries[] => {
      const key = `series[${i}]`;
      if (!isMap(item)) {
        issue(item, key, `${key} must have a name and values`);
        return [];
      }
      checkKeys(item, ['name', 'values'], `${key}.`);
      const valuesNode = get(item, 'values');
      const values = valuesNode === null ? null : valuesNode;
      if (values === null) {
        issue(item, `${key}.values`, `"${key}.values" is missing: one expression per category`);
        return [{ name: text_(get(item, 'name'), `${key}.name`, false), values: [] }];
      }
      if (!isSeq(values)) {
        issue(values, `${key}.values`, `"${key}.values" must be a list of expressions`);
        return [{ name: text_(get(item, 'name'), `${key}.name`, false), values: [] }];
      }
      if (values.items.length !== spec.categories.length) {
        issue(
          values,
          `${key}.values`,
          `"${key}.values" has ${values.items.length} values for ${spec.categories.length} categories`,
        );
      }
      return [
        {
          name: text_(get(item, 'name'), `${key}.name`, false),
          values: (values.items as Node[]).map((v, j) => expr(v, `${key}.values[${j}]`, values)),
        },
      ];
    });
  }
  return { spec, issues };

  function marker(node: Node): ChartMarker | null {
    if (!isMap(node)) {
      issue(node, 'marker', '"marker" must have a label and a value');
      return null;
    }
    checkKeys(node, ['label', 'value'], 'marker.');
    return {
      label: text_(get(node, 'label'), 'marker.label', false),
      value: expr(get(node, 'value'), 'marker.value', node),
    };
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/** Every expression of a chart, in the order the chart reads them. */
export function chartExpressions(spec: ChartSpec): ChartExpr[] {
  if (spec.type === 'range') {
    return [
      ...spec.rows.flatMap((row) => [row.low, row.high]),
      ...(spec.marker ? [spec.marker.value] : []),
    ];
  }
  return spec.series.flatMap((series) => series.values);
}
