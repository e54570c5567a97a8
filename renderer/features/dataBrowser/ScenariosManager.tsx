import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Scenario } from '../../../shared/api/scenariosApi';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/describeError';

/**
 * The workspace's scenarios: create one, rename it (its overrides move with it), describe it,
 * delete it (its overrides go, the base facts stay). Every change is one `scenarios:*` call;
 * the lists reload on `scenarios:changed`. A refused call is shown in the dialog, beside the
 * scenario it is about.
 */
export function ScenariosManager({
  scenarios,
  readOnly,
  onClose,
}: {
  scenarios: Scenario[];
  readOnly: boolean;
  onClose: () => void;
}) {
  const api = useApi();
  const [problem, setProblem] = useState<{ about: string; message: string } | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const run = (about: string, call: () => Promise<unknown>, then?: () => void): void => {
    setProblem(null);
    call().then(
      () => then?.(),
      (error: unknown) => setProblem({ about, message: describeError(error) }),
    );
  };

  return (
    <Dialog title="Scenarios" onClose={onClose} wide testId="scenarios-manager">
      <p className="scenarios-manager__hint">
        A scenario is a named set of overrides of base facts. Figures name one with{' '}
        <code>{'{{ irr @bull }}'}</code>; the memo header shows the whole memo in one.
      </p>
      <ul className="scenarios-manager__list">
        {scenarios.map((s) => (
          <ScenarioRow
            key={s.name}
            scenario={s}
            readOnly={readOnly}
            problem={problem?.about === s.name ? problem.message : null}
            confirming={confirmDelete === s.name}
            onRename={(to) =>
              run(s.name, () => api.invoke('scenarios:rename', { name: s.name, to }))
            }
            onDescribe={(text) =>
              run(s.name, () =>
                api.invoke('scenarios:describe', { name: s.name, description: text }),
              )
            }
            onDelete={() => setConfirmDelete(s.name)}
            onConfirmDelete={(yes) => {
              setConfirmDelete(null);
              if (yes) run(s.name, () => api.invoke('scenarios:delete', { name: s.name }));
            }}
          />
        ))}
        {scenarios.length === 0 && <li className="scenarios-manager__empty">No scenarios yet.</li>}
      </ul>
      {!readOnly && (
        <form
          className="scenarios-manager__new"
          onSubmit={(event) => {
            event.preventDefault();
            run(
              '',
              () => api.invoke('scenarios:create', { name: name.trim(), description }),
              () => {
                setName('');
                setDescription('');
              },
            );
          }}
        >
          <NewField
            label="New scenario"
            name="New scenario name"
            value={name}
            placeholder="upside"
            onChange={setName}
          />
          <NewField
            label="Description"
            name="New scenario description"
            value={description}
            placeholder="What the case assumes"
            onChange={setDescription}
            grow
          />
          <button type="submit" className="button button-primary" disabled={name.trim() === ''}>
            Create
          </button>
          {problem?.about === '' && (
            <p className="scenarios-manager__problem" role="alert">
              {problem.message}
            </p>
          )}
        </form>
      )}
    </Dialog>
  );
}

/** A field of the new-scenario form: its caption above, `name` for assistive technology. */
function NewField({
  label,
  name,
  value,
  placeholder,
  onChange,
  grow = false,
}: {
  label: string;
  name: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  grow?: boolean;
}) {
  return (
    <label className={`scenarios-manager__field${grow ? ' scenarios-manager__field--grow' : ''}`}>
      <span className="form-label">{label}</span>
      <input
        className="field"
        value={value}
        placeholder={placeholder}
        aria-label={name}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

function ScenarioRow({
  scenario,
  readOnly,
  problem,
  confirming,
  onRename,
  onDescribe,
  onDelete,
  onConfirmDelete,
}: {
  scenario: Scenario;
  readOnly: boolean;
  problem: string | null;
  confirming: boolean;
  onRename: (to: string) => void;
  onDescribe: (description: string) => void;
  onDelete: () => void;
  onConfirmDelete: (yes: boolean) => void;
}) {
  const [name, setName] = useState(scenario.name);
  // A refused rename keeps what was typed beside its reason; once that is gone, the real name.
  useEffect(() => {
    if (problem === null) setName(scenario.name);
  }, [problem, scenario.name]);
  const [description, setDescription] = useState(scenario.description);
  const count = `${scenario.overrides} override${scenario.overrides === 1 ? '' : 's'}`;
  return (
    <li className="scenarios-manager__row" data-testid="scenario-row" data-name={scenario.name}>
      <input
        className="field scenarios-manager__name"
        value={name}
        aria-label={`Name of ${scenario.name}`}
        readOnly={readOnly}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name.trim() !== scenario.name && onRename(name.trim())}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <input
        className="field scenarios-manager__description"
        value={description}
        aria-label={`Description of ${scenario.name}`}
        placeholder="No description"
        readOnly={readOnly}
        onChange={(e) => setDescription(e.target.value)}
        onBlur={() => description !== scenario.description && onDescribe(description)}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <span className="muted-count">{count}</span>
      {!readOnly &&
        (confirming ? (
          <span className="scenarios-manager__confirm">
            Delete {scenario.name} and its {count}?
            <button
              type="button"
              className="button button-danger"
              onClick={() => onConfirmDelete(true)}
            >
              Delete
            </button>
            <button type="button" className="button" onClick={() => onConfirmDelete(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={`Delete ${scenario.name}`}
            onClick={onDelete}
          >
            Delete…
          </button>
        ))}
      {problem && (
        <p className="scenarios-manager__problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
