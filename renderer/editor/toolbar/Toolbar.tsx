import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { EditorUi } from '../createEditorUi';
import { Icon, type IconName } from '../../ui/Icon';
import { modKey } from './modKey';
import { focusTableCaption } from '../table/memoTable';

type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'calc' | 'other';

/** The formatting bar above the page; its state follows the selection. */
export function Toolbar({ editor, ui, end }: { editor: Editor; ui: EditorUi; end?: ReactNode }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      inTable: e.isActive('table'),
      inCalc: e.isActive('calcBlock'),
      block: blockStyle(e),
    }),
  });
  const chain = () => editor.chain().focus();
  const mod = modKey();

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <Group>
        <Button
          icon="undo"
          label={`Undo (${mod}Z)`}
          disabled={!state.canUndo}
          onClick={() => chain().undo().run()}
        />
        <Button
          icon="redo"
          label={`Redo (${mod}Shift+Z)`}
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        />
      </Group>
      <Group>
        <select
          className="toolbar__select"
          aria-label="Paragraph style"
          value={state.block}
          disabled={state.inCalc}
          onChange={(event) => setBlockStyle(editor, event.target.value as BlockStyle)}
        >
          <option value="paragraph">Body text</option>
          <option value="h1">Heading 1</option>
          <option value="h2">Heading 2</option>
          <option value="h3">Heading 3</option>
          <option value="h4">Heading 4</option>
          {state.block === 'calc' && <option value="calc">Calc block</option>}
          {state.block === 'other' && <option value="other">Style</option>}
        </select>
      </Group>
      <Group>
        <Button
          icon="bold"
          label={`Bold (${mod}B)`}
          active={state.bold}
          onClick={() => chain().toggleBold().run()}
        />
        <Button
          icon="italic"
          label={`Italic (${mod}I)`}
          active={state.italic}
          onClick={() => chain().toggleItalic().run()}
        />
        <Button
          icon="underline"
          label={`Underline (${mod}U)`}
          active={state.underline}
          onClick={() => chain().toggleUnderline().run()}
        />
        <Button
          icon="link"
          label={`Link (${mod}K)`}
          active={state.link}
          onClick={() => ui.set({ linkEditor: true })}
        />
      </Group>
      <Group>
        <Button
          icon="bullets"
          label={`Bulleted list (${mod}Shift+8)`}
          active={state.bulletList}
          onClick={() => chain().toggleBulletList().run()}
        />
        <Button
          icon="numbers"
          label={`Numbered list (${mod}Shift+7)`}
          active={state.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <Button
          icon="quote"
          label={`Quote (${mod}Shift+B)`}
          active={state.blockquote}
          onClick={() => chain().toggleBlockquote().run()}
        />
      </Group>
      <Group>
        <Button
          icon="figure"
          label={`Figure ({{ or ${mod}Shift+F)`}
          onClick={() => chain().insertFigure().run()}
          text="Figure"
        />
        <Button
          icon="calc"
          label="Calc block (```calc)"
          onClick={() => chain().insertCalcBlock().run()}
          text="Calc"
        />
        <Button
          icon="chart"
          label="Chart (/chart)"
          onClick={() => chain().insertChartBlock().run()}
        />
        <Button
          icon="table"
          label="Table"
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        />
        <Button
          icon="footnote"
          label={`Footnote (${mod}Alt+F)`}
          onClick={() => chain().insertFootnote().run()}
        />
        <Button
          icon="pageBreak"
          label={`Page break (${mod}Enter)`}
          onClick={() => chain().insertPageBreak().run()}
        />
      </Group>
      {state.inTable && (
        <Group label="Table">
          <Button icon="rowAdd" label="Add row below" onClick={() => chain().addRowAfter().run()} />
          <Button
            icon="colAdd"
            label="Add column right"
            onClick={() => chain().addColumnAfter().run()}
          />
          <Button icon="rowRemove" label="Remove row" onClick={() => chain().deleteRow().run()} />
          <Button
            icon="colRemove"
            label="Remove column"
            onClick={() => chain().deleteColumn().run()}
          />
          <Button
            icon="tableTitle"
            label="Add title"
            onClick={() => focusTableCaption(editor, 'title')}
          />
          <Button
            icon="tableSource"
            label="Add source"
            onClick={() => focusTableCaption(editor, 'source')}
          />
          <Button
            icon="tableRemove"
            label="Delete table"
            onClick={() => chain().deleteTable().run()}
          />
        </Group>
      )}
      {end && <div className="toolbar__end">{end}</div>}
    </div>
  );
}

function Group({ children, label }: { children: React.ReactNode; label?: string }) {
  return (
    <div className="toolbar__group" role="group" aria-label={label}>
      {label && <span className="toolbar__group-label">{label}</span>}
      {children}
    </div>
  );
}

function Button({
  icon,
  label,
  onClick,
  active = false,
  disabled = false,
  text,
}: {
  icon: IconName;
  label: string;
  onClick: () => void;
  active?: boolean;
  disabled?: boolean;
  text?: string;
}) {
  return (
    <button
      type="button"
      className={`toolbar__button${active ? ' toolbar__button--active' : ''}${text ? ' toolbar__button--text' : ''}`}
      aria-label={label}
      aria-pressed={active}
      title={label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <Icon name={icon} />
      {text && <span>{text}</span>}
    </button>
  );
}

function blockStyle(editor: Editor): BlockStyle {
  for (const level of [1, 2, 3, 4] as const)
    if (editor.isActive('heading', { level })) return `h${level}`;
  if (editor.isActive('calcBlock')) return 'calc';
  return editor.isActive('paragraph') ? 'paragraph' : 'other';
}

function setBlockStyle(editor: Editor, style: BlockStyle): void {
  const chain = editor.chain().focus();
  if (style === 'paragraph') chain.setParagraph().run();
  else if (style !== 'other' && style !== 'calc')
    chain.setHeading({ level: Number(style.slice(1)) as 1 | 2 | 3 | 4 }).run();
}
