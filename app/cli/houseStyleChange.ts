import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { houseStyleSchema, type HouseStyle } from '../../shared/api/houseStyleApi';
import { base64OfBytes } from '../../shared/houseStyle/base64Bytes';
import {
  DEFAULT_CERTIFICATION,
  LOGO_KINDS,
  logoKindOfFileName,
} from '../../shared/houseStyle/houseStyleRules';
import { readLogo } from '../../shared/houseStyle/readLogo';
import { CliError } from './cliError';
import { readInputFile } from './readInputFile';

type Options = Record<string, string | boolean | undefined>;

/**
 * The house style change `tickmark house-style` options ask for, checked by the shared
 * rules (the contract's schema, `readLogo`) before anything is written.
 */
export function houseStyleChange(options: Options): Partial<HouseStyle> {
  const change: Partial<HouseStyle> = {};
  if (typeof options.logo === 'string' && options['no-logo'] === true)
    throw new CliError('--logo and --no-logo contradict each other: give one.', 2);
  if (typeof options.firm === 'string') change.firm = options.firm.trim();
  if (typeof options.disclaimer === 'string') change.disclaimer = options.disclaimer.trim();
  if (typeof options.certification === 'string')
    change.certification =
      options.certification.trim() === 'standard'
        ? DEFAULT_CERTIFICATION
        : options.certification.trim();
  if (typeof options['disclosures-file'] === 'string')
    change.disclosures = readInputFile(options['disclosures-file']).trim();
  if (options['no-logo'] === true) change.logo = null;
  if (typeof options.logo === 'string') change.logo = logoFile(options.logo);
  const checked = houseStyleSchema.partial().safeParse(change);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const flag = field === 'disclosures' ? '--disclosures-file' : `--${field}`;
    throw new CliError(`${flag}: ${issue.message}`, 2);
  }
  return checked.data;
}

function logoFile(path: string): NonNullable<HouseStyle['logo']> {
  const kind = logoKindOfFileName(path);
  if (!kind)
    throw new CliError(
      `--logo ${path}: a logo is a ${LOGO_KINDS.map((k) => k.toUpperCase()).join(' or ')} file (.png, .svg).`,
      2,
    );
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    readInputFile(path); // says why (missing, a folder, unreadable)
    throw new CliError(`--logo ${path} cannot be read.`);
  }
  const read = readLogo(kind, bytes, `--logo ${path}`);
  if (!read.ok) throw new CliError(read.problem, 2);
  return { kind, fileName: basename(path), base64: base64OfBytes(bytes) };
}
