import { z } from 'zod';
import { bytesOfBase64 } from '../houseStyle/base64Bytes';
import {
  CERTIFICATION_MAX,
  DISCLAIMER_MAX,
  DISCLOSURES_MAX,
  FIRM_NAME_MAX,
  LOGO_FILE_NAME_MAX,
  LOGO_KINDS,
  LOGO_MAX_BYTES,
} from '../houseStyle/houseStyleRules';
import { readLogo } from '../houseStyle/readLogo';

/**
 * A logo file as stored in the workspace: its kind, the name it was chosen under, and its
 * bytes (base64). Checked by the one rule, `readLogo`: a PNG, or an SVG Tickmark can draw.
 */
export const logoSchema = z
  .object({
    kind: z.enum(LOGO_KINDS),
    fileName: z.string().min(1).max(LOGO_FILE_NAME_MAX),
    base64: z.string().max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 4),
  })
  .superRefine((logo, ctx) => {
    const bytes = bytesOfBase64(logo.base64);
    if (!bytes) {
      ctx.addIssue({ code: 'custom', path: ['base64'], message: `${logo.fileName}: not base64.` });
      return;
    }
    const read = readLogo(logo.kind, bytes, logo.fileName);
    if (!read.ok) ctx.addIssue({ code: 'custom', path: ['base64'], message: read.problem });
  });
export type Logo = z.output<typeof logoSchema>;

/** The firm's house style, one per workspace (its fields' limits: `shared/houseStyle`). */
export const houseStyleSchema = z.object({
  /** The firm's name: the title block and the running footer. One line. */
  firm: z
    .string()
    .max(FIRM_NAME_MAX, `The firm name is at most ${FIRM_NAME_MAX} characters.`)
    .refine((s) => !/[\r\n]/.test(s), 'The firm name is one line.'),
  logo: logoSchema.nullable(),
  /** Small print at the end of every exported memo (the existing `disclaimer` setting). */
  disclaimer: z
    .string()
    .max(DISCLAIMER_MAX, `The disclaimer is at most ${DISCLAIMER_MAX} characters.`),
  /** The analyst certification after the memo's text; `{analyst}` is the memo's author. */
  certification: z
    .string()
    .max(CERTIFICATION_MAX, `The certification is at most ${CERTIFICATION_MAX} characters.`),
  /** The Disclosures page, before the ledger. Paragraphs are separated by a blank line. */
  disclosures: z
    .string()
    .max(DISCLOSURES_MAX, `The disclosures are at most ${DISCLOSURES_MAX} characters.`),
});
export type HouseStyle = z.output<typeof houseStyleSchema>;

/** A workspace with no house style set. */
export const EMPTY_HOUSE_STYLE: HouseStyle = {
  firm: '',
  logo: null,
  disclaimer: '',
  certification: '',
  disclosures: '',
};

export const houseStyleApi = {
  'houseStyle:get': { args: z.object({}), result: houseStyleSchema },
  /** Sets the fields given (the others are kept) in one write; returns the whole style. */
  'houseStyle:set': { args: houseStyleSchema.partial(), result: houseStyleSchema },
} as const;
