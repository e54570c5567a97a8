import type { Fact, VariableInput } from '../../../shared/calc/calcTypes';
import { createEngine } from '../../../shared/calc/createEngine';
import { formatCalcValue } from '../../../shared/format/formatCalcValue';
import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';
import type { BlockNode, FigureNode, InlineNode, Memo } from '../../../shared/memo/memoTypes';
import { parseCalcBlock } from '../../../shared/memo/parseCalcBlock';

/**
 * A MemoEvaluation computed by the real engine and formatter, for export tests: the memo's
 * calc-block lines become variables, its figures are evaluated in document order.
 */
export function engineEvaluation(memo: Memo, facts: Fact[]): MemoEvaluation {
  const engine = createEngine();
  engine.setFacts(facts);
  const lines = calcLines(memo.doc.content);
  engine.setVariables(lines);
  const figures = collectFigures(memo.doc.content);
  engine.setFigures(figures.map((f) => f.attrs.expr));
  const evaluatedVariables = lines.map((line) => {
    const value = engine.variableValue(line.name) ?? engine.figureValue(line.name);
    return {
      name: line.name,
      expr: line.expr,
      value,
      display: formatCalcValue(value),
      place: line.where,
    };
  });
  const evaluatedFigures = figures.map((node, i) => {
    const value = engine.figureValue(node.attrs.expr);
    return {
      index: i + 1,
      expr: node.attrs.expr,
      format: node.attrs.format,
      value,
      display: formatCalcValue(value, node.attrs.format),
      place: `figure ${i + 1}`,
    };
  });
  const problems = [...evaluatedVariables, ...evaluatedFigures].flatMap((item) =>
    item.value.ok ? [] : [{ place: item.place, message: item.value.error.message }],
  );
  return { figures: evaluatedFigures, variables: evaluatedVariables, problems, engine };
}

function calcLines(blocks: BlockNode[]): VariableInput[] {
  const found: VariableInput[] = [];
  let block = 0;
  walk(blocks, (node) => {
    if (node.type !== 'calcBlock') return;
    const text = (node.content ?? []).map((t) => t.text).join('');
    found.push(...parseCalcBlock(text, block).variables);
    block += 1;
  });
  return found;
}

/** The figure nodes of a document, depth first, in document order. */
export function collectFigures(blocks: BlockNode[]): FigureNode[] {
  const found: FigureNode[] = [];
  walk(
    blocks,
    () => undefined,
    (node) => {
      if (node.type === 'figure') found.push(node);
    },
  );
  return found;
}

function walk(
  blocks: BlockNode[],
  onBlock: (node: BlockNode) => void,
  onInline: (node: InlineNode) => void = () => undefined,
): void {
  for (const node of blocks) {
    onBlock(node);
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        (node.content ?? []).forEach(onInline);
        break;
      case 'bulletList':
      case 'orderedList':
        for (const item of node.content) walk(item.content, onBlock, onInline);
        break;
      case 'blockquote':
        walk(node.content, onBlock, onInline);
        break;
      case 'table':
        for (const row of node.content)
          for (const cell of row.content) walk(cell.content, onBlock, onInline);
        break;
      default:
        break;
    }
  }
}
