import type { HouseStyle } from '../../shared/api/houseStyleApi';
import { bytesOfBase64 } from '../../shared/houseStyle/base64Bytes';

/** The house style as `tickmark house-style WS` prints it: one line per field, long texts cut. */
export function describeHouseStyle(style: HouseStyle): string[] {
  const text = (value: string): string => {
    const flat = value.replace(/\s+/g, ' ').trim();
    if (flat === '') return '(none)';
    return flat.length > 100 ? `${flat.slice(0, 99)}… (${value.length} characters)` : flat;
  };
  const logo = style.logo
    ? `${style.logo.fileName} (${style.logo.kind.toUpperCase()}, ${Math.ceil((bytesOfBase64(style.logo.base64)?.length ?? 0) / 1024)} KB)`
    : '(none)';
  return [
    `Firm:          ${text(style.firm)}`,
    `Logo:          ${logo}`,
    `Disclaimer:    ${text(style.disclaimer)}`,
    `Certification: ${text(style.certification)}`,
    `Disclosures:   ${text(style.disclosures)}`,
  ];
}
