import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { unreadableReason } from '../files/unreadableReason';
import { UserError } from '../router/userError';
import type { LinkFileStamp } from './linkRepository';

export interface LinkedFile extends LinkFileStamp {
  /** Absolute path. */
  path: string;
  fileName: string;
  bytes: Buffer;
}

/** Reads a workbook's bytes with its size, modification time and hash; a clear error if it cannot. */
export function readLinkedFile(path: string): LinkedFile {
  const absolute = resolve(path);
  const fileName = basename(absolute);
  let bytes: Buffer;
  let mtime: string;
  try {
    const stat = statSync(absolute);
    if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    bytes = readFileSync(absolute);
    mtime = stat.mtime.toISOString();
  } catch (error) {
    throw new UserError(
      `${absolute} ${unreadableReason(error)}. Nothing was linked.`,
      'not_found',
      absolute,
    );
  }
  return { path: absolute, fileName, bytes, ...stampOf(bytes, mtime) };
}

export function stampOf(bytes: Buffer, mtime: string): LinkFileStamp {
  return { size: bytes.length, mtime, hash: createHash('sha256').update(bytes).digest('hex') };
}
