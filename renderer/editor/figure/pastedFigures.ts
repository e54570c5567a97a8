import { Plugin } from '@tiptap/pm/state';
import { Fragment, Slice, type Node as PMNode, type NodeType } from '@tiptap/pm/model';
import { splitFigureText } from '../../../shared/memo/splitFigureText';

/**
 * Pasted `{{ … }}` text (plain or HTML) becomes figures, read as the Markdown reader reads
 * them (`splitFigureText`): a broken one is still a figure, showing its error. Each figure
 * takes the marks of the text it came from; text in code (calc and chart blocks) stays text.
 */
export function pastedFigures(figure: NodeType): Plugin {
  const mapText = (node: PMNode): PMNode[] => {
    const parts = splitFigureText(node.text ?? '');
    if (parts.every((part) => 'text' in part)) return [node];
    return parts.map((part) =>
      'text' in part
        ? node.type.schema.text(part.text, node.marks)
        : figure.create({ scenario: '', ...part.figure }, null, node.marks),
    );
  };
  const mapFragment = (fragment: Fragment, inCode: boolean): Fragment => {
    const out: PMNode[] = [];
    fragment.forEach((child) => {
      if (child.isText) out.push(...(inCode ? [child] : mapText(child)));
      else if (child.childCount === 0) out.push(child);
      else {
        const code = inCode || Boolean(child.type.spec.code);
        out.push(child.copy(mapFragment(child.content, code)));
      }
    });
    return Fragment.from(out);
  };
  return new Plugin({
    props: {
      transformPasted(slice, view) {
        if (!slice.content.textBetween(0, slice.content.size, '\n', '\n').includes('{{'))
          return slice;
        const inCode = Boolean(view.state.selection.$from.parent.type.spec.code);
        return new Slice(mapFragment(slice.content, inCode), slice.openStart, slice.openEnd);
      },
    },
  });
}
