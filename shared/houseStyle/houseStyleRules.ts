/**
 * The house style's rules, defined once: field limits, logo kinds and size, the default
 * certification. The contract's zod schema (`shared/api/houseStyleApi.ts`), the backend's
 * store and CLI, the PDF and the House style dialog all read them.
 */
export const FIRM_NAME_MAX = 200;
export const DISCLAIMER_MAX = 20_000;
export const CERTIFICATION_MAX = 4_000;
export const DISCLOSURES_MAX = 50_000;
export const LOGO_FILE_NAME_MAX = 255;

/** The logo's file kinds: PNG (drawn as an image) or SVG (drawn as vectors). */
export const LOGO_KINDS = ['png', 'svg'] as const;
export type LogoKind = (typeof LOGO_KINDS)[number];
/** A logo file is at most this many bytes (it lives in the workspace database). */
export const LOGO_MAX_BYTES = 512 * 1024;

/** Where the memo author's name goes in the certification text. */
export const ANALYST_PLACEHOLDER = '{analyst}';
/** Who certifies when the memo names no author. */
export const ANALYST_FALLBACK = 'the undersigned analyst';

/** A Reg AC style certification, the text a new house style starts from. */
export const DEFAULT_CERTIFICATION =
  'I, {analyst}, certify that the views expressed in this memo accurately reflect my personal views about the subject companies and their securities, and that no part of my compensation was, is, or will be directly or indirectly related to the specific recommendations or views expressed in it.';

/** The certification as printed: the placeholder replaced by the analyst's name. */
export function certificationText(template: string, analyst: string): string {
  const name = analyst.trim() || ANALYST_FALLBACK;
  return template.split(ANALYST_PLACEHOLDER).join(name).trim();
}

/** The logo's kind from its file name (`.png`, `.svg`), or null. */
export function logoKindOfFileName(fileName: string): LogoKind | null {
  const ext = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return LOGO_KINDS.find((kind) => kind === ext) ?? null;
}
