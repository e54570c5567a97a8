import type { Logo } from '../../../shared/api/houseStyleApi';
import { base64OfBytes } from '../../../shared/houseStyle/base64Bytes';
import { LOGO_KINDS, logoKindOfFileName } from '../../../shared/houseStyle/houseStyleRules';
import { readLogo } from '../../../shared/houseStyle/readLogo';

/** A chosen logo file, checked by the shared rule before it is shown or saved. */
export async function readLogoFile(
  file: File,
): Promise<{ ok: true; logo: Logo } | { ok: false; problem: string }> {
  const kind = logoKindOfFileName(file.name);
  if (!kind)
    return {
      ok: false,
      problem: `${file.name}: a logo is a ${LOGO_KINDS.map((k) => k.toUpperCase()).join(' or ')} file.`,
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = readLogo(kind, bytes, file.name);
  if (!read.ok) return read;
  return { ok: true, logo: { kind, fileName: file.name, base64: base64OfBytes(bytes) } };
}
