import type { MemoDiff } from '../../../shared/versions/diffVersions';
import type { BlockDiff, DiffToken } from '../../../shared/versions/diffText';
import { causeText } from '../../../shared/versions/diffReport';

/**
 * A memo version as text, or two as a redline: struck old text, inserted new text, and each
 * figure whose shown value moved as `old → new`, with its causes on hover (and in the list
 * above the text, for the keyboard and screen readers).
 */
export function Redline({ diff, compare }: { diff: MemoDiff; compare: boolean }) {
  const changes = diff.figures?.changed ?? [];
  const causes = changes.map((change) =>
    change.causes.length > 0 ? change.causes.map(causeText).join('\n') : 'No fact it reads moved.',
  );
  return (
    <div className="redline" data-testid="redline">
      {compare && (
        <section className="redline-summary" aria-label="Changed figures">
          {diff.figures === null ? (
            <p className="redline-note">
              Figures are not compared: a version kept before versions recorded their numbers has
              only its text.
            </p>
          ) : changes.length === 0 ? (
            <p className="redline-note">
              No figure shows a different value ({diff.figures.unchanged} unchanged).
            </p>
          ) : (
            <>
              <h3>
                {changes.length} {changes.length === 1 ? 'figure' : 'figures'} changed
                <span className="redline-muted"> · {diff.figures.unchanged} unchanged</span>
              </h3>
              <ul className="redline-changes">
                {changes.map((change, i) => (
                  <li key={`${change.to.path}-${i}`} data-testid="figure-change">
                    <span className="redline-place">{change.to.place}</span>
                    <span className="redline-figure-change">
                      <span className="redline-old">{change.from.display}</span> →{' '}
                      <span className="redline-new">{change.to.display}</span>
                    </span>
                    {change.causes.map((cause, c) => (
                      <span key={c} className="redline-cause">
                        {causeText(cause)}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.textChanges === 0 && <p className="redline-note">The text is the same.</p>}
        </section>
      )}
      <article className="redline-doc">
        {diff.blocks.map((block, i) => (
          <Block key={i} block={block} causes={causes} compare={compare} />
        ))}
      </article>
    </div>
  );
}

function Block({
  block,
  causes,
  compare,
}: {
  block: BlockDiff;
  causes: string[];
  compare: boolean;
}) {
  const status = compare ? block.status : 'same';
  const content = block.tokens.map((token, i) => (
    <Token key={i} token={token} causes={causes} compare={compare} />
  ));
  const className = `redline-block redline-${block.type} redline-status-${status}`;
  const label = status === 'moved' ? `Moved from ${block.fromPlace ?? 'elsewhere'}` : undefined;
  if (block.type === 'heading')
    return (
      <div
        className={`${className} redline-h${block.level}`}
        role="heading"
        aria-level={block.level + 2}
        title={label}
      >
        {content}
      </div>
    );
  if (block.type === 'calcBlock')
    return (
      <pre className={className} title={label}>
        {content}
      </pre>
    );
  return (
    <p className={className} title={label}>
      {content}
    </p>
  );
}

function Token({
  token,
  causes,
  compare,
}: {
  token: DiffToken;
  causes: string[];
  compare: boolean;
}) {
  const isFigure = token.fromPath !== undefined || token.toPath !== undefined;
  if (isFigure && compare && token.change !== undefined && token.op === 'same') {
    return (
      <mark
        className="redline-figure redline-figure-moved"
        tabIndex={0}
        title={causes[token.change]}
        data-testid="changed-figure"
      >
        <span className="redline-old">{token.fromShown ?? token.text}</span>
        {' → '}
        <span className="redline-new">{token.toShown ?? token.text}</span>
      </mark>
    );
  }
  const shown = isFigure
    ? ((token.op === 'del' ? token.fromShown : (token.toShown ?? token.fromShown)) ?? token.text)
    : token.text;
  const text = isFigure ? <span className="redline-figure">{shown}</span> : shown;
  if (!compare || token.op === 'same') return <>{text}</>;
  return token.op === 'del' ? <del>{text}</del> : <ins>{text}</ins>;
}
