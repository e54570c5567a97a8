import { Icon } from './Icon';

/** A search box with its magnifier: the filter above a list (memos, entities, facts). */
export function SearchField({
  className,
  placeholder,
  label,
  value,
  onChange,
}: {
  /** The place's own class, beside `search-field`. */
  className: string;
  placeholder: string;
  /** The accessible name, when the placeholder alone says too little. */
  label?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className={`search-field ${className}`}>
      <Icon name="search" size={14} />
      <input
        className="field"
        type="search"
        placeholder={placeholder}
        aria-label={label ?? placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
