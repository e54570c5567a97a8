import { countLabel } from '../../ui/countLabel';
import type { ExportProblem } from './exportProblem';
import { ProblemList } from './ProblemList';
import { ProblemSection } from './ProblemSection';

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
    <ProblemSection
      name="errors"
      title={<>This memo has {countLabel(total, 'figure error')}</>}
      text={
        <>
          The export is refused until {total === 1 ? 'it is' : 'they are'} fixed, unless you choose
          to export anyway with each error marked in red.
        </>
      }
    >
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
    </ProblemSection>
  );
}
