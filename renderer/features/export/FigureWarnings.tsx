import { Icon } from '../../ui/Icon';
import { countLabel } from '../../ui/countLabel';
import type { ExportProblem } from './exportProblem';
import { ProblemList } from './ProblemList';

/** The memo's warnings (CALC.md §9), each with its place: listed, not in the way of the export. */
export function FigureWarningList({
  warnings,
  onGoTo,
}: {
  warnings: ExportProblem[];
  /** Goes to the figure at a place (closing the dialog). */
  onGoTo?: (place: string) => void;
}) {
  return (
    <section
      className="export-errors export-warnings"
      aria-labelledby="export-warnings-title"
      data-testid="export-warnings"
    >
      <h3 id="export-warnings-title" className="export-errors-title">
        <Icon name="alert" size={14} />
        {countLabel(warnings.length, 'warning')}
      </h3>
      <p className="export-errors-text">
        Words that the numbers contradict, or figures that read old facts. They do not stop the
        export.
      </p>
      <ProblemList problems={warnings} label="Warnings" onGoTo={onGoTo} />
    </section>
  );
}
