import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/api/factFields';
import type { Entity } from '../../../shared/api/factsApi';
import { SINGLE_LINE_MAX } from '../../../shared/memo/textLimits';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';
import { ENTITY_KIND_LABEL } from './entityKindLabel';
import { parseFactField } from './parseFactField';
import { FormActions } from '../../ui/FormActions';

/**
 * Names and edits an entity (`entities:upsert`): its display name and kind, or a new entity
 * with its code, checked by the grid's rule for entity codes. An entity's code is what
 * figures read (`AMZN.capex.FY2025`), so an existing one keeps it.
 */
export function EntityDialog({
  entity,
  takenCodes,
  onClose,
  onSaved,
}: {
  /** The entity to edit; null: a new one. */
  entity: Entity | null;
  /** Codes already in use: a new entity must not take one. */
  takenCodes: readonly string[];
  onClose: () => void;
  onSaved: (code: string) => void;
}) {
  const api = useApi();
  const [code, setCode] = useState(entity?.code ?? '');
  const [name, setName] = useState(entity?.name ?? '');
  const [kind, setKind] = useState<EntityKind>(entity?.kind ?? 'company');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = parseFactField('entity', code);
    if (!checked.ok) {
      setProblem(`Code: ${checked.message}`);
      return;
    }
    if (!entity && takenCodes.includes(checked.value)) {
      setProblem(`Code: there is already an entity “${checked.value}”; edit it in the list.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const saved = await api.invoke('entities:upsert', {
        code: checked.value,
        name: name.trim(),
        kind,
      });
      onSaved(saved.code);
      onClose();
    } catch (error) {
      setProblem(`The entity was not saved: ${describeError(error)}`);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={entity ? `Edit ${entity.code}` : 'New entity'}
      onClose={onClose}
      testId="entity-dialog"
    >
      <form className="entity-form" onSubmit={(event) => void submit(event)}>
        <label className="form-label" htmlFor="entity-code">
          Code
        </label>
        <input
          id="entity-code"
          className="field"
          value={code}
          readOnly={entity !== null}
          placeholder="AMZN"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem?.startsWith('Code') ? true : undefined}
          {...(entity ? {} : { 'data-autofocus': true })}
          onChange={(event) => setCode(event.target.value)}
        />
        <p className="form-hint">
          {entity
            ? 'Figures read facts by this code, so it stays.'
            : 'What figures read: a letter, then letters, digits or _.'}
        </p>
        <label className="form-label" htmlFor="entity-name">
          Name
        </label>
        <input
          id="entity-name"
          className="field"
          value={name}
          maxLength={SINGLE_LINE_MAX}
          placeholder="Amazon.com, Inc."
          autoComplete="off"
          {...(entity ? { 'data-autofocus': true } : {})}
          onChange={(event) => setName(event.target.value)}
        />
        <label className="form-label" htmlFor="entity-kind">
          Kind
        </label>
        <select
          id="entity-kind"
          className="field"
          value={kind}
          onChange={(event) => setKind(event.target.value as EntityKind)}
        >
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ENTITY_KIND_LABEL[k]}
            </option>
          ))}
        </select>
        <FormActions
          error={problem}
          submitLabel={entity ? 'Save' : 'Add entity'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
