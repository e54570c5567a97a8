import { useId, useState } from 'react';
import type { CalcValue } from '../../../shared/calc/calcTypes';
import { figureDisplay } from '../../calc/figureDisplay';
import { FORMAT_CHOICES as FORMAT_PRESETS } from '../../../shared/format/formatPresets';
import { SuggestionList } from './SuggestionList';
import { useSuggestionKeys } from './useSuggestionKeys';

/**
 * The format field: a preset name or an Excel number-format code. While focused it lists the
 * presets, each previewed on the figure's own value, so the writer picks by what it shows.
 */
export function FormatInput({
  value,
  onChange,
  onSubmit,
  sample,
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  sample: CalcValue | null;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const q = value.trim().toLowerCase();
  // Empty or a preset already: the whole list, to compare; a partial name: the matches.
  const showAll = q === '' || FORMAT_PRESETS.some((p) => p.name === q);
  const presets = FORMAT_PRESETS.filter((p) => showAll || p.name.toLowerCase().startsWith(q));
  const items = open ? presets : [];

  const pick = (index: number): void => {
    const preset = items[index];
    if (!preset) return;
    onChange(preset.name);
    setActive(-1);
    setOpen(false);
  };
  const keys = useSuggestionKeys({
    listId: `${id}-list`,
    count: items.length,
    onPick: pick,
    onSubmit,
    onClose: () => setOpen(false),
  });
  const { active, setActive } = keys;

  return (
    <label className="popover__field">
      <span className="popover__label">Format</span>
      <input
        className="popover__input popover__input--mono"
        value={value}
        spellCheck={false}
        autoComplete="off"
        {...keys.inputProps}
        placeholder="Default for the unit · a preset or an Excel code (0.0%)"
        data-testid="figure-format"
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          onChange(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
      />
      <SuggestionList
        id={`${id}-list`}
        active={active}
        onPick={pick}
        items={items.map((preset) => ({
          key: preset.name || 'default',
          label: preset.name || 'default',
          detail: preset.label,
          aside: sample?.ok ? figureDisplay(sample, preset.name) : undefined,
        }))}
      />
    </label>
  );
}
