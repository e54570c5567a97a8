import type { ExportProblem } from './exportProblem';

/** The export dialog's list of problems (errors or warnings): each place a button to go to it. */
export function ProblemList({
  problems,
  label,
  onGoTo,
}: {
  problems: ExportProblem[];
  /** The list's accessible name, e.g. `Figure errors`. */
  label: string;
  /** Goes to the figure at a place (closing the dialog). */
  onGoTo?: (place: string) => void;
}) {
  return (
    <ol className="export-error-list" aria-label={label}>
      {problems.map((problem, index) => (
        <li key={index} className="export-error">
          {problem.place && (
            <button
              type="button"
              className="export-error-place export-error-jump"
              title="Go to it in the memo"
              onClick={() => onGoTo?.(problem.place)}
            >
              {problem.place}
            </button>
          )}
          <span className="export-error-message">{problem.message}</span>
        </li>
      ))}
    </ol>
  );
}
