import { useLayoutEffect, useRef } from 'react';
import type { MemoMeta } from '../../../shared/memo/memoTypes';
import { UNTITLED_MEMO } from '../../../shared/memo/shownTitle';

/**
 * The memo's title block, above the text as it prints: title, subtitle, author and date.
 * Enter moves on to the next field and from the last into the text.
 */
export function TitleBlock({
  meta,
  onChange,
  onDone,
}: {
  meta: MemoMeta;
  onChange: (meta: MemoMeta) => void;
  onDone: () => void;
}) {
  const set = (patch: Partial<MemoMeta>) => onChange({ ...meta, ...patch });
  const next = (event: React.KeyboardEvent<HTMLElement>, focus: () => void) => {
    if (
      event.key === 'Enter' ||
      (event.key === 'ArrowDown' &&
        !(event.target instanceof HTMLInputElement && event.target.type === 'date'))
    ) {
      event.preventDefault();
      focus();
    }
  };
  const subtitle = useRef<HTMLTextAreaElement>(null);
  const author = useRef<HTMLInputElement>(null);

  return (
    <header className="title-block" data-testid="title-block">
      <AutoGrowTextarea
        className="title-block__title"
        value={meta.title}
        placeholder={UNTITLED_MEMO}
        ariaLabel="Title"
        testId="memo-title"
        onChange={(title) => set({ title })}
        onKeyDown={(e) => next(e, () => subtitle.current?.focus())}
      />
      <AutoGrowTextarea
        ref={subtitle}
        className="title-block__subtitle"
        value={meta.subtitle}
        placeholder="Subtitle"
        ariaLabel="Subtitle"
        testId="memo-subtitle"
        onChange={(value) => set({ subtitle: value })}
        onKeyDown={(e) => next(e, () => author.current?.focus())}
      />
      <div className="title-block__byline">
        <input
          ref={author}
          className="title-block__author"
          value={meta.author}
          placeholder="Author"
          aria-label="Author"
          data-testid="memo-author"
          onChange={(e) => set({ author: e.target.value })}
          onKeyDown={(e) =>
            next(e, () =>
              e.currentTarget.parentElement
                ?.querySelector<HTMLInputElement>('input[type=date]')
                ?.focus(),
            )
          }
        />
        <span className="title-block__sep" aria-hidden>
          ·
        </span>
        <input
          className="title-block__date"
          type="date"
          value={meta.date}
          aria-label="Date"
          data-testid="memo-date"
          onChange={(e) => set({ date: e.target.value })}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), onDone())}
        />
      </div>
    </header>
  );
}

function AutoGrowTextarea({
  ref,
  className,
  value,
  placeholder,
  ariaLabel,
  testId,
  onChange,
  onKeyDown,
}: {
  ref?: React.Ref<HTMLTextAreaElement>;
  className: string;
  value: string;
  placeholder: string;
  ariaLabel: string;
  testId: string;
  onChange: (value: string) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLTextAreaElement>) => void;
}) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  useLayoutEffect(() => {
    const el = own.current;
    if (!el) return;
    const fit = (): void => {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight}px`;
    };
    fit();
    // The pane can narrow (side by side with the data browser): the title then wraps.
    const observer = new ResizeObserver(fit);
    observer.observe(el.parentElement ?? el);
    return () => observer.disconnect();
  }, [value]);
  return (
    <textarea
      ref={(el) => {
        own.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      className={className}
      value={value}
      rows={1}
      placeholder={placeholder}
      aria-label={ariaLabel}
      data-testid={testId}
      spellCheck
      onChange={(e) => onChange(e.target.value.replace(/\n/g, ' '))}
      onKeyDown={onKeyDown}
    />
  );
}
