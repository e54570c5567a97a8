import type { EvaluatedMemoChart, EvaluatedVariable } from '../../../shared/memo/memoEvaluation';
import type { ExportOptions } from './exportOptions';
import type { FigureCursor } from './figureCursor';
import type { Measurer, TagPath } from './flowTypes';
import type { PageGeometry } from './pdfTheme';

/** What every block layout reads, plus the running counters of one export. */
export interface LayoutState {
  measurer: Measurer;
  options: ExportOptions;
  page: PageGeometry;
  figures: FigureCursor;
  variables: ReadonlyMap<string, EvaluatedVariable>;
  /** The memo's charts in document order (chartBoxes takes them one by one). */
  charts: readonly EvaluatedMemoChart[];
  counters: { footnote: number; heading: number; calcBlock: number; chart: number; tag: number };
}

/** Where a block is laid out: its left edge and width. */
export interface Frame {
  x: number;
  width: number;
  /** Inside a block quote: prose is italic. */
  quoted: boolean;
  /** How many lists enclose the block (0 outside any list). */
  listDepth: number;
  /** The structure element the block's own element goes under (none: the document). */
  tag?: TagPath;
}
