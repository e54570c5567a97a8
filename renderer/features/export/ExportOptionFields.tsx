import type { ExportChoices } from './exportChoices';
import { ExportSwitches } from './ExportSwitches';
import { CONFIDENTIALITY_MAX } from '../../../shared/api/exportOptionsSchema';

const PAPERS: { paper: ExportChoices['paper']; label: string; size: string }[] = [
  { paper: 'A4', label: 'A4', size: '210 × 297 mm' },
  { paper: 'Letter', label: 'Letter', size: '8.5 × 11 in' },
];

const SWITCHES: {
  key: 'ledger' | 'draft' | 'showFormulas' | 'pdfa';
  label: string;
  hint: string;
}[] = [
  {
    key: 'ledger',
    label: 'Include the figure ledger',
    hint: 'An appendix with every figure, its expression, and the facts it reads with their sources.',
  },
  { key: 'draft', label: 'DRAFT watermark', hint: 'Across every page, and in the running header.' },
  {
    key: 'showFormulas',
    label: 'Show formulas in calc blocks',
    hint: 'Each calc line’s formula beside its value.',
  },
  {
    key: 'pdfa',
    label: 'PDF/A for archiving',
    hint: 'PDF/A-2b: fonts embedded, colours in sRGB, identified for long-term archives.',
  },
];

/** The export's options: paper, ledger, watermark, formulas, and the confidentiality label. */
export function ExportOptionFields({
  choices,
  onChange,
  disabled,
}: {
  choices: ExportChoices;
  onChange: (next: ExportChoices) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className="export-fields" disabled={disabled}>
      <div className="export-row">
        <span className="form-label" id="export-paper-label">
          Paper
        </span>
        <div
          className="segmented export-paper"
          role="radiogroup"
          aria-labelledby="export-paper-label"
        >
          {PAPERS.map((item) => (
            <label key={item.paper} className="segment" title={item.size}>
              <input
                type="radio"
                className="visually-hidden"
                name="export-paper"
                value={item.paper}
                checked={choices.paper === item.paper}
                onChange={() => onChange({ ...choices, paper: item.paper })}
              />
              {item.label}
            </label>
          ))}
        </div>
      </div>
      <ExportSwitches switches={SWITCHES} choices={choices} onChange={onChange} />
      <div className="export-confidentiality">
        <label className="form-label" htmlFor="export-confidentiality">
          Confidentiality label
        </label>
        <input
          id="export-confidentiality"
          className="field"
          value={choices.confidentiality}
          maxLength={CONFIDENTIALITY_MAX}
          placeholder="None"
          autoComplete="off"
          onChange={(event) => onChange({ ...choices, confidentiality: event.target.value })}
        />
        <p className="form-hint">Printed in every page’s header. Leave it empty for none.</p>
      </div>
    </fieldset>
  );
}
