import { useState, type KeyboardEvent } from 'react';

/**
 * The keyboard of a field with a suggestion list under it: the arrows move the highlight
 * (wrapping; the first Up from none lands on the last), Enter takes the highlighted suggestion
 * or, with none, submits the form, and Escape closes an open list. `active` is -1 for none.
 */
export function useSuggestionKeys({
  listId,
  count,
  onPick,
  onSubmit,
  onClose,
}: {
  /** The id of the SuggestionList the field controls. */
  listId: string;
  /** How many suggestions are shown now (0 when the list is closed). */
  count: number;
  onPick: (index: number) => void;
  onSubmit: () => void;
  onClose: () => void;
}): {
  active: number;
  setActive: (index: number) => void;
  /** The field's combobox attributes and keyboard, to spread on the input. */
  inputProps: {
    role: 'combobox';
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-activedescendant': string | undefined;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  };
} {
  const [active, setActive] = useState(-1);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (count > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + delta + count + (a < 0 && delta < 0 ? 1 : 0)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && active < count) onPick(active);
      else onSubmit();
    } else if (event.key === 'Escape' && count > 0) {
      event.preventDefault();
      onClose();
    }
  };
  return {
    active,
    setActive,
    inputProps: {
      role: 'combobox',
      'aria-expanded': count > 0,
      'aria-controls': listId,
      'aria-activedescendant': active >= 0 && active < count ? `${listId}-${active}` : undefined,
      onKeyDown,
    },
  };
}
