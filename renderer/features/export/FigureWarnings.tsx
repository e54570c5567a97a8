import { countLabel } from '../../ui/countLabel';
import type { ExportProblem } from './exportProblem';
import { ProblemList } from './ProblemList';
import { ProblemSection } from './ProblemSection';

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
    <ProblemSection
      name="warnings"
      title={countLabel(warnings.length, 'warning')}
      text="Words that the numbers contradict, or figures that read old facts. They do not stop the export."
    >
      <ProblemList problems={warnings} label="Warnings" onGoTo={onGoTo} />
    </ProblemSection>
  );
}
