import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import type { ChartType } from './chartTypes';

/**
 * One edit the chart form makes. The form never keeps a chart of its own: each edit is
 * applied to the block's YAML (comments, key order and the rest of the text are kept) and
 * the chart is read back from that YAML, which stays the one source.
 */
export type ChartEdit =
  | { kind: 'type'; type: ChartType }
  | { kind: 'title'; title: string }
  | { kind: 'format'; format: string }
  | { kind: 'category'; index: number; label: string }
  | { kind: 'addCategory' }
  | { kind: 'removeCategory'; index: number }
  | { kind: 'seriesName'; series: number; name: string }
  | { kind: 'value'; series: number; index: number; expr: string }
  | { kind: 'addSeries' }
  | { kind: 'removeSeries'; series: number }
  | { kind: 'rowLabel'; row: number; label: string }
  | { kind: 'rowBound'; row: number; bound: 'low' | 'high'; expr: string }
  | { kind: 'addRow' }
  | { kind: 'removeRow'; row: number }
  | { kind: 'marker'; label: string; expr: string }
  | { kind: 'removeMarker' };

/** The YAML's syntax error, if any: the form edits only YAML that reads (nothing is lost). */
export function chartYamlError(text: string): { line: number; message: string } | null {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    return {
      line: error.linePos?.[0].line ?? 1,
      message: (error.message.split('\n')[0] ?? '').trim(),
    };
  }
  if (doc.contents !== null && !isMap(doc.contents))
    return { line: 1, message: 'a chart is a YAML mapping' };
  return null;
}

/** Applies one form edit to a chart's YAML; YAML that does not read is returned unchanged. */
export function editChartYaml(text: string, edit: ChartEdit): string {
  if (chartYamlError(text)) return text;
  const doc = parseDocument(text);
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  apply(doc, edit);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
}

function apply(doc: Document, edit: ChartEdit): void {
  switch (edit.kind) {
    case 'type':
      return setType(doc, edit.type);
    case 'title':
      return put(doc, ['title'], edit.title);
    case 'format':
      if (edit.format.trim() === '') doc.deleteIn(['format']);
      else put(doc, ['format'], edit.format.trim());
      return;
    case 'category':
      return put(doc, ['categories', edit.index], edit.label);
    case 'addCategory': {
      const categories = list(doc, ['categories']);
      categories.add(doc.createNode(`Category ${categories.items.length + 1}`));
      for (let s = 0; s < seriesCount(doc); s++) list(doc, ['series', s, 'values']).add(0);
      return;
    }
    case 'removeCategory':
      doc.deleteIn(['categories', edit.index]);
      for (let s = 0; s < seriesCount(doc); s++) doc.deleteIn(['series', s, 'values', edit.index]);
      return;
    case 'seriesName':
      return put(doc, ['series', edit.series, 'name'], edit.name);
    case 'value':
      return put(doc, ['series', edit.series, 'values', edit.index], scalar(edit.expr));
    case 'addSeries': {
      const n = list(doc, ['categories']).items.length;
      const values = doc.createNode(
        Array.from({ length: n }, () => 0),
        { flow: true },
      );
      list(doc, ['series']).add(doc.createNode({ name: `Series ${seriesCount(doc) + 1}`, values }));
      return;
    }
    case 'removeSeries':
      doc.deleteIn(['series', edit.series]);
      return;
    case 'rowLabel':
      return put(doc, ['rows', edit.row, 'label'], edit.label);
    case 'rowBound':
      return put(doc, ['rows', edit.row, edit.bound], scalar(edit.expr));
    case 'addRow': {
      const rows = list(doc, ['rows']);
      rows.add(doc.createNode({ label: `Row ${rows.items.length + 1}`, low: 0, high: 0 }));
      return;
    }
    case 'removeRow':
      doc.deleteIn(['rows', edit.row]);
      return;
    case 'marker':
      put(doc, ['marker', 'label'], edit.label);
      put(doc, ['marker', 'value'], scalar(edit.expr));
      return;
    case 'removeMarker':
      doc.deleteIn(['marker']);
      return;
  }
}

/**
 * bar and line share categories and series; a range chart has rows. Moving between them
 * carries the values over: each category becomes a row (the first series its low, the second
 * its high), and back.
 */
function setType(doc: Document, type: ChartType): void {
  const before = String(doc.getIn(['type']) ?? 'bar');
  doc.setIn(['type'], type);
  if ((before === 'range') === (type === 'range')) return;
  if (type === 'range') {
    const categories = plain(doc.getIn(['categories']));
    const series = plain(doc.getIn(['series'])) as { values?: unknown[] }[] | undefined;
    const low = series?.[0]?.values ?? [];
    const high = series?.[1]?.values ?? low;
    const rows = ((categories as unknown[] | undefined) ?? ['Row 1']).map((label, i) => ({
      label: String(label),
      low: low[i] ?? 0,
      high: high[i] ?? low[i] ?? 0,
    }));
    doc.deleteIn(['categories']);
    doc.deleteIn(['series']);
    doc.setIn(['rows'], doc.createNode(rows));
  } else {
    const rows = (plain(doc.getIn(['rows'])) as
      | { label?: unknown; low?: unknown; high?: unknown }[]
      | undefined) ?? [{ label: 'Category 1', low: 0, high: 0 }];
    doc.deleteIn(['rows']);
    doc.deleteIn(['marker']);
    doc.setIn(
      ['categories'],
      doc.createNode(
        rows.map((r) => String(r.label ?? '')),
        { flow: true },
      ),
    );
    doc.setIn(
      ['series'],
      doc.createNode([
        {
          name: 'Low',
          values: doc.createNode(
            rows.map((r) => r.low ?? 0),
            { flow: true },
          ),
        },
        {
          name: 'High',
          values: doc.createNode(
            rows.map((r) => r.high ?? 0),
            { flow: true },
          ),
        },
      ]),
    );
  }
}

/**
 * Writes a scalar as a new node: setting the value of the old one would keep its quoting
 * (a field cleared to `""` would stay quoted for good).
 */
function put(doc: Document, path: (string | number)[], value: string | number): void {
  const old = doc.getIn(path, true);
  const node = doc.createNode(value);
  if (isScalar(old)) {
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
  }
  doc.setIn(path, node);
}

/** The list at `path`, made if it is missing. */
function list(doc: Document, path: (string | number)[]): YAMLSeq {
  const node = doc.getIn(path, true);
  if (isSeq(node)) return node;
  const made = doc.createNode([], {
    flow: path[path.length - 1] !== 'series' && path[0] !== 'rows',
  });
  doc.setIn(path, made);
  return made as YAMLSeq;
}

function seriesCount(doc: Document): number {
  const node = doc.getIn(['series'], true);
  return isSeq(node) ? node.items.length : 0;
}

function plain(node: unknown): unknown {
  return node && typeof node === 'object' && 'toJSON' in node
    ? (node as { toJSON: () => unknown }).toJSON()
    : node;
}

/** An expression as YAML writes it: a number stays a number, anything else is text. */
function scalar(expr: string): string | number {
  const text = expr.trim();
  return /^-?\d+(\.\d+)?$/.test(text) && String(Number(text)) === text ? Number(text) : text;
}
