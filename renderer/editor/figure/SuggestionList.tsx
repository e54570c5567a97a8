import type { ReactNode } from 'react';

export interface SuggestionItem {
  key: string;
  label: ReactNode;
  detail?: ReactNode;
  aside?: ReactNode;
}

/** The list under a popover input: the highlighted row follows the arrow keys; a click picks. */
export function SuggestionList({
  id,
  items,
  active,
  onPick,
}: {
  id: string;
  items: SuggestionItem[];
  active: number;
  onPick: (index: number) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="suggestions" id={id} role="listbox">
      {items.map((item, index) => (
        <li
          key={item.key}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className={`suggestions__item${index === active ? ' suggestions__item--active' : ''}`}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(index);
          }}
        >
          <span className="suggestions__main">
            <span className="suggestions__label">{item.label}</span>
            {item.detail && <span className="suggestions__detail">{item.detail}</span>}
          </span>
          {item.aside && <span className="suggestions__aside">{item.aside}</span>}
        </li>
      ))}
    </ul>
  );
}
