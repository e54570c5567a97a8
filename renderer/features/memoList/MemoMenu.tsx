import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Icon, type IconName } from '../../ui/Icon';

export interface MenuItem {
  label: string;
  icon: IconName;
  run: () => void;
  danger?: boolean;
  hint?: string;
}

/**
 * A small menu under its button: arrow keys move, Enter runs, Escape or a click outside
 * closes it and gives focus back.
 */
export function MemoMenu({
  items,
  onClose,
  label,
}: {
  items: MenuItem[];
  onClose: () => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDown = (event: MouseEvent): void => {
      if (!ref.current?.parentElement?.contains(event.target as Node)) close.current();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent): void => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div ref={ref} className="menu" role="menu" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={`menu-item${item.danger ? ' menu-item-danger' : ''}`}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          <Icon name={item.icon} size={14} />
          <span>{item.label}</span>
          {item.hint && <kbd>{item.hint}</kbd>}
        </button>
      ))}
    </div>
  );
}
