import type { EvaluatedVariable } from '../../../shared/memo/memoEvaluation';
import type { ExportOptions } from './exportOptions';
import type { FigureLookup } from './figureLookup';
import type { Measurer, TagPath } from './flowTypes';
import type { PageGeometry } from './pdfTheme';

/** What every block layout reads, plus the running counters of one export. */
export interface LayoutState {
  measurer: Measurer;
  options: ExportOptions;
  page: PageGeometry;
  /** The evaluated figures and charts, by their path in the memo. */
  figures: FigureLookup;
  variables: ReadonlyMap<string, EvaluatedVariable>;
  counters: { footnote: number; heading: number; calcBlock: number; tag: number };
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
