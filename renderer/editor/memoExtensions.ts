import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extension-placeholder';
import type { CalcStore } from '../calc/createCalcStore';
import type { EditorUi } from './createEditorUi';
import { MemoLink } from './link/memoLink';
import { memoTable } from './table/memoTable';
import { TableAlignment } from './table/tableAlignment';
import { Figure } from './figure/figureNode';
import { FigureWarnings } from './figure/figureWarnings';
import { CalcBlock } from './calcBlock/calcBlockNode';
import { ChartBlock } from './chart/chartBlockNode';
import { CalcVariables } from './calcBlock/calcVariablesExtension';
import { Footnote } from './footnote/footnoteNode';
import { FootnoteNumbers } from './footnote/footnoteNumbers';
import { PageBreak } from './pageBreak/pageBreakNode';
import { SlashMenu } from './slashMenu/slashMenuExtension';
import { EditorKeys } from './editorKeys';
import { CurrentBlock } from './currentBlock';
import { Find } from './find/findPlugin';

/**
 * The memo schema and behaviour. Node and mark names are exactly those of shared/memo's
 * model: paragraph, heading (1-4), lists, blockquote, table, calcBlock, pageBreak, figure,
 * footnote, hardBreak; bold, italic, underline, link. Nothing else can enter a memo, which
 * is what makes pasted HTML safe: whatever the schema cannot hold is dropped.
 */
export function memoExtensions({
  calc,
  ui,
}: {
  calc: CalcStore | null;
  ui: EditorUi | null;
}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: false,
      undoRedo: { depth: 200, newGroupDelay: 600 },
    }),
    MemoLink,
    ...memoTable,
    TableAlignment,
    Figure.configure({ calc, ui }),
    FigureWarnings.configure({ calc }),
    CalcBlock.configure({ calc }),
    ChartBlock.configure({ calc }),
    CalcVariables.configure({ calc }),
    Footnote.configure({ ui }),
    FootnoteNumbers,
    PageBreak,
    SlashMenu.configure({ ui }),
    EditorKeys.configure({ ui }),
    Find.configure({ ui }),
    CurrentBlock,
    Placeholder.configure({
      placeholder: ({ node }) =>
        node.type.name === 'heading'
          ? 'Heading'
          : 'Write, or type / for commands and {{ for a figure',
      showOnlyCurrent: true,
    }),
  ];
}
