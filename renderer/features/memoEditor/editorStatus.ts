import type { ProblemTarget } from './goToProblem';

/** What the memo editor reports to the status line. */
export type EditorStatus = {
  /**
   * `saved`: everything typed is on disk; `unsaved`: changes wait for the autosave (about a
   * second); `saving`: a save is on its way; `failed`: the last save failed (`message` says
   * why; it retries); `conflict`: another window saved first (the editor shows the way out).
   */
  save: 'saved' | 'saving' | 'unsaved' | 'failed' | 'conflict';
  message?: string;
  /** Figures and calc lines of the memo that are in error. */
  errorCount: number;
  /** Warnings of the memo's figures (CALC.md §9): words against numbers, stale facts. */
  warningCount?: number;
  /** Selects and scrolls to the next error or warning (or the one at `place`). */
  goTo?: (target: ProblemTarget) => void;
  /** The scenario the memo is shown in ('' or absent: the base case). */
  scenario?: string;
};
