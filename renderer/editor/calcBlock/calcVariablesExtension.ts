import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { VariableInput } from '../../../shared/calc/calcTypes';
import type { CalcStore } from '../../calc/createCalcStore';
import { isValidFormat } from '../../../shared/format/isValidFormat';
import { parseCalcBlock } from '../../../shared/memo/parseCalcBlock';

export interface CalcVariablesOptions {
  calc: CalcStore | null;
}

/** The calc blocks of a document, in order (without looking inside paragraphs or headings). */
export function findCalcBlocks(doc: PMNode): PMNode[] {
  const blocks: PMNode[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'calcBlock') blocks.push(node);
    return !node.isTextblock && !node.isAtom;
  });
  return blocks;
}

/**
 * Every variable the calc blocks define, with its place (`calc block 2, line 3`), as
 * shared/memo's collectVariables reads them; and how many lines are not valid.
 */
export function collectCalcVariables(blocks: PMNode[]): {
  variables: VariableInput[];
  invalidLines: number;
} {
  const variables: VariableInput[] = [];
  let invalidLines = 0;
  blocks.forEach((block, index) => {
    const parsed = parseCalcBlock(block.textContent, index);
    variables.push(...parsed.variables);
    // A line that is not `name = expression`, or whose format is not one: errors as check counts them.
    invalidLines += parsed.lines.filter(
      (line) =>
        line.kind === 'invalid' || (line.kind === 'variable' && !isValidFormat(line.format)),
    ).length;
  });
  return { variables, invalidLines };
}

/**
 * Keeps the engine's memo variables in step with the calc blocks. A change elsewhere in the
 * document (typing prose) leaves every calc block node untouched, so nothing is recomputed.
 */
export const CalcVariables = Extension.create<CalcVariablesOptions>({
  name: 'calcVariables',

  addOptions() {
    return { calc: null };
  },

  addProseMirrorPlugins() {
    const calc = this.options.calc;
    if (!calc) return [];
    let blocks: PMNode[] = [];
    const sync = (doc: PMNode): void => {
      const next = findCalcBlocks(doc);
      if (next.length === blocks.length && next.every((node, i) => node === blocks[i])) return;
      blocks = next;
      const { variables, invalidLines } = collectCalcVariables(next);
      calc.setVariables(variables, invalidLines);
    };
    return [
      new Plugin({
        key: new PluginKey('calcVariables'),
        view: (view) => {
          sync(view.state.doc);
          return {
            update: (updated, prevState) => {
              if (updated.state.doc !== prevState.doc) sync(updated.state.doc);
            },
          };
        },
      }),
    ];
  },
});
