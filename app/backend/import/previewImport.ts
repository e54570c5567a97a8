import type Database from 'better-sqlite3';
import type { ImportCounts, ImportPreview } from '../../../shared/api/importApi';
import { diffImport, type ImportDiff } from './diffImport';
import { previewRow } from './previewRow';
import type { ParsedImport } from './parseFactsCsv';

/** What importing a parsed file would change: counts, and the rows (changed ones first if cut). Reads only. */
export function previewImport(
  db: Database.Database,
  parsed: ParsedImport,
  maxRows = 10_000,
): ImportPreview {
  const diff = diffImport(db, parsed);
  const counts = countImport(diff);
  let chosen = diff.rows;
  if (chosen.length > maxRows) {
    const changed = diff.rows.filter((r) => r.status !== 'unchanged').slice(0, maxRows);
    const lines = new Set(changed.map((r) => r.row.line));
    const unchanged = diff.rows.filter((r) => !lines.has(r.row.line) && r.status === 'unchanged');
    chosen = [...changed, ...unchanged.slice(0, maxRows - changed.length)].sort(
      (a, b) => a.row.line - b.row.line,
    );
  }
  return {
    fileName: parsed.fileName,
    total: diff.rows.length,
    counts,
    rows: chosen.map(previewRow),
    truncated: chosen.length < diff.rows.length,
    entityNames: [...diff.renamedEntities].map(([code, names]) => ({ code, ...names })),
  };
}

export function countImport(diff: ImportDiff): ImportCounts {
  const counts: ImportCounts = {
    new: 0,
    updated: 0,
    unchanged: 0,
    newEntities: diff.newEntities.size,
  };
  for (const r of diff.rows) counts[r.status]++;
  return counts;
}
