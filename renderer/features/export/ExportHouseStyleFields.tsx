import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { HouseStyle } from '../../../shared/api/houseStyleApi';
import type { ExportChoices } from './exportChoices';
import { ExportSwitches } from './ExportSwitches';

type Part = 'houseFirm' | 'houseLogo' | 'houseCertification' | 'houseDisclosures';

const PARTS: { key: Part; label: string; hint: string; set: (style: HouseStyle) => boolean }[] = [
  {
    key: 'houseFirm',
    label: 'Firm name',
    hint: 'On the title block and in every page’s footer.',
    set: (style) => style.firm.trim() !== '',
  },
  {
    key: 'houseLogo',
    label: 'Logo',
    hint: 'On the title block.',
    set: (style) => style.logo !== null,
  },
  {
    key: 'houseCertification',
    label: 'Analyst certification',
    hint: 'After the memo’s text, naming its author.',
    set: (style) => style.certification.trim() !== '',
  },
  {
    key: 'houseDisclosures',
    label: 'Disclosures page',
    hint: 'A page before the ledger.',
    set: (style) => style.disclosures.trim() !== '',
  },
];

/** The house style parts this workspace sets, each a choice (remembered with the others). */
export function ExportHouseStyleFields({
  choices,
  onChange,
  disabled,
}: {
  choices: ExportChoices;
  onChange: (next: ExportChoices) => void;
  disabled: boolean;
}) {
  const api = useApi();
  const [style, setStyle] = useState<HouseStyle | null>(null);
  useEffect(() => {
    let cancelled = false;
    api.invoke('houseStyle:get', {}).then(
      (loaded) => !cancelled && setStyle(loaded),
      () => undefined, // no choices to offer; the export prints what the workspace has
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  const offered = style ? PARTS.filter((part) => part.set(style)) : [];
  if (offered.length === 0) return null;
  return (
    <fieldset className="export-fields" disabled={disabled} data-testid="export-house-style">
      <legend className="form-label export-house-legend">House style</legend>
      <ExportSwitches switches={offered} choices={choices} onChange={onChange} />
    </fieldset>
  );
}
