import { useEffect, useState, type ReactNode } from 'react';
import { chartPoints, type EvaluatedChart } from '../../../shared/chart/evaluateChart';
import type { ChartEdit } from '../../../shared/chart/editChartYaml';
import { CHART_LIMITS, CHART_TYPES, type ChartSpec } from '../../../shared/chart/chartTypes';
import type { CalcStore } from '../../calc/createCalcStore';
import { ExpressionInput } from '../figure/ExpressionInput';
import { FormatInput } from '../figure/FormatInput';

const TYPE_LABELS = { bar: 'Bar', line: 'Line', range: 'Range (football field)' } as const;

/**
 * The chart as a form: type, title, format, and the categories and series (or a range
 * chart's rows and marker), each value picked with the figure autocomplete. It holds no
 * chart of its own: every change goes to `onEdit`, which rewrites the block's YAML, and the
 * form shows what that YAML reads back. Each field shows its own problem beside it.
 */
export function ChartForm({
  spec,
  chart,
  calc,
  onEdit,
}: {
  spec: ChartSpec;
  chart: EvaluatedChart;
  calc: CalcStore;
  onEdit: (edit: ChartEdit) => void;
}) {
  const problems = problemsByKey(chart);
  const sample = chartPoints(chart).find((p) => p.value.ok)?.value ?? null;
  const expr = (
    key: string,
    label: string,
    value: string,
    write: (expr: string) => ChartEdit,
  ): ReactNode => (
    <Field problem={problems.get(key)}>
      <Draft value={value} onChange={(v) => onEdit(write(v))}>
        {(draft, set) => (
          <ExpressionInput
            value={draft}
            onChange={set}
            onSubmit={() => undefined}
            calc={calc}
            label={label}
            hideLabel
            autoFocus={false}
            testId="chart-form-value"
            invalid={problems.has(key)}
          />
        )}
      </Draft>
    </Field>
  );

  return (
    <div className="chart-form" data-testid="chart-form">
      <div className="chart-form__head">
        <label className="popover__field">
          <span className="popover__label">Type</span>
          <select
            className="popover__input"
            value={spec.type}
            onChange={(e) => onEdit({ kind: 'type', type: e.target.value as ChartSpec['type'] })}
          >
            {CHART_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <Field problem={problems.get('title')} grow>
          <Draft value={spec.title} onChange={(title) => onEdit({ kind: 'title', title })}>
            {(draft, set) => (
              <label className="popover__field">
                <span className="popover__label">Title</span>
                <input
                  className="popover__input"
                  value={draft}
                  onChange={(e) => set(e.target.value)}
                  autoFocus
                  data-testid="chart-form-title"
                />
              </label>
            )}
          </Draft>
        </Field>
        <Field problem={problems.get('format')}>
          <Draft value={spec.format} onChange={(format) => onEdit({ kind: 'format', format })}>
            {(draft, set) => (
              <FormatInput
                value={draft}
                onChange={set}
                onSubmit={() => undefined}
                sample={sample}
              />
            )}
          </Draft>
        </Field>
      </div>
      {spec.type === 'range' ? (
        <RangeRows spec={spec} problems={problems} onEdit={onEdit} expr={expr} />
      ) : (
        <SeriesTable spec={spec} problems={problems} onEdit={onEdit} expr={expr} />
      )}
      {problems.get('') && <p className="chart-form__problem">{problems.get('')}</p>}
    </div>
  );
}

type ExprField = (
  key: string,
  label: string,
  value: string,
  write: (expr: string) => ChartEdit,
) => ReactNode;

interface PartProps {
  spec: ChartSpec;
  problems: Map<string, string>;
  onEdit: (edit: ChartEdit) => void;
  expr: ExprField;
}

/** bar and line: one row per category, one column per series. */
function SeriesTable({ spec, problems, onEdit, expr }: PartProps) {
  return (
    <table className="chart-form__table">
      <thead>
        <tr>
          <th scope="col">Category</th>
          {spec.series.map((series, s) => (
            <th scope="col" key={s}>
              <Field
                problem={problems.get(`series[${s}].name`) ?? problems.get(`series[${s}].values`)}
              >
                <div className="chart-form__cell">
                  <TextField
                    label={`Series ${s + 1} name`}
                    value={series.name}
                    onChange={(name) => onEdit({ kind: 'seriesName', series: s, name })}
                  />
                  <Remove
                    label={`Remove series ${series.name || s + 1}`}
                    disabled={spec.series.length <= 1}
                    onClick={() => onEdit({ kind: 'removeSeries', series: s })}
                  />
                </div>
              </Field>
            </th>
          ))}
          <th scope="col" className="chart-form__add-col">
            <Add
              label="Add series"
              disabled={spec.series.length >= CHART_LIMITS.series}
              onClick={() => onEdit({ kind: 'addSeries' })}
            />
          </th>
        </tr>
      </thead>
      <tbody>
        {spec.categories.map((category, c) => (
          <tr key={c}>
            <th scope="row">
              <Field problem={problems.get(`categories[${c}]`)}>
                <div className="chart-form__cell">
                  <TextField
                    label={`Category ${c + 1}`}
                    value={category}
                    onChange={(label) => onEdit({ kind: 'category', index: c, label })}
                  />
                  <Remove
                    label={`Remove category ${category || c + 1}`}
                    disabled={spec.categories.length <= 1}
                    onClick={() => onEdit({ kind: 'removeCategory', index: c })}
                  />
                </div>
              </Field>
            </th>
            {spec.series.map((series, s) => (
              <td key={s}>
                {expr(
                  `series[${s}].values[${c}]`,
                  `${category || `Category ${c + 1}`}, ${series.name || `series ${s + 1}`}`,
                  series.values[c]?.expr ?? '',
                  (value) => ({ kind: 'value', series: s, index: c, expr: value }),
                )}
              </td>
            ))}
            <td />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={spec.series.length + 2}>
            <Add
              label="Add category"
              disabled={spec.categories.length >= CHART_LIMITS.categories}
              onClick={() => onEdit({ kind: 'addCategory' })}
            />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A range chart: a row per range (label, low, high), and the marker. */
function RangeRows({ spec, problems, onEdit, expr }: PartProps) {
  return (
    <table className="chart-form__table">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Low</th>
          <th scope="col">High</th>
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row, r) => (
          <tr key={r}>
            <th scope="row">
              <Field problem={problems.get(`rows[${r}].label`) ?? problems.get(`rows[${r}]`)}>
                <div className="chart-form__cell">
                  <TextField
                    label={`Row ${r + 1} label`}
                    value={row.label}
                    onChange={(label) => onEdit({ kind: 'rowLabel', row: r, label })}
                  />
                  <Remove
                    label={`Remove row ${row.label || r + 1}`}
                    disabled={spec.rows.length <= 1}
                    onClick={() => onEdit({ kind: 'removeRow', row: r })}
                  />
                </div>
              </Field>
            </th>
            {(['low', 'high'] as const).map((bound) => (
              <td key={bound}>
                {expr(
                  `rows[${r}].${bound}`,
                  `${row.label || `Row ${r + 1}`}, ${bound}`,
                  row[bound].expr,
                  (value) => ({
                    kind: 'rowBound',
                    row: r,
                    bound,
                    expr: value,
                  }),
                )}
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">
            {spec.marker ? (
              <div className="chart-form__cell">
                <TextField
                  label="Marker label"
                  value={spec.marker.label}
                  onChange={(label) =>
                    onEdit({ kind: 'marker', label, expr: spec.marker?.value.expr ?? '' })
                  }
                />
                <Remove
                  label="Remove the marker"
                  onClick={() => onEdit({ kind: 'removeMarker' })}
                />
              </div>
            ) : (
              <button
                type="button"
                className="chart-form__add"
                onClick={() => onEdit({ kind: 'marker', label: 'Price', expr: '0' })}
              >
                Add marker
              </button>
            )}
          </th>
          <td colSpan={2}>
            {spec.marker &&
              expr('marker.value', 'Marker value', spec.marker.value.expr, (value) => ({
                kind: 'marker',
                label: spec.marker?.label ?? '',
                expr: value,
              }))}
          </td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>
            <Add
              label="Add row"
              disabled={spec.rows.length >= CHART_LIMITS.rows}
              onClick={() => onEdit({ kind: 'addRow' })}
            />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A field and, below it, its problem (from the YAML or from the value's evaluation). */
function Field({
  problem,
  grow,
  children,
}: {
  problem: string | undefined;
  grow?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`chart-form__field${grow ? ' chart-form__field--grow' : ''}`}>
      {children}
      {problem && (
        <p className="chart-form__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function TextField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Draft value={value} onChange={onChange}>
      {(draft, set) => (
        <input
          className="popover__input"
          aria-label={label}
          value={draft}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </Draft>
  );
}

function Add({
  label,
  disabled,
  onClick,
}: {
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="chart-form__add" disabled={disabled} onClick={onClick}>
      {label}
    </button>
  );
}

function Remove({
  label,
  disabled,
  onClick,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="chart-form__remove"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      ×
    </button>
  );
}

/**
 * What a field shows while the writer types: every keystroke goes to the YAML, but the
 * YAML reads back trimmed (`Capex ` is `Capex`), so the field keeps its own text until the
 * YAML says something else.
 */
function Draft({
  value,
  onChange,
  children,
}: {
  value: string;
  onChange: (value: string) => void;
  children: (draft: string, set: (value: string) => void) => ReactNode;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    setDraft((d) => (d.trim() === value.trim() ? d : value));
  }, [value]);
  return children(draft, (next) => {
    setDraft(next);
    onChange(next);
  });
}

/** Each problem by the key it is about (a value's failure under its value's key). */
function problemsByKey(chart: EvaluatedChart): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of chart.issues) if (!map.has(issue.key)) map.set(issue.key, issue.message);
  for (const point of chartPoints(chart))
    if (!point.value.ok && point.expr !== '' && !map.has(point.key))
      map.set(point.key, point.value.error.message);
  return map;
}
