import { useEffect, useState } from 'react';
import type { MemoVersionSummary } from '../../../shared/api/memoApi';
import { useApi } from '../../api/ApiContext';
import { formatWhen } from '../../ui/formatWhen';

/**
 * The export dialog's "changes since version N" choice: the memo's kept versions that
 * recorded their numbers (exports first), or none. A choice made for each export.
 */
export function ChangesSinceField({
  memoId,
  value,
  onChange,
  disabled,
}: {
  memoId: number;
  value: number | null;
  onChange: (version: number | null) => void;
  disabled: boolean;
}) {
  const api = useApi();
  const [versions, setVersions] = useState<MemoVersionSummary[]>([]);
  useEffect(() => {
    let cancelled = false;
    api.invoke('memos:versions', { id: memoId }).then(
      (result) => {
        if (cancelled) return;
        // One entry per version number: the newest kept with it, as --changes-since N reads it.
        const seen = new Set<number>();
        setVersions(
          result.versions.filter((v) => {
            if (!v.hasSnapshot || seen.has(v.version)) return false;
            seen.add(v.version);
            return true;
          }),
        );
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, memoId]);
  if (versions.length === 0) return null;
  return (
    <div className="export-changes-since">
      <label className="form-label" htmlFor="export-changes-since">
        Changes page
      </label>
      <select
        id="export-changes-since"
        className="field"
        value={value === null ? '' : String(value)}
        disabled={disabled}
        onChange={(event) =>
          onChange(event.target.value === '' ? null : Number(event.target.value))
        }
      >
        <option value="">None</option>
        {versions.map((v) => (
          <option key={v.versionId} value={v.version}>
            Changes since version {v.version} ({v.reason === 'export' ? 'exported' : 'kept'}{' '}
            {formatWhen(v.createdAt)})
          </option>
        ))}
      </select>
      <p className="form-hint">
        A last page listing each figure that moved since then, old → new, with the facts that moved
        it.
      </p>
    </div>
  );
}
