import { bytesOfBase64 } from '../../../shared/houseStyle/base64Bytes';
import { certificationText } from '../../../shared/houseStyle/houseStyleRules';
import { readLogo, type ReadLogo } from '../../../shared/houseStyle/readLogo';
import type { ExportOptions } from './exportOptions';

/** A logo ready to draw: what `readLogo` read, and the file's bytes. */
export type PdfLogo = ReadLogo & { bytes: Uint8Array; alt: string };

/** The house style parts this export prints: each set in the workspace and chosen in the export. */
export interface PdfHouseStyle {
  firm: string;
  logo: PdfLogo | null;
  /** The certification as printed (the analyst named), or '' for none. */
  certification: string;
  disclosures: string;
}

/** What of the workspace's house style this export prints; `analyst` is the memo's author. */
export function pdfHouseStyle(options: ExportOptions, analyst: string): PdfHouseStyle {
  const { house } = options;
  const firm = options.houseFirm ? house.firm.trim() : '';
  const logo = options.houseLogo && house.logo ? readPdfLogo(house.logo, house.firm) : null;
  return {
    firm,
    logo,
    certification:
      options.houseCertification && house.certification.trim() !== ''
        ? certificationText(house.certification, analyst)
        : '',
    disclosures: options.houseDisclosures ? house.disclosures.trim() : '',
  };
}

function readPdfLogo(logo: NonNullable<ExportOptions['house']['logo']>, firm: string): PdfLogo {
  const bytes = bytesOfBase64(logo.base64);
  const read = bytes ? readLogo(logo.kind, bytes, logo.fileName) : null;
  if (!bytes || !read?.ok)
    throw new Error(
      `PDF export: the house style's logo cannot be drawn (${read && !read.ok ? read.problem : `${logo.fileName} is not base64`}); choose another in House style.`,
    );
  return { ...read.logo, bytes, alt: `${firm.trim() || 'Firm'} logo` };
}
