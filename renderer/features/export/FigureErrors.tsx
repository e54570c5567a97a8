import { Icon } from '../../ui/Icon';
import { countLabel } from '../../ui/countLabel';
import type { ExportProblem } from './exportProblem';
import { ProblemList } from './ProblemList';

/**
 * The memo's figure errors, each with its place, and the one way past them: exporting
 * anyway with every error marked in red in the PDF.
 */
export function FigureErrors({
  problems,
  count,
  allowErrors,
  onAllowErrors,
  disabled,
  onGoTo,
}: {
  /** Null while they are being listed. */
  problems: ExportProblem[] | null;
  /** How many the editor counts, until the list is in. */
  count: number;
  allowErrors: boolean;
  onAllowErrors: (allow: boolean) => void;
  disabled: boolean;
  /** Goes to the figure at a place (closing the dialog). */
  onGoTo?: (place: string) => void;
}) {
  const total = problems?.length ?? count;
  return (
    <section
      className="export-errors"
      aria-labelledby="export-errors-title"
      data-testid="export-errors"
    >
      <h3 id="export-errors-title" className="export-errors-title">
        <Icon name="alert" size={14} />
        This memo has {countLabel(total, 'figure error')}
      </h3>
      <p className="export-errors-text">
        The export is refused until {total === 1 ? 'it is' : 'they are'} fixed, unless you choose to
        export anyway with each error marked in red.
      </p>
      {problems ? (
        <ProblemList problems={problems} label="Figure errors" onGoTo={onGoTo} />
      ) : (
        <p className="export-errors-text muted">Listing them…</p>
      )}
      <label className="export-check">
        <input
          type="checkbox"
          checked={allowErrors}
          disabled={disabled}
          onChange={(event) => onAllowErrors(event.target.checked)}
        />
        <span className="export-check-label">Export anyway with errors marked</span>
      </label>
    </section>
  );
}
