import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { FactChange, FactRow } from '../../../shared/api/factsApi';
import { describeError } from '../../ui/describeError';
import { Icon } from '../../ui/Icon';
import { describeFactChange } from './describeFactChange';
import { factLabel } from './factLabel';
import { formatFactValue } from './formatFactValue';
import { formatWhen } from '../../ui/formatWhen';

const ORIGIN: Record<FactChange['origin'], string> = {
  ui: 'data browser',
  import: 'CSV import',
  cli: 'command line',
  api: 'API',
  link: 'linked workbook',
};
const ACTION: Record<FactChange['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
};

/**
 * The fact beside the grid: where its value came from, and its history from the change
 * log (who, when, old -> new). Reloads when the fact changes, however it changed.
 */
export function FactDetailsPanel({ fact, onClose }: { fact: FactRow; onClose: () => void }) {
  const api = useApi();
  const [changes, setChanges] = useState<FactChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = factLabel(fact);

  useEffect(() => {
    let live = true;
    const load = (): void => {
      api.invoke('facts:history', { ref: { id: fact.id } }).then(
        (result) => live && (setChanges(result.changes), setError(null)),
        (e: unknown) => live && setError(describeError(e)),
      );
    };
    load();
    const off = api.on('facts:changed', (event) => {
      if (event.removed.includes(key) || event.upserted.some((f) => factLabel(f) === key)) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [api, fact.id, key, fact.updatedAt]);

  return (
    <aside className="fact-details" aria-label={`Fact ${key}`} data-testid="fact-details">
      <header className="fact-details-header">
        <div className="fact-details-title">
          <code>{key}</code>
          <span className="fact-details-entity">{fact.entityName}</span>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the fact panel"
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      <div className="fact-details-main">
        <div className="fact-details-value">{formatFactValue(fact.value, fact.unit)}</div>
        <dl className="fact-details-fields">
          <dt>Raw value</dt>
          <dd className="numeric">{fact.value}</dd>
          <dt>Unit</dt>
          <dd>{fact.unit || '—'}</dd>
          <dt>Source</dt>
          <dd>{fact.source || '—'}</dd>
          <dt>As of</dt>
          <dd className="numeric">{fact.asOf ?? '—'}</dd>
          {fact.scenario && (
            <>
              <dt>Scenario</dt>
              <dd>{fact.scenario}</dd>
            </>
          )}
          {fact.note && (
            <>
              <dt>Note</dt>
              <dd>{fact.note}</dd>
            </>
          )}
        </dl>
      </div>
      <section className="fact-details-history" aria-label="History">
        <h3 className="fact-details-subtitle">History</h3>
        {error && (
          <p className="inline-error" role="alert">
            Could not load the history: {error}
          </p>
        )}
        {!changes && !error && <p className="muted">Loading…</p>}
        {changes && changes.length === 0 && <p className="muted">No changes recorded yet.</p>}
        {changes && changes.length > 0 && (
          <ol className="history-list" data-testid="fact-history">
            {changes.map((change) => (
              <li key={change.id} className={`history-item history-${change.action}`}>
                <div className="history-head">
                  <span className="history-action">{ACTION[change.action]}</span>
                  <span className="history-when" title={change.at}>
                    {formatWhen(change.at)}
                  </span>
                </div>
                {describeFactChange(change).map((line) => (
                  <div key={line.field} className="history-line">
                    <span className="history-field">{line.field}</span>
                    {line.from !== null && <span className="history-old">{line.from}</span>}
                    {line.from !== null && line.to !== null && (
                      <span className="history-arrow">→</span>
                    )}
                    {line.to !== null && <span className="history-new">{line.to}</span>}
                  </div>
                ))}
                <div className="history-who">
                  {change.who} · {ORIGIN[change.origin]}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}
