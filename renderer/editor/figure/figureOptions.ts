import type { CalcStore } from '../../calc/createCalcStore';
import type { EditorUi } from '../createEditorUi';

/** What a figure node needs from the editor around it. */
export interface FigureOptions {
  /** The live engine the figure reads its value from. */
  calc: CalcStore | null;
  ui: EditorUi | null;
}
