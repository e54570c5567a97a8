import { formatCount } from '../../ui/formatCount';

/** The commit's progress, fed by `import:progress` events. */
export function ImportProgress({ done, total }: { done: number; total: number }) {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className="import-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        data-testid="import-progress"
      >
        <div className="progress-bar" style={{ width: `${fraction * 100}%` }} />
      </div>
      <span className="muted-count">
        Writing {formatCount(done)} of {formatCount(total)} facts…
      </span>
    </div>
  );
}
