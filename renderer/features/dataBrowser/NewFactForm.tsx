import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FactInput } from '../../../shared/api/factsApi';
import { describeError } from '../shell/describeError';
import { FACT_COLUMNS } from './factColumns';
import { formatFactValue } from './formatFactValue';
import { parseFactField, type FactField } from './parseFactField';

type Draft = Record<FactField, string>;
type Errors = Partial<Record<FactField, string>>;

const PLACEHOLDER: Record<FactField, string> = {
  entity: 'AMZN',
  metric: 'revenue',
  period: 'FY2025',
  value: '125bn',
  unit: 'USD',
  source: '10-K p. 34',
  asOf: 'YYYY-MM-DD',
  note: '',
};

/**
 * A new fact, typed in a row above the grid. Each field is checked as the grid checks a
 * cell; nothing is sent until every field is valid. Enter adds and the form stays open for
 * the next fact (cleared, the first field focused, saying what was added); Escape closes it.
 */
export function NewFactForm({
  defaults,
  onCreate,
  onCancel,
  scenario = '',
  baseValues,
}: {
  /** Adds an override of this scenario ('' a base fact). */
  scenario?: string;
  /** Base values by `ENTITY.metric.PERIOD`, to show the one an override replaces. */
  baseValues?: ReadonlyMap<string, { value: number; unit: string }>;
  defaults: Partial<Draft>;
  /** Resolves with the added fact's label. */
  onCreate: (input: FactInput) => Promise<string>;
  onCancel: () => void;
}) {
  const empty = (): Draft => ({
    entity: '',
    metric: '',
    period: '',
    value: '',
    unit: '',
    source: '',
    asOf: new Date().toISOString().slice(0, 10),
    note: '',
    ...defaults,
  });
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const fields = useRef<HTMLDivElement>(null);
  const firstField = defaults.entity ? 1 : 0;

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    const found: Errors = {};
    const parsed = Object.fromEntries(
      FACT_COLUMNS.map(({ field, label }) => {
        const result = parseFactField(field, draft[field]);
        if (!result.ok) found[field] = `${label}: ${result.message}`;
        return [field, result.ok ? result.value : null];
      }),
    );
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setFailure(null);
    setAdded(null);
    try {
      const label = await onCreate({
        entity: String(parsed.entity),
        metric: String(parsed.metric),
        period: String(parsed.period),
        scenario,
        value: Number(parsed.value),
        unit: String(parsed.unit),
        source: String(parsed.source),
        asOf: typeof parsed.asOf === 'string' ? parsed.asOf : null,
        note: String(parsed.note),
      });
      setDraft(empty());
      setAdded(label);
      fields.current?.querySelectorAll('input')[firstField]?.focus();
    } catch (error) {
      setFailure(describeError(error));
    }
    setSaving(false);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const errorList = Object.values(errors).filter((message): message is string => !!message);
  const base = scenario
    ? baseValues?.get(`${draft.entity.trim()}.${draft.metric.trim()}.${draft.period.trim()}`)
    : undefined;
  return (
    <form
      className="new-fact"
      aria-label={scenario ? `New override in ${scenario}` : 'New fact'}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      data-testid="new-fact"
    >
      <div className="new-fact-fields" ref={fields}>
        {FACT_COLUMNS.map(({ field, label, align }, i) => (
          <label key={field} className={`new-fact-field${errors[field] ? ' invalid' : ''}`}>
            <span className="new-fact-label">{label}</span>
            <input
              className={`field${align === 'right' ? ' align-right' : ''}`}
              name={field}
              value={draft[field]}
              placeholder={PLACEHOLDER[field]}
              aria-invalid={errors[field] ? true : undefined}
              autoFocus={i === firstField}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => {
                const value = event.target.value;
                setDraft((current) => ({ ...current, [field]: value }));
                setErrors((current) => ({ ...current, [field]: undefined }));
              }}
            />
          </label>
        ))}
      </div>
      <div className="new-fact-footer">
        {scenario && (
          <div className="new-fact-base" data-testid="override-base">
            {base
              ? `Overrides the base value ${formatFactValue(base.value, base.unit)} in ${scenario}.`
              : `An override in ${scenario}; the base case has no such fact.`}
          </div>
        )}
        <div className="new-fact-errors" role="alert">
          {errorList.map((message) => (
            <div key={message} className="inline-error">
              {message}
            </div>
          ))}
          {failure && <div className="inline-error">The fact was not added: {failure}</div>}
        </div>
        {added && (
          <div className="new-fact-added" role="status" data-testid="new-fact-added">
            Added {added}.
          </div>
        )}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {scenario ? 'Add override' : 'Add fact'}
        </button>
      </div>
    </form>
  );
}
