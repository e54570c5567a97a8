import { useRef } from 'react';
import type { Provenance, ProvenanceInput } from '../../../shared/calc/calcTypes';
import type { CalcStore } from '../../calc/createCalcStore';
import { useFigureValue } from '../../calc/useFigureValue';
import { figureDisplay } from '../../calc/figureDisplay';
import { formatFactValue } from '../../../shared/format/formatFactValue';
import type { EditorUi } from '../createEditorUi';
import { useAnchoredPosition } from '../floating/useAnchoredPosition';
import { hoverKeep, hoverLeave } from '../hoverIntent';
import { formatProblem } from './formatProblem';
import { isValidFormat } from '../../../shared/format/isValidFormat';

const MAX_DEPTH = 3;

/**
 * Where a figure comes from: its expression, its value (or what is wrong), and each input
 * with its value, source and as-of date; memo variables unfold into their own inputs.
 */
export function ProvenanceCard({
  calc,
  ui,
  expr,
  format,
  anchor,
}: {
  calc: CalcStore;
  ui: EditorUi;
  expr: string;
  format: string;
  anchor: HTMLElement;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const value = useFigureValue(calc, expr);
  const style = useAnchoredPosition(
    () => (anchor.isConnected ? anchor.getBoundingClientRect() : null),
    panel,
    [anchor],
  );
  const provenance = calc.engine.provenance(expr);

  return (
    <div
      ref={panel}
      className="popover provenance"
      style={style}
      role="tooltip"
      data-testid="provenance"
      onMouseEnter={() => hoverKeep(ui)}
      onMouseLeave={() => hoverLeave(ui)}
    >
      <div className="provenance__head">
        <span className={`provenance__value${value.ok ? '' : ' provenance__value--error'}`}>
          {figureDisplay(value, format)}
        </span>
        {format && <span className="provenance__format">{format}</span>}
        {provenance.scenario && (
          <span className="provenance__format" data-testid="provenance-scenario">
            scenario {provenance.scenario}
          </span>
        )}
      </div>
      <code className="provenance__expr">{expr}</code>
      {!value.ok && (
        <p className="provenance__error" data-testid="provenance-error">
          {value.error.message}
        </p>
      )}
      {value.ok && !isValidFormat(format) && (
        <p className="provenance__error" data-testid="provenance-error">
          {formatProblem(format)}
        </p>
      )}
      {value.ok && anchor.dataset.warning && (
        <p className="provenance__warning" data-testid="provenance-warning">
          {anchor.dataset.warning}
        </p>
      )}
      <Inputs inputs={provenance.inputs} depth={0} />
    </div>
  );
}

function Inputs({ inputs, depth }: { inputs: ProvenanceInput[]; depth: number }) {
  if (inputs.length === 0) return null;
  return (
    <ul className={`provenance__inputs${depth > 0 ? ' provenance__inputs--nested' : ''}`}>
      {inputs.map((input, i) =>
        input.kind === 'fact' ? (
          <li key={`f${i}`} className="provenance__input" data-testid="provenance-input">
            <div className="provenance__row">
              <code className="provenance__ref">{input.ref}</code>
              <span className="provenance__input-value">
                {input.value.ok
                  ? formatFactValue(input.value.value, input.value.unit)
                  : figureDisplay(input.value, '')}
              </span>
            </div>
            <div className="provenance__meta">
              {input.fact ? (
                <>
                  <span>{input.fact.source || 'No source recorded'}</span>
                  {input.fact.asOf && <span> · as of {input.fact.asOf}</span>}
                  {input.ref.split('.').length === 2 && <span> · period {input.fact.period}</span>}
                  {input.override && (
                    <span className="provenance__override" data-testid="provenance-override">
                      {' '}
                      · scenario override
                    </span>
                  )}
                </>
              ) : (
                <span>No such fact</span>
              )}
            </div>
          </li>
        ) : (
          <li key={`v${i}`} className="provenance__input" data-testid="provenance-input">
            <Variable provenance={input.provenance} name={input.name} depth={depth} />
          </li>
        ),
      )}
    </ul>
  );
}

function Variable({
  provenance,
  name,
  depth,
}: {
  provenance: Provenance;
  name: string;
  depth: number;
}) {
  return (
    <>
      <div className="provenance__row">
        <code className="provenance__ref">
          {name} = {provenance.expr}
        </code>
        <span className="provenance__input-value">{figureDisplay(provenance.value, '')}</span>
      </div>
      {depth + 1 < MAX_DEPTH && <Inputs inputs={provenance.inputs} depth={depth + 1} />}
    </>
  );
}
