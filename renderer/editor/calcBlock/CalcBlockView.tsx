import { useMemo, useRef, useState } from 'react';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { CalcStore } from '../../calc/createCalcStore';
import { useVariableValue } from '../../calc/useVariableValue';
import { figureDisplay } from '../../calc/figureDisplay';
import type { CalcBlockOptions } from './calcBlockOptions';
import { parseCalcBlock, type CalcBlockLine } from '../../../shared/memo/parseCalcBlock';
import { trackRename, type PendingRename } from './trackRename';
import { RenamePrompt } from './RenamePrompt';
import { useLineTops } from './useLineTops';
import { checkFormat } from '../../../shared/format/checkFormat';

/**
 * A calc block: the lines are edited as plain text on the left; each line's value (or what
 * is wrong with it) is shown beside it on the right. Renaming a variable offers to update
 * the figures that use the old name.
 */
export function CalcBlockView({ node, extension, editor, updateAttributes }: ReactNodeViewProps) {
  const { calc } = extension.options as CalcBlockOptions;
  if (!calc) throw new Error('Calc block used without a calc store');
  const text = node.textContent;
  const lines = useMemo(() => parseCalcBlock(text).lines, [text]);
  const rename = useRenameTracking(lines);
  const body = useRef<HTMLDivElement>(null);
  const tops = useLineTops(body, text);
  const hidden = node.attrs.hidden === true;

  return (
    <NodeViewWrapper
      className={`calc-block${hidden ? ' calc-block--hidden' : ''}`}
      data-testid="calc-block"
      data-hidden={hidden ? 'true' : undefined}
    >
      <div className="calc-block__label" contentEditable={false}>
        <span>{hidden ? 'Calc · workings' : 'Calc'}</span>
        <button
          type="button"
          className="calc-block__print"
          data-testid="calc-block-hidden-toggle"
          aria-pressed={hidden}
          title={
            hidden
              ? 'Workings: shown here, left out of the PDF. Click to print it as a key-figures box.'
              : 'Printed in the PDF as a key-figures box. Click to keep it as workings, out of the PDF.'
          }
          onClick={() => updateAttributes({ hidden: !hidden })}
        >
          {hidden ? 'Not in PDF' : 'In PDF'}
        </button>
      </div>
      <div className="calc-block__body" ref={body}>
        <NodeViewContent className="calc-block__code" spellCheck={false} />
        <div className="calc-block__results" contentEditable={false} aria-label="Values">
          {lines.map((line) => (
            <div
              key={line.line}
              className="calc-block__result"
              style={{ top: tops[line.line] ?? line.line * 22 }}
            >
              <CalcLineResult line={line} calc={calc} />
            </div>
          ))}
          <div className="calc-block__sizer" aria-hidden>
            {lines.map((line) => (
              <CalcLineResult key={line.line} line={line} calc={calc} sizer />
            ))}
          </div>
        </div>
      </div>
      {text === '' && (
        <div className="calc-block__hint" contentEditable={false}>
          name = expression, one a line · e.g. capex_share = OPENAI_ROUND.amazon_commitment /
          AMZN.capex.FY2025
        </div>
      )}
      {rename.pending?.to && rename.pending.to !== rename.dismissed && (
        <RenamePrompt
          editor={editor}
          from={rename.pending.from}
          to={rename.pending.to}
          onDone={rename.reset}
          onDismiss={rename.dismiss}
        />
      )}
    </NodeViewWrapper>
  );
}

interface RenameTracking {
  pending: PendingRename | null;
  /** The new name whose prompt was dismissed: hidden until the name changes again. */
  dismissed: string | null;
  dismiss(): void;
  reset(): void;
}

function useRenameTracking(lines: CalcBlockLine[]): RenameTracking {
  const previous = useRef(lines);
  const pending = useRef<PendingRename | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [, rerender] = useState(0);
  if (previous.current !== lines) {
    pending.current = trackRename(pending.current, previous.current, lines);
    previous.current = lines;
  }
  return {
    pending: pending.current,
    dismissed,
    dismiss: () => setDismissed(pending.current?.to ?? null),
    reset: () => {
      pending.current = null;
      rerender((n) => n + 1);
    },
  };
}

/** One line's value or problem; `sizer` renders an invisible copy that gives the column its width. */
function CalcLineResult({
  line,
  calc,
  sizer = false,
}: {
  line: CalcBlockLine;
  calc: CalcStore;
  sizer?: boolean;
}) {
  const testId = sizer ? undefined : 'calc-line-result';
  if (line.kind === 'invalid') {
    return (
      <div className="calc-line calc-line--error" data-testid={testId} title={line.message}>
        {line.message}
      </div>
    );
  }
  if (line.kind !== 'variable' || !line.name) return <div className="calc-line" aria-hidden />;
  return (
    <VariableResult
      name={line.name}
      format={line.format}
      label={line.label}
      calc={calc}
      testId={testId}
    />
  );
}

/** A variable's value in its line's format (`name = expr | format | label`), as the PDF shows it. */
function VariableResult({
  name,
  format,
  label,
  calc,
  testId,
}: {
  name: string;
  format: string;
  label: string;
  calc: CalcStore;
  testId: string | undefined;
}) {
  const value = useVariableValue(calc, name);
  if (!value) return <div className="calc-line calc-line--pending">…</div>;
  const text = figureDisplay(value, format);
  const badFormat = checkFormat(format);
  if (value.ok && badFormat) {
    return (
      <div className="calc-line calc-line--error" data-testid={testId} title={badFormat.message}>
        {text} {badFormat.message}
      </div>
    );
  }
  if (value.ok) {
    return (
      <div
        className="calc-line calc-line--ok"
        data-testid={testId}
        title={label ? `${label}: ${text}` : undefined}
      >
        {text}
      </div>
    );
  }
  const state = value.error.kind === 'blocked' ? 'blocked' : 'error';
  return (
    <div
      className={`calc-line calc-line--${state}`}
      data-testid={testId}
      title={value.error.message}
    >
      {value.error.message}
    </div>
  );
}
