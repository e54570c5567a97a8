import type { ExportChoices } from './exportChoices';

/** The boolean export choices. */
export type SwitchKey = {
  [K in keyof ExportChoices]: ExportChoices[K] extends boolean ? K : never;
}[keyof ExportChoices];

/** A bordered list of check boxes, one per switch, each with its label and hint. */
export function ExportSwitches({
  switches,
  choices,
  onChange,
}: {
  switches: readonly { key: SwitchKey; label: string; hint: string }[];
  choices: ExportChoices;
  onChange: (next: ExportChoices) => void;
}) {
  return (
    <div className="export-switches">
      {switches.map((item) => (
        <label key={item.key} className="export-check">
          <input
            type="checkbox"
            checked={choices[item.key]}
            onChange={(event) => onChange({ ...choices, [item.key]: event.target.checked })}
          />
          <span>
            <span className="export-check-label">{item.label}</span>
            <span className="export-check-hint">{item.hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
