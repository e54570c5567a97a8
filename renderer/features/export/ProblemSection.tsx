import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon';

/** A box of the export dialog about the memo's problems: its alert title, what it means, then the rest. */
export function ProblemSection({
  name,
  title,
  text,
  children,
}: {
  /** `errors` or `warnings`: names the test id, the heading's id and the box's class. */
  name: 'errors' | 'warnings';
  title: ReactNode;
  text: ReactNode;
  children: ReactNode;
}) {
  const titleId = `export-${name}-title`;
  return (
    <section
      className={name === 'errors' ? 'export-errors' : 'export-errors export-warnings'}
      aria-labelledby={titleId}
      data-testid={`export-${name}`}
    >
      <h3 id={titleId} className="export-errors-title">
        <Icon name="alert" size={14} />
        {title}
      </h3>
      <p className="export-errors-text">{text}</p>
      {children}
    </section>
  );
}
