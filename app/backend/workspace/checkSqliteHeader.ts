import { SQLITE_HEADER_SIZE, SQLITE_MAGIC } from '../db/tickmarkFileFormat';

export type HeaderVerdict =
  | { ok: true; applicationId: number; pageSize: number }
  | { ok: false; problem: 'empty' | 'not_sqlite' | 'truncated'; detail: string };

/**
 * Judges a file from its first bytes and its size alone, without SQLite (so nothing can
 * touch it). `walPending`: a non-empty `-wal` file exists beside it, in which case the main
 * file may legitimately be shorter than its header says until the log is checkpointed.
 */
export function checkSqliteHeader(
  head: Uint8Array,
  fileSize: number,
  walPending: boolean,
): HeaderVerdict {
  if (fileSize === 0) return { ok: false, problem: 'empty', detail: 'the file is empty' };
  const magic = new TextDecoder('latin1').decode(head.subarray(0, SQLITE_MAGIC.length));
  if (!SQLITE_MAGIC.startsWith(magic)) {
    return { ok: false, problem: 'not_sqlite', detail: 'it is not an SQLite database' };
  }
  if (fileSize < SQLITE_HEADER_SIZE || magic !== SQLITE_MAGIC) {
    return {
      ok: false,
      problem: 'truncated',
      detail: `it is truncated (${fileSize} bytes, shorter than its header)`,
    };
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return {
      ok: false,
      problem: 'not_sqlite',
      detail: `its header is damaged (page size ${rawPageSize})`,
    };
  }
  const pageCount = view.getUint32(28);
  const countIsValid = pageCount > 0 && view.getUint32(24) === view.getUint32(92);
  if (!walPending) {
    if (fileSize % pageSize !== 0) {
      return {
        ok: false,
        problem: 'truncated',
        detail: `it is truncated (${fileSize} bytes, not a whole number of ${pageSize}-byte pages)`,
      };
    }
    if (countIsValid && fileSize < pageCount * pageSize) {
      return {
        ok: false,
        problem: 'truncated',
        detail: `it is truncated (${fileSize} bytes; its header says ${pageCount * pageSize})`,
      };
    }
  }
  return { ok: true, applicationId: view.getInt32(68), pageSize };
}
