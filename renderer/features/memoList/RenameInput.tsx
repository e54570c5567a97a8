import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A memo's title, edited in place: opens with the title selected; Enter (or leaving the
 * field) keeps the new title, Escape keeps the old one. An empty or unchanged title cancels.
 */
export function RenameInput({
  title,
  onRename,
  onCancel,
}: {
  title: string;
  onRename: (title: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (keep: boolean): void => {
    if (done.current) return;
    done.current = true;
    const next = draft.trim();
    if (!keep || next === '' || next === title) onCancel();
    else onRename(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(event.key === 'Enter');
    }
  };

  return (
    <input
      ref={input}
      className="memo-rename"
      aria-label={`New title for ${title}`}
      value={draft}
      maxLength={500}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}
